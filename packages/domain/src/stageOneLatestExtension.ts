import { addWorkingDays } from './addWorkingDays';
import { assertIsoDate } from './internal/dates';
import { isWorkingDay } from './isWorkingDay';
import { ChpRuleError } from './errors';
import type { CalendarSettings, IsoDate } from './types';

/**
 * The day 10 of stage 1, the latest an extension may reach (§27): day one plus 9 working days. `dayOne` must be a working day.
 *
 * @example
 * stageOneLatestExtension('2025-11-27') // '2025-12-11'
 */
export function stageOneLatestExtension(dayOne: IsoDate, settings?: CalendarSettings): IsoDate {
  assertIsoDate(dayOne, 'dayOne');
  if (!isWorkingDay(dayOne, settings)) {
    throw new ChpRuleError('INVALID_DATE', `day one must be a working day, got ${dayOne}`);
  }
  return addWorkingDays(dayOne, 9, settings);
}
