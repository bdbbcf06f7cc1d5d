import { ChpRuleError } from '../errors';
import { assertIsoDate } from '../internal/dates';
import type { IsoDate } from '../types';
import type { ActionProposal, ActionRecord } from './types';

/**
 * A proposed improvement action: it has an owner and a target date from the start, and the
 * target date is not already past (`today` is the proposer's local date). Authorisation by a
 * manager is the next step.
 *
 * @example
 * proposeAction({ ownerId: 'p1', targetDate: '2026-03-31' }, '2026-03-02') // { status: 'proposed', ... }
 * proposeAction({ ownerId: 'p1', targetDate: '2026-03-01' }, '2026-03-02') // throws TARGET_DATE_IN_PAST
 */
export function proposeAction(proposal: ActionProposal, today: IsoDate): ActionRecord {
  if (proposal === null || typeof proposal !== 'object')
    throw new ChpRuleError('INVALID_ACTION', 'expected an action proposal');
  assertIsoDate(today, 'today');
  assertIsoDate(proposal.targetDate, 'targetDate');
  if (typeof proposal.ownerId !== 'string' || proposal.ownerId.trim() === '') {
    throw new ChpRuleError(
      'ACTION_NEEDS_OWNER',
      'an improvement action needs an owner (an officer or team)',
      { field: 'ownerId' },
    );
  }
  if (proposal.targetDate < today) {
    throw new ChpRuleError(
      'TARGET_DATE_IN_PAST',
      `the target date ${proposal.targetDate} is before today (${today})`,
      { field: 'targetDate' },
    );
  }
  return {
    status: 'proposed',
    ownerId: proposal.ownerId,
    targetDate: proposal.targetDate,
    authorisedById: null,
    authorisedOn: null,
    completedOn: null,
    completionEvidence: null,
    monitoringUntil: null,
    learningShared: null,
    effectiveness: null,
    effectivenessNote: null,
    verifiedOn: null,
    cancelledReason: null,
  };
}
