import { addWorkingDays } from './addWorkingDays';
import type { CalendarSettings, IsoDate } from './types';

/**
 * While a stage 2 investigation is extended, the customer and staff are updated at least every
 * 20 working days (§62): the next update is due 20 working days after the last one.
 *
 * @example
 * nextUpdateDue('2026-04-27') // '2026-05-27' (skips the 4 and 25 May bank holidays)
 */
export function nextUpdateDue(lastUpdateOn: IsoDate, settings?: CalendarSettings): IsoDate {
  return addWorkingDays(lastUpdateOn, 20, settings);
}
