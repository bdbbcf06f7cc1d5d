import Holidays from 'date-holidays';
import { ChpRuleError } from './errors';
import type { IsoDate } from './types';

/**
 * Days the `date-holidays` library misses for Scotland. Checked against gov.uk for
 * 2019-2027 (see test/scottishBankHolidays.test.ts): nothing is missing today, so the list
 * is empty. Add `{ date, name }` here if a future upgrade drops a day.
 */
export const SCOTTISH_BANK_HOLIDAY_CORRECTIONS: readonly { date: IsoDate; name: string }[] = [];

const cache = new Map<number, readonly IsoDate[]>();
let library: Holidays | undefined;

/**
 * Scotland's bank holidays in `year`, sorted, including substitute days and one-off days,
 * from the `date-holidays` library (GB/SCT, types public and bank only; observances such as
 * Mother's Day are excluded). Cached per year.
 *
 * @example
 * scottishBankHolidays(2025).includes('2025-12-01') // true: St Andrew's Day substitute
 */
export function scottishBankHolidays(year: number): readonly IsoDate[] {
  if (!Number.isInteger(year) || year < 1900 || year > 9999) {
    throw new ChpRuleError('INVALID_DATE', `year must be an integer from 1900, got ${year}`);
  }
  const hit = cache.get(year);
  if (hit) return hit;
  library ??= new Holidays('GB', 'SCT');
  const days = new Set<IsoDate>();
  for (const h of library.getHolidays(year)) {
    // `date` is 'YYYY-MM-DD hh:mm:ss' in the holiday's own zone (Europe/London): TZ-independent.
    if (h.type === 'public' || h.type === 'bank') days.add(h.date.slice(0, 10));
  }
  for (const c of SCOTTISH_BANK_HOLIDAY_CORRECTIONS)
    if (c.date.startsWith(`${year}-`)) days.add(c.date);
  const sorted = Object.freeze([...days].sort());
  cache.set(year, sorted);
  return sorted;
}
