import { calendarFor } from './internal/calendar';
import { dayNumber } from './internal/dates';
import type { CalendarSettings, IsoDate } from './types';

/**
 * Working days from `from` to `to`, both included (docs/procedure.md, Calendar and day one: day one counts as 1).
 * Returns 0 when `to` is before `from`.
 *
 * @example
 * workingDaysBetween('2026-03-30', '2026-04-03') // 4: Mon-Thu, Good Friday not counted
 */
export function workingDaysBetween(
  from: IsoDate,
  to: IsoDate,
  settings?: CalendarSettings,
): number {
  const a = dayNumber(from, 'from');
  const b = dayNumber(to, 'to');
  if (b < a) return 0;
  const cal = calendarFor(settings);
  return cal.ordinal(b) - cal.ordinal(a - 1);
}
