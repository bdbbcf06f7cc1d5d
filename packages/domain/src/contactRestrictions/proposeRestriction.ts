import { ChpRuleError } from '../errors';
import { assertIsoDate } from '../internal/dates';
import type { IsoDate } from '../types';
import { assertDetails, assertKind, assertReviewDate, assertText } from './checks';
import type { RestrictionProposal, RestrictionRecord } from './types';

/**
 * A restriction proposed by a member of staff (Part 1 §12–13): how contact is limited, why, and
 * when it will be reviewed. It has no effect until a manager approves it (Part 1 §13).
 *
 * @example
 * proposeRestriction({ kind: 'letter_only', details: 'Letters to the office', reason: 'Abusive calls', reviewOn: '2026-06-01' }, 'p1', '2026-03-02') // { status: 'proposed', ... }
 * proposeRestriction({ ..., reviewOn: '2026-03-02' }, 'p1', '2026-03-02') // throws REVIEW_DATE_NOT_LATER
 */
export function proposeRestriction(
  proposal: RestrictionProposal,
  proposedById: string,
  today: IsoDate,
): RestrictionRecord {
  if (proposal === null || typeof proposal !== 'object')
    throw new ChpRuleError('INVALID_RESTRICTION', 'expected a restriction proposal');
  assertIsoDate(today, 'today');
  assertKind(proposal.kind);
  assertDetails(proposal.details);
  assertText(proposal.reason, 'RESTRICTION_NEEDS_REASON', 'reason');
  assertReviewDate(proposal.reviewOn, today, 'reviewOn');
  return {
    status: 'proposed',
    kind: proposal.kind,
    details: proposal.details.trim(),
    reason: proposal.reason.trim(),
    proposedById,
    proposedOn: today,
    reviewOn: proposal.reviewOn,
    decidedById: null,
    decidedOn: null,
    customerToldOn: null,
    toldOfReview: false,
    toldOfSpso: false,
    lastReviewedOn: null,
    lastDecision: null,
    decisionNote: null,
    liftedOn: null,
  };
}
