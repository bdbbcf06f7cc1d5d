import { displayDate, londonDateTime } from '@chp/domain';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date (`YYYY-MM-DD`) or an instant (ISO 8601 with offset) as shown across the
 * dashboard: @chp/domain's `displayDate` of the date, an instant on its London date
 * (`londonDateTime`), whatever the browser's time zone.
 *
 * @example formatDate('2026-11-22') // '22 Nov 2026'
 */
export function formatDate(value: string): string {
  if (DATE.test(value)) return displayDate(value);
  try {
    return displayDate(londonDateTime(value).date);
  } catch {
    throw new RangeError(`not a date: "${value}"`);
  }
}
