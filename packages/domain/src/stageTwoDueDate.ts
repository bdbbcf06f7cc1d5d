import { addWorkingDays } from './addWorkingDays';
import { assertIsoDate } from './internal/dates';
import { isWorkingDay } from './isWorkingDay';
import { ChpRuleError } from './errors';
import type { CalendarSettings, IsoDate } from './types';

/**
 * The day 20 of stage 2, the full-response deadline (§60): day one plus 19 working days. `dayOne` must be a working day.
 *
 * @example
 * stageTwoDueDate('2026-03-30') // '2026-04-27'
 */
export function stageTwoDueDate(dayOne: IsoDate, settings?: CalendarSettings): IsoDate {
  assertIsoDate(dayOne, 'dayOne');
  if (!isWorkingDay(dayOne, settings)) {
    throw new ChpRuleError('INVALID_DATE', `day one must be a working day, got ${dayOne}`);
  }
  return addWorkingDays(dayOne, 19, settings);
}
