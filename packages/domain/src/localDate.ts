import { londonParts } from './internal/instants';
import type { Instant, IsoDate } from './types';

/**
 * The calendar date of `instant` in Europe/London, whatever the machine's time zone.
 *
 * @example
 * localDate('2026-06-30T23:30:00Z') // '2026-07-01' (00:30 BST)
 */
export function localDate(instant: Instant): IsoDate {
  return londonParts(instant).date;
}
