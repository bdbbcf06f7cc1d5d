import { addCalendarMonths } from '../addCalendarMonths';
import { ChpRuleError } from '../errors';
import { assertIsoDate } from '../internal/dates';
import type { IsoDate } from '../types';
import {
  MAX_REVIEW_MONTHS,
  RESTRICTION_KINDS,
  type CustomerTold,
  type RestrictionKind,
} from './types';

/** The checks the restriction steps share; not exported from the package. */

export function assertKind(kind: unknown): asserts kind is RestrictionKind {
  if (!(RESTRICTION_KINDS as readonly unknown[]).includes(kind))
    throw new ChpRuleError('RESTRICTION_KIND_UNKNOWN', `unknown restriction kind ${String(kind)}`, {
      field: 'kind',
    });
}

/** Part 1 §13: the restriction says exactly how contact is limited (which officer, which times). */
export function assertDetails(details: unknown): asserts details is string {
  if (typeof details !== 'string' || details.trim() === '')
    throw new ChpRuleError('RESTRICTION_NEEDS_DETAILS', 'say how contact is limited', {
      field: 'details',
    });
}

export function assertText(
  text: unknown,
  code: 'RESTRICTION_NEEDS_REASON' | 'RESTRICTION_NEEDS_NOTE',
  field: string,
): asserts text is string {
  if (typeof text !== 'string' || text.trim() === '')
    throw new ChpRuleError(code, `${field} is required`, { field });
}

/**
 * Part 1 §12–13: every restriction is reviewed; the review date is after `from` and at most
 * {@link MAX_REVIEW_MONTHS} months after it (docs/procedure.md, Part 1 §12–13).
 */
export function assertReviewDate(reviewOn: IsoDate, from: IsoDate, field: string): void {
  assertIsoDate(reviewOn, field);
  if (reviewOn <= from)
    throw new ChpRuleError(
      'REVIEW_DATE_NOT_LATER',
      `the review date ${reviewOn} is not after ${from}`,
      {
        field,
      },
    );
  const latest = addCalendarMonths(from, MAX_REVIEW_MONTHS);
  if (reviewOn > latest)
    throw new ChpRuleError(
      'REVIEW_DATE_TOO_FAR',
      `the review date ${reviewOn} is after ${latest}, ${MAX_REVIEW_MONTHS} months on`,
      { field, latestReview: latest },
    );
}

/**
 * Part 1 §12: the decision is communicated and the customer told of the right to have it
 * reviewed; Part 1 §13: and signposted to the SPSO. Told on a day from `earliest` to `today`.
 */
export function assertCustomerTold(told: CustomerTold, earliest: IsoDate, today: IsoDate): void {
  assertIsoDate(told.toldOn, 'customerToldOn');
  if (told.toldOfReview !== true)
    throw new ChpRuleError(
      'CUSTOMER_NOT_TOLD',
      'the customer must be told of the right to a review',
      {
        field: 'toldOfReview',
      },
    );
  if (told.toldOfSpso !== true)
    throw new ChpRuleError('CUSTOMER_NOT_TOLD', 'the customer must be told of the SPSO', {
      field: 'toldOfSpso',
    });
  if (told.toldOn > today)
    throw new ChpRuleError('TOLD_ON_IN_FUTURE', `told on ${told.toldOn}, after today ${today}`, {
      field: 'customerToldOn',
    });
  if (told.toldOn < earliest)
    throw new ChpRuleError(
      'TOLD_BEFORE_PROPOSAL',
      `told on ${told.toldOn}, before the restriction was proposed on ${earliest}`,
      { field: 'customerToldOn' },
    );
}
