import { calendarFor } from './internal/calendar';
import { dayNumber } from './internal/dates';
import { nextWorkingDay } from './nextWorkingDay';
import type { CalendarSettings, IsoDate } from './types';

/**
 * `date` itself if it is a working day, otherwise the next working day.
 *
 * @example
 * workingDayOnOrAfter('2026-03-28') // '2026-03-30': Saturday -> Monday
 */
export function workingDayOnOrAfter(date: IsoDate, settings?: CalendarSettings): IsoDate {
  return calendarFor(settings).isWorkingDay(dayNumber(date))
    ? date
    : nextWorkingDay(date, settings);
}
