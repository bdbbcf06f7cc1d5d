import { addCalendarMonths } from './addCalendarMonths';
import { ChpRuleError } from './errors';
import { assertIsoDate } from './internal/dates';
import type { IsoDate } from './types';

/** The default time limit for making a complaint, in calendar months (a setting). */
export const DEFAULT_COMPLAINT_TIME_LIMIT_MONTHS = 6;

/**
 * The time limit for making a complaint (§11; docs/procedure.md, Before stage 1): normally within
 * `months` (a setting, six by default) of when the customer first knew of the problem. The last
 * day is awareness plus the months, clamped to a shorter month's end; a complaint on it is in
 * time. When the awareness date is not known the complaint may be in time, so it is treated as
 * in time: nothing is refused that may be in time.
 *
 * @example
 * complaintTimeLimit({ awareOn: '2025-08-31', receivedOn: '2026-03-02' }) // { lastDay: '2026-02-28', inTime: false }
 */
export function complaintTimeLimit(
  input: { awareOn?: IsoDate | null; receivedOn: IsoDate },
  months: number = DEFAULT_COMPLAINT_TIME_LIMIT_MONTHS,
): { lastDay: IsoDate | null; inTime: boolean } {
  if (input === null || typeof input !== 'object')
    throw new ChpRuleError('INVALID_DATE', 'expected { awareOn, receivedOn }');
  if (!Number.isInteger(months) || months < 1 || months > 120)
    throw new ChpRuleError('INVALID_TIME_LIMIT', `months must be 1 to 120, got ${String(months)}`);
  const receivedOn = assertIsoDate(input.receivedOn, 'receivedOn');
  if (input.awareOn == null) return { lastDay: null, inTime: true };
  const lastDay = addCalendarMonths(assertIsoDate(input.awareOn, 'awareOn'), months);
  return { lastDay, inTime: receivedOn <= lastDay };
}
