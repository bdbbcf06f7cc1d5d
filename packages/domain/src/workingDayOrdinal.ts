import { calendarFor } from './internal/calendar';
import { dayNumber } from './internal/dates';
import type { CalendarSettings, IsoDate } from './types';

/**
 * Working days from the fixed epoch 1900-01-01 up to and including `date`. For any two dates,
 * `workingDaysBetween(a, b) === workingDayOrdinal(b) - workingDayOrdinal(a) + (isWorkingDay(a) ? 1 : 0)`;
 * for a non-working day the ordinal equals that of the previous working day.
 *
 * @example
 * workingDayOrdinal('2026-04-06') - workingDayOrdinal('2026-04-02') // 1 (Good Friday and the weekend)
 */
export function workingDayOrdinal(date: IsoDate, settings?: CalendarSettings): number {
  return calendarFor(settings).ordinal(dayNumber(date));
}
