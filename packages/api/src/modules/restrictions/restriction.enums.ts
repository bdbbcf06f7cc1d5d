import { registerEnumType } from 'type-graphql';
import {
  RESTRICTION_KINDS,
  RESTRICTION_STATUSES,
  REVIEW_DECISIONS,
  REVIEW_STATES,
  type RestrictionKind as DomainKind,
  type RestrictionStatus as DomainStatus,
  type ReviewDecision as DomainDecision,
  type ReviewState as DomainReviewState,
} from '@chp/domain';

/** The GraphQL enums of contact restrictions: @chp/domain's lists, names and values identical. */
const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { readonly [K in T]: K };

export const RestrictionKind = enumOf(RESTRICTION_KINDS);
export type RestrictionKind = DomainKind;
registerEnumType(RestrictionKind, {
  name: 'RestrictionKind',
  description: 'How contact is restricted: letter only, through a named officer, at limited times',
});

export const RestrictionStatus = enumOf(RESTRICTION_STATUSES);
export type RestrictionStatus = DomainStatus;
registerEnumType(RestrictionStatus, {
  name: 'RestrictionStatus',
  description: 'Proposed by staff, in force once a manager approves it, declined, or lifted',
});

export const ReviewDecision = enumOf(REVIEW_DECISIONS);
export type ReviewDecision = DomainDecision;
registerEnumType(ReviewDecision, {
  name: 'RestrictionReviewDecision',
  description: 'At a review: continue (new review date), vary (new terms), or lift',
});

export const RestrictionReviewState = enumOf(REVIEW_STATES);
export type RestrictionReviewState = DomainReviewState;
registerEnumType(RestrictionReviewState, {
  name: 'RestrictionReviewState',
  description:
    'Against the review date as of today: due from 14 calendar days before it, overdue after it',
});
