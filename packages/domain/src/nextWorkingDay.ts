import { calendarFor } from './internal/calendar';
import { dayNumber, fromDayNumber } from './internal/dates';
import type { CalendarSettings, IsoDate } from './types';

/**
 * The first working day strictly after `date`.
 *
 * @example
 * nextWorkingDay('2026-04-02') // '2026-04-06': Good Friday 3 April, then the weekend
 */
export function nextWorkingDay(date: IsoDate, settings?: CalendarSettings): IsoDate {
  const cal = calendarFor(settings);
  let n = dayNumber(date) + 1;
  while (!cal.isWorkingDay(n)) n++;
  return fromDayNumber(n);
}
