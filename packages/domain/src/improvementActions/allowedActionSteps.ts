import { isChpRuleError } from '../errors';
import type { IsoDate } from '../types';
import { applyActionStep } from './applyActionStep';
import type { ActionActor, ActionRecord, ActionStep, ActionStepType } from './types';

/** A step with the least data that passes its own input checks, to ask whether the step is open. */
function probe(type: ActionStepType, action: ActionRecord): ActionStep {
  switch (type) {
    case 'authorise':
      return { type };
    case 'assign':
      return { type, ownerId: action.ownerId };
    case 'progress':
      return { type, note: '-' };
    case 'complete':
      return { type, evidence: '-', completedOn: null };
    case 'verify':
      return { type, effectiveness: 'effective', note: '-' };
    case 'cancel':
      return { type, reason: '-' };
    case 'editSummary':
      return { type };
  }
}

const ORDER: readonly ActionStepType[] = [
  'authorise',
  'assign',
  'progress',
  'complete',
  'verify',
  'cancel',
  'editSummary',
];

/**
 * The steps `actor` may take on `action` today, e.g. to show only the buttons that will work.
 * `verify` is listed only once monitoring is over (an early `not_effective` finding is still
 * accepted by {@link applyActionStep}).
 *
 * @example
 * allowedActionSteps(proposed, { personId: 'owner', isManager: false }, '2026-03-03') // ['editSummary']
 */
export function allowedActionSteps(
  action: ActionRecord,
  actor: ActionActor,
  today: IsoDate,
): ActionStepType[] {
  return ORDER.filter((type) => {
    try {
      applyActionStep(action, probe(type, action), actor, today);
      return true;
    } catch (e) {
      if (
        isChpRuleError(e) &&
        e.code !== 'INVALID_ACTION' &&
        e.code !== 'INVALID_ACTION_STATUS' &&
        e.code !== 'INVALID_DATE'
      )
        return false;
      throw e;
    }
  });
}
