import { assertIsoDate, addDays, dayNumber } from './internal/dates';
import type { IsoDate } from './types';

/**
 * Last day the customer can normally go to the SPSO (§75; the SPSO Act 2002 s.10(1): "before the
 * end of the period of twelve months beginning with the day on which the person aggrieved first
 * had notice of the matter"). A period of twelve months beginning with day X ends the day before
 * the same day twelve months later; when that month has no such day (29 February), the period
 * ends with the last day of that month (docs/procedure.md §75).
 *
 * @example
 * spsoDeadline('2024-03-15') // '2025-03-14'
 * spsoDeadline('2024-02-29') // '2025-02-28'
 * spsoDeadline('2023-03-01') // '2024-02-29'
 */
export function spsoDeadline(awareOn: IsoDate): IsoDate {
  dayNumber(assertIsoDate(awareOn, 'awareOn'), 'awareOn');
  const [y, m, d] = awareOn.split('-').map(Number) as [number, number, number];
  // Date.UTC rolls a missing day over (29 Feb 2025 -> 1 Mar 2025): the day after the period
  const dayAfter = new Date(Date.UTC(y + 1, m - 1, d)).toISOString().slice(0, 10);
  return addDays(dayAfter, -1);
}
