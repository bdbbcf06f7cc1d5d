import { addCalendarMonths } from './addCalendarMonths';
import { ChpRuleError } from './errors';
import { assertIsoDate } from './internal/dates';
import type { IsoDate } from './types';

/** What the escalation time limit is worked out from (§36, Appendix 1 §12). */
export interface EscalationLimitDates {
  /** When the customer first knew of the problem, if recorded. */
  awareOn?: IsoDate | null;
  /**
   * The date of receipt: the customer knew of the problem at the latest on the day they
   * complained, so it stands in for an awareness date that was not recorded.
   */
  receivedOn?: IsoDate | null;
  stageOneClosedOn?: IsoDate | null;
}

/**
 * Last day to ask for stage 2 without exceptional circumstances (§36, Appendix 1 §12): the later
 * of six calendar months after the customer became aware and two after the stage 1 response.
 * Without a recorded awareness date the date of receipt is used (the latest the customer can have
 * known), so the limit never refuses a request that may be in time. With no dates, null.
 *
 * @example
 * escalationDeadline({ awareOn: '2025-08-31', stageOneClosedOn: '2026-01-10' }) // '2026-03-10'
 * escalationDeadline({ receivedOn: '2026-01-05', stageOneClosedOn: '2026-01-09' }) // '2026-07-05'
 */
export function escalationDeadline(input: EscalationLimitDates): IsoDate | null {
  if (input === null || typeof input !== 'object')
    throw new ChpRuleError('INVALID_DATE', 'expected { awareOn, receivedOn, stageOneClosedOn }');
  const candidates: IsoDate[] = [];
  const aware =
    input.awareOn != null
      ? assertIsoDate(input.awareOn, 'awareOn')
      : input.receivedOn != null
        ? assertIsoDate(input.receivedOn, 'receivedOn')
        : null;
  if (aware !== null) candidates.push(addCalendarMonths(aware, 6));
  if (input.stageOneClosedOn != null) {
    candidates.push(
      addCalendarMonths(assertIsoDate(input.stageOneClosedOn, 'stageOneClosedOn'), 2),
    );
  }
  return candidates.length === 0 ? null : candidates.sort()[candidates.length - 1]!;
}

/**
 * Whether the awareness date would change the answer for a request on `requestedOn` (§36): it was
 * not recorded, the request is after the two months from the stage 1 response, and within six
 * months of receipt. Then the request is in time only if the customer knew of the problem no more
 * than six months before it: the escalation form asks for the date.
 *
 * @example
 * escalationNeedsAwareness({ receivedOn: '2026-01-05', stageOneClosedOn: '2026-01-09' }, '2026-05-11') // true
 */
export function escalationNeedsAwareness(
  input: EscalationLimitDates,
  requestedOn: IsoDate,
): boolean {
  assertIsoDate(requestedOn, 'requestedOn');
  if (input.awareOn != null || input.receivedOn == null) return false;
  const twoMonths =
    input.stageOneClosedOn != null
      ? addCalendarMonths(assertIsoDate(input.stageOneClosedOn, 'stageOneClosedOn'), 2)
      : null;
  if (twoMonths !== null && requestedOn <= twoMonths) return false;
  return requestedOn <= addCalendarMonths(assertIsoDate(input.receivedOn, 'receivedOn'), 6);
}
