import { calendarFor } from './internal/calendar';
import { assertInteger, dayNumber, fromDayNumber } from './internal/dates';
import type { CalendarSettings, IsoDate } from './types';

/**
 * Moves `n` working days forward (or back when negative) from `date`. `n = 0` returns `date`.
 * Day N of a timeline is `addWorkingDays(dayOne, N - 1)`.
 *
 * @example
 * addWorkingDays('2025-11-27', 4) // '2025-12-04': skips the weekend and Mon 1 Dec (St Andrew's Day substitute)
 */
export function addWorkingDays(date: IsoDate, n: number, settings?: CalendarSettings): IsoDate {
  assertInteger(n, 'n');
  const cal = calendarFor(settings);
  let d = dayNumber(date);
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  while (left > 0) {
    d += step;
    if (cal.isWorkingDay(d)) left--;
  }
  return fromDayNumber(d);
}
