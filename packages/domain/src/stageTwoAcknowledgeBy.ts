import { addWorkingDays } from './addWorkingDays';
import { assertIsoDate } from './internal/dates';
import { isWorkingDay } from './isWorkingDay';
import { ChpRuleError } from './errors';
import type { CalendarSettings, IsoDate } from './types';

/**
 * The day 3 of stage 2, the acknowledgement deadline (§40): day one plus 2 working days. `dayOne` must be a working day.
 *
 * @example
 * stageTwoAcknowledgeBy('2026-04-02') // '2026-04-07'
 */
export function stageTwoAcknowledgeBy(dayOne: IsoDate, settings?: CalendarSettings): IsoDate {
  assertIsoDate(dayOne, 'dayOne');
  if (!isWorkingDay(dayOne, settings)) {
    throw new ChpRuleError('INVALID_DATE', `day one must be a working day, got ${dayOne}`);
  }
  return addWorkingDays(dayOne, 2, settings);
}
