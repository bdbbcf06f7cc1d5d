import { ChpRuleError } from '../errors';
import { assertIsoDate } from '../internal/dates';
import type { IsoDate } from '../types';
import {
  ACTION_EFFECTIVENESS,
  ACTION_STATUSES,
  type ActionActor,
  type ActionRecord,
  type ActionStep,
} from './types';

const CLOSED = new Set(['verified', 'cancelled']);
const AUTHORISED_OR_LATER = new Set(['authorised', 'in_progress', 'done']);

const blank = (text: unknown): boolean => typeof text !== 'string' || text.trim() === '';

function fail(
  code: ConstructorParameters<typeof ChpRuleError>[0],
  message: string,
  field?: string,
): never {
  throw new ChpRuleError(code, message, field ? { field } : undefined);
}

function requireManager(actor: ActionActor, what: string): void {
  if (!actor.isManager)
    fail('MANAGER_REQUIRED', `only a manager may ${what} an improvement action`);
}

function requireOwnerOrManager(action: ActionRecord, actor: ActionActor, what: string): void {
  if (!actor.isManager && actor.personId !== action.ownerId) {
    fail('NOT_ACTION_OWNER', `only the action's owner or a manager may ${what} it`);
  }
}

function refuseClosed(action: ActionRecord): void {
  if (CLOSED.has(action.status))
    fail('ACTION_CLOSED', `the action is ${action.status}: no further steps`);
}

function requireAuthorised(action: ActionRecord): void {
  refuseClosed(action);
  if (action.status === 'proposed')
    fail(
      'ACTION_NOT_AUTHORISED',
      'a manager must authorise the action before work on it is recorded',
    );
}

/**
 * The action after `step`, taken by `actor` on `today` (the actor's local date); throws the
 * ChpRuleError the step would break. The flow is
 * proposed → authorised (by a manager) → in_progress (first progress update) → done (with
 * evidence) → verified (effectiveness finding after monitoring); cancelled (with a reason) from
 * proposed, authorised or in_progress. Nothing follows verified or cancelled.
 *
 * Checks run in this order: who (FORBIDDEN-type codes), then the current status, then the step's
 * own data, so that a caller who may not take the step learns nothing about the action.
 *
 * @example
 * applyActionStep(proposed, { type: 'authorise' }, { personId: 'm1', isManager: true }, '2026-03-03')
 * // { ...proposed, status: 'authorised', authorisedById: 'm1', authorisedOn: '2026-03-03' }
 * applyActionStep(proposed, { type: 'progress', note: 'Started' }, owner, '2026-03-03') // throws ACTION_NOT_AUTHORISED
 */
export function applyActionStep(
  action: ActionRecord,
  step: ActionStep,
  actor: ActionActor,
  today: IsoDate,
): ActionRecord {
  if (action === null || typeof action !== 'object')
    fail('INVALID_ACTION', 'expected an improvement action');
  if (!ACTION_STATUSES.includes(action.status))
    fail('INVALID_ACTION_STATUS', `unknown action status ${String(action.status)}`);
  if (step === null || typeof step !== 'object')
    fail('UNKNOWN_ACTION_STEP', 'expected an action step');
  if (actor === null || typeof actor !== 'object') fail('INVALID_ACTION', 'expected an actor');
  assertIsoDate(today, 'today');

  switch (step.type) {
    case 'authorise': {
      if (!actor.isManager)
        fail(
          'AUTHORISER_NOT_MANAGER',
          'an improvement action must be authorised by an appropriate manager',
        );
      refuseClosed(action);
      if (AUTHORISED_OR_LATER.has(action.status))
        fail('ACTION_ALREADY_AUTHORISED', 'the action is already authorised');
      return {
        ...action,
        status: 'authorised',
        authorisedById: actor.personId,
        authorisedOn: today,
      };
    }
    case 'assign': {
      requireManager(actor, 'assign');
      refuseClosed(action);
      if (action.status === 'done')
        fail('ACTION_ALREADY_DONE', 'the action is done: its owner and target date are history');
      if (blank(step.ownerId))
        fail(
          'ACTION_NEEDS_OWNER',
          'an improvement action needs an owner (an officer or team)',
          'ownerId',
        );
      const targetDate = step.targetDate ?? action.targetDate;
      if (step.targetDate != null) {
        assertIsoDate(step.targetDate, 'targetDate');
        if (step.targetDate !== action.targetDate && step.targetDate < today) {
          fail(
            'TARGET_DATE_IN_PAST',
            `the new target date ${step.targetDate} is before today (${today})`,
            'targetDate',
          );
        }
      }
      return { ...action, ownerId: step.ownerId, targetDate };
    }
    case 'progress': {
      requireOwnerOrManager(action, actor, 'record progress on');
      requireAuthorised(action);
      if (blank(step.note))
        fail('PROGRESS_NEEDS_NOTE', 'a progress update says what was done', 'note');
      // the first update starts the work; notes while done (monitoring) leave the status alone
      return action.status === 'authorised' ? { ...action, status: 'in_progress' } : { ...action };
    }
    case 'complete': {
      requireOwnerOrManager(action, actor, 'complete');
      requireAuthorised(action);
      if (action.status === 'done') fail('ACTION_ALREADY_DONE', 'the action is already done');
      if (blank(step.evidence))
        fail(
          'COMPLETION_NEEDS_EVIDENCE',
          'say what shows the action was taken (evidence of completion)',
          'evidence',
        );
      const completedOn = step.completedOn ?? today;
      assertIsoDate(completedOn, 'completedOn');
      if (completedOn > today)
        fail(
          'COMPLETED_ON_IN_FUTURE',
          `the action cannot be completed on ${completedOn}, after today (${today})`,
          'completedOn',
        );
      if (action.authorisedOn && completedOn < action.authorisedOn) {
        fail(
          'COMPLETED_BEFORE_AUTHORISED',
          `the action was authorised on ${action.authorisedOn}; it cannot be completed before that`,
          'completedOn',
        );
      }
      const monitoringUntil = step.monitoringUntil ?? null;
      if (monitoringUntil !== null) {
        assertIsoDate(monitoringUntil, 'monitoringUntil');
        if (monitoringUntil < completedOn)
          fail(
            'MONITORING_BEFORE_COMPLETION',
            'monitoring ends on or after the completion date',
            'monitoringUntil',
          );
      }
      return {
        ...action,
        status: 'done',
        completedOn,
        completionEvidence: step.evidence.trim(),
        monitoringUntil,
        learningShared: blank(step.learningShared)
          ? (action.learningShared ?? null)
          : step.learningShared!.trim(),
      };
    }
    case 'verify': {
      requireManager(actor, 'verify the effect of');
      refuseClosed(action);
      if (action.status !== 'done')
        fail('VERIFY_BEFORE_DONE', 'only a done action can have its effect verified');
      if (!ACTION_EFFECTIVENESS.includes(step.effectiveness))
        fail(
          'INVALID_EFFECTIVENESS',
          `unknown effectiveness ${String(step.effectiveness)}`,
          'effectiveness',
        );
      if (blank(step.note)) fail('EFFECT_NEEDS_NOTE', 'say what monitoring found', 'note');
      if (
        action.monitoringUntil &&
        today < action.monitoringUntil &&
        step.effectiveness !== 'not_effective'
      ) {
        fail(
          'MONITORING_NOT_OVER',
          `monitoring runs until ${action.monitoringUntil}; only a finding that the action did not work may come earlier`,
        );
      }
      return {
        ...action,
        status: 'verified',
        effectiveness: step.effectiveness,
        effectivenessNote: step.note.trim(),
        verifiedOn: today,
      };
    }
    case 'cancel': {
      requireManager(actor, 'cancel');
      refuseClosed(action);
      if (action.status === 'done')
        fail('ACTION_ALREADY_DONE', 'a done action is verified, not cancelled');
      if (blank(step.reason))
        fail('CANCEL_NEEDS_REASON', 'say why the action is cancelled', 'reason');
      return { ...action, status: 'cancelled', cancelledReason: step.reason.trim() };
    }
    case 'editSummary': {
      requireOwnerOrManager(action, actor, 'edit the summary of');
      if (action.status === 'cancelled')
        fail('ACTION_CLOSED', 'the action is cancelled: there is nothing to publish');
      return { ...action };
    }
    default:
      return fail(
        'UNKNOWN_ACTION_STEP',
        `unknown action step ${String((step as { type?: unknown }).type)}`,
      );
  }
}
