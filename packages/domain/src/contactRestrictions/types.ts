import type { IsoDate } from '../types';

/**
 * How a customer's contact is restricted under the unacceptable actions policy (Part 1 §12–13):
 * by letter only, through one named officer, or at limited times. The restriction's details say
 * which officer, which times, which address.
 */
export const RESTRICTION_KINDS = ['letter_only', 'named_officer', 'limited_times'] as const;
export type RestrictionKind = (typeof RESTRICTION_KINDS)[number];

/** Proposed by staff, in force once a manager approves it, declined or lifted by a manager. */
export const RESTRICTION_STATUSES = ['proposed', 'in_force', 'declined', 'lifted'] as const;
export type RestrictionStatus = (typeof RESTRICTION_STATUSES)[number];

/** What a manager decides at a review: keep it (new review date), change it, or lift it. */
export const REVIEW_DECISIONS = ['continue', 'vary', 'lift'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/**
 * Where a restriction stands against its review date: `overdue` once the review date has passed
 * without a decision, `due` from {@link REVIEW_REMINDER_DAYS} days before it, `scheduled` before
 * that; `not_in_force` for a proposal, a declined or a lifted restriction.
 */
export const REVIEW_STATES = ['overdue', 'due', 'scheduled', 'not_in_force'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** Calendar days before the review date from which managers are reminded (docs/procedure.md, Part 1 §12–13). */
export const REVIEW_REMINDER_DAYS = 14;
/** A restriction is reviewed at least every six months (docs/procedure.md, Part 1 §12–13). */
export const MAX_REVIEW_MONTHS = 6;

/** What staff propose. */
export interface RestrictionProposal {
  kind: RestrictionKind;
  details: string;
  reason: string;
  reviewOn: IsoDate;
}

/** That the customer was told of the decision, of the right to have it reviewed and of the SPSO. */
export interface CustomerTold {
  toldOn: IsoDate;
  toldOfReview: boolean;
  toldOfSpso: boolean;
}

/** A restriction as the rules see it. */
export interface RestrictionRecord {
  status: RestrictionStatus;
  kind: RestrictionKind;
  details: string;
  reason: string;
  proposedById: string;
  proposedOn: IsoDate;
  reviewOn: IsoDate;
  decidedById: string | null;
  decidedOn: IsoDate | null;
  customerToldOn: IsoDate | null;
  toldOfReview: boolean;
  toldOfSpso: boolean;
  lastReviewedOn: IsoDate | null;
  lastDecision: ReviewDecision | null;
  decisionNote: string | null;
  liftedOn: IsoDate | null;
}

/** Who takes a step. */
export interface RestrictionActor {
  personId: string;
  isManager: boolean;
}

/** A manager's steps on a restriction. */
export type RestrictionStep =
  | ({ type: 'approve'; reviewOn?: IsoDate | null } & CustomerTold)
  | { type: 'decline'; note: string }
  | { type: 'review'; decision: 'continue'; note: string; nextReviewOn: IsoDate }
  | ({
      type: 'review';
      decision: 'vary';
      note: string;
      nextReviewOn: IsoDate;
      kind: RestrictionKind;
      details: string;
    } & CustomerTold)
  | { type: 'review'; decision: 'lift'; note: string };
