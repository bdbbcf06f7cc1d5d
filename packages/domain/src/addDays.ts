import { addDays as shiftDays, assertInteger, dayNumber } from './internal/dates';
import type { IsoDate } from './types';

/**
 * Moves `n` calendar days forward (or back when negative) from a `YYYY-MM-DD` date. Pure calendar
 * arithmetic: no time zone, no clock change. Throws INVALID_DATE or INVALID_NUMBER.
 *
 * @example
 * addDays('2026-03-28', 2) // '2026-03-30' (across the clock change, still two days)
 * addDays('2026-01-01', -1) // '2025-12-31'
 */
export function addDays(date: IsoDate, n: number): IsoDate {
  assertInteger(n, 'n');
  return shiftDays(date, n);
}

/**
 * Calendar days from `from` to `to`, both included (0 or less when `to` is before `from`).
 *
 * @example
 * daysInclusive('2026-07-01', '2026-09-30') // 92
 */
export function daysInclusive(from: IsoDate, to: IsoDate): number {
  return dayNumber(to, 'to') - dayNumber(from, 'from') + 1;
}
