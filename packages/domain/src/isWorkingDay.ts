import { calendarFor } from './internal/calendar';
import { dayNumber } from './internal/dates';
import type { CalendarSettings, IsoDate } from './types';

/**
 * Whether `date` is a working day: not a weekend, not a Scottish bank holiday (unless listed
 * in `openDays`), not an organisation closure day.
 *
 * @example
 * isWorkingDay('2025-12-01') // false: St Andrew's Day substitute (30 Nov 2025 is a Sunday)
 */
export function isWorkingDay(date: IsoDate, settings?: CalendarSettings): boolean {
  return calendarFor(settings).isWorkingDay(dayNumber(date));
}
