import { addCalendarMonths } from './addCalendarMonths';
import { assertIsoDate } from './internal/dates';
import type { IsoDate } from './types';

/**
 * Last day the customer can normally go to the SPSO: 12 calendar months after becoming aware (§75).
 *
 * @example
 * spsoDeadline('2024-02-29') // '2025-02-28'
 */
export function spsoDeadline(awareOn: IsoDate): IsoDate {
  return addCalendarMonths(assertIsoDate(awareOn, 'awareOn'), 12);
}
