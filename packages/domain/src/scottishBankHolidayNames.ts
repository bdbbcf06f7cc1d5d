import Holidays from 'date-holidays';
import { SCOTTISH_BANK_HOLIDAY_CORRECTIONS, scottishBankHolidays } from './scottishBankHolidays';
import { yearOf } from './internal/dates';
import type { IsoDate } from './types';

export interface BankHolidayName {
  /** The holiday's name, e.g. 'St Andrew’s Day (substitute day)'. */
  name: string;
  /** For a substitute day: the date of the holiday it stands in for, which fell on a weekend. */
  substituteFor: IsoDate | null;
}

const cache = new Map<number, ReadonlyMap<IsoDate, BankHolidayName>>();
let library: Holidays | undefined;

/**
 * The name of a Scottish bank holiday (the days of {@link scottishBankHolidays}), or null when
 * `date` is not one. A substitute day names the holiday it replaces.
 *
 * @example
 * scottishBankHolidayName('2025-12-01')
 * // { name: 'St Andrew’s Day (substitute day)', substituteFor: '2025-11-30' }
 */
export function scottishBankHolidayName(date: IsoDate): BankHolidayName | null {
  const year = yearOf(date);
  let names = cache.get(year);
  if (!names) {
    library ??= new Holidays('GB', 'SCT');
    const found = new Map<IsoDate, { name: string; substitute: boolean }>();
    for (const h of library.getHolidays(year)) {
      if (h.type === 'public' || h.type === 'bank')
        found.set(h.date.slice(0, 10), { name: h.name, substitute: h.substitute === true });
    }
    for (const c of SCOTTISH_BANK_HOLIDAY_CORRECTIONS)
      if (!found.has(c.date)) found.set(c.date, { name: c.name, substitute: false });
    const built = new Map<IsoDate, BankHolidayName>();
    for (const day of scottishBankHolidays(year)) {
      const h = found.get(day) ?? { name: 'Bank holiday', substitute: false };
      const base = h.name.replace(/\s*\(substitute day\)$/, '');
      const original = h.substitute
        ? [...found].filter(([d, o]) => d < day && !o.substitute && o.name === base).at(-1)
        : undefined;
      built.set(day, { name: h.name, substituteFor: original ? original[0] : null });
    }
    names = built;
    cache.set(year, names);
  }
  return names.get(date) ?? null;
}
