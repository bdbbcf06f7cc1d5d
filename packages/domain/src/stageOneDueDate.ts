import { addWorkingDays } from './addWorkingDays';
import { assertIsoDate } from './internal/dates';
import { isWorkingDay } from './isWorkingDay';
import { ChpRuleError } from './errors';
import type { CalendarSettings, IsoDate } from './types';

/**
 * The day 5 of stage 1 (§26): day one plus 4 working days. `dayOne` must be a working day.
 *
 * @example
 * stageOneDueDate('2025-11-27') // '2025-12-04'
 */
export function stageOneDueDate(dayOne: IsoDate, settings?: CalendarSettings): IsoDate {
  assertIsoDate(dayOne, 'dayOne');
  if (!isWorkingDay(dayOne, settings)) {
    throw new ChpRuleError('INVALID_DATE', `day one must be a working day, got ${dayOne}`);
  }
  return addWorkingDays(dayOne, 4, settings);
}
