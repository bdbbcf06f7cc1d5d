import { ChpRuleError } from '../errors';
import { assertIsoDate } from '../internal/dates';
import type { IsoDate } from '../types';
import {
  assertCustomerTold,
  assertDetails,
  assertKind,
  assertReviewDate,
  assertText,
} from './checks';
import type { RestrictionActor, RestrictionRecord, RestrictionStep } from './types';

function assertManager(actor: RestrictionActor): void {
  if (!actor?.isManager)
    throw new ChpRuleError('RESTRICTION_MANAGER_REQUIRED', 'a manager decides on a restriction');
}

function assertStatus(record: RestrictionRecord, status: 'proposed' | 'in_force'): void {
  if (record.status !== status)
    throw new ChpRuleError(
      status === 'proposed' ? 'RESTRICTION_NOT_PROPOSED' : 'RESTRICTION_NOT_IN_FORCE',
      `the restriction is ${record.status}`,
    );
}

/**
 * A manager's step on a restriction, as of `today`:
 * - `approve` (Part 1 §13: manager approval): not the proposer's own; the customer has been told
 *   of the decision, of the right to have it reviewed (Part 1 §12) and of the SPSO (Part 1 §13);
 *   the restriction is then in force until its review date.
 * - `decline`: the proposal is not approved, with a note why.
 * - `review` (Part 1 §12: any decision to restrict contact is reviewed): `continue` with a new
 *   review date, `vary` it (new terms and review date, told to the customer again), or `lift` it.
 *
 * @example
 * applyRestrictionStep(proposed, { type: 'approve', toldOn: '2026-03-03', toldOfReview: true, toldOfSpso: true }, manager, '2026-03-03') // { status: 'in_force', ... }
 */
export function applyRestrictionStep(
  record: RestrictionRecord,
  step: RestrictionStep,
  actor: RestrictionActor,
  today: IsoDate,
): RestrictionRecord {
  if (record === null || typeof record !== 'object' || step === null || typeof step !== 'object')
    throw new ChpRuleError('INVALID_RESTRICTION', 'expected a restriction and a step');
  assertIsoDate(today, 'today');
  assertManager(actor);
  switch (step.type) {
    case 'approve':
      assertStatus(record, 'proposed');
      if (record.proposedById === actor.personId)
        throw new ChpRuleError('RESTRICTION_OWN_PROPOSAL', 'another manager approves it');
      assertCustomerTold(step, record.proposedOn, today);
      // the manager may set another review date; either way it is after today
      assertReviewDate(step.reviewOn ?? record.reviewOn, today, 'reviewOn');
      return {
        ...record,
        reviewOn: step.reviewOn ?? record.reviewOn,
        status: 'in_force',
        decidedById: actor.personId,
        decidedOn: today,
        customerToldOn: step.toldOn,
        toldOfReview: true,
        toldOfSpso: true,
      };
    case 'decline':
      assertStatus(record, 'proposed');
      assertText(step.note, 'RESTRICTION_NEEDS_NOTE', 'note');
      return {
        ...record,
        status: 'declined',
        decidedById: actor.personId,
        decidedOn: today,
        decisionNote: step.note.trim(),
      };
    case 'review':
      return review(record, step, today);
    default:
      throw new ChpRuleError(
        'INVALID_RESTRICTION',
        `unknown restriction step ${String((step as { type: unknown }).type)}`,
        { field: 'step' },
      );
  }
}

function review(
  record: RestrictionRecord,
  step: Extract<RestrictionStep, { type: 'review' }>,
  today: IsoDate,
): RestrictionRecord {
  assertStatus(record, 'in_force');
  assertText(step.note, 'RESTRICTION_NEEDS_NOTE', 'note');
  const reviewed = {
    ...record,
    lastReviewedOn: today,
    lastDecision: step.decision,
    decisionNote: step.note.trim(),
  };
  switch (step.decision) {
    case 'continue':
      assertReviewDate(step.nextReviewOn, today, 'nextReviewOn');
      return { ...reviewed, reviewOn: step.nextReviewOn };
    case 'vary':
      assertKind(step.kind);
      assertDetails(step.details);
      assertReviewDate(step.nextReviewOn, today, 'nextReviewOn');
      assertCustomerTold(step, record.proposedOn, today);
      return {
        ...reviewed,
        kind: step.kind,
        details: step.details.trim(),
        reviewOn: step.nextReviewOn,
        customerToldOn: step.toldOn,
      };
    case 'lift':
      return { ...reviewed, status: 'lifted', liftedOn: today };
    default:
      throw new ChpRuleError(
        'REVIEW_DECISION_UNKNOWN',
        `unknown review decision ${String((step as { decision: unknown }).decision)}`,
        { field: 'decision' },
      );
  }
}
