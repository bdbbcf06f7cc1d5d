import { describe, expect, it } from 'vitest';
import { isWorkingDay, workingDayOrdinal, type CalendarSettings } from '../src';

const DAY = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Working days from 1900-01-01 to each date of `at` (ascending), counted one day at a time. */
function countDayByDay(at: readonly string[], settings?: CalendarSettings): Map<string, number> {
  const counts = new Map<string, number>();
  const last = Date.parse(`${at[at.length - 1]}T00:00:00Z`);
  const wanted = new Set(at);
  let n = 0;
  for (let ms = Date.UTC(1900, 0, 1); ms <= last; ms += DAY) {
    const date = iso(ms);
    if (isWorkingDay(date, settings)) n++;
    if (wanted.has(date)) counts.set(date, n);
  }
  return counts;
}

const ordinals = (at: readonly string[], settings?: CalendarSettings): Map<string, number> =>
  new Map(at.map((d) => [d, workingDayOrdinal(d, settings)]));

describe('working-day ordinals count every working day since 1900-01-01 (docs/procedure.md, Calendar and day one; Appendix 1 §1)', () => {
  it('dates far apart (1900, 2026, 2100) have the ordinal a day-by-day count gives', () => {
    const at = ['1900-01-01', '1900-06-15', '2026-12-07', '2100-12-31'];
    expect(ordinals(at)).toEqual(countDayByDay(at));
  });

  it('every year from 1900 to 2101 gains the working days a day-by-day count gives (bank holidays counted per year)', () => {
    const at = Array.from({ length: 202 }, (_, i) => `${1900 + i}-12-31`);
    const counted = countDayByDay(at);
    const gained = (count: (d: string) => number, i: number): number =>
      count(at[i]!) - (i === 0 ? 0 : count(at[i - 1]!));
    const wrongYears = at
      .filter((_, i) => gained(workingDayOrdinal, i) !== gained((d) => counted.get(d)!, i))
      .map((d) => d.slice(0, 4));
    // a year named here has a different weekday bank-holiday count (src/internal/bankHolidayWeekdays.ts)
    expect(wrongYears).toEqual([]);
  });

  it('closure and open days in earlier years move the ordinals of later dates as counting does', () => {
    const settings: CalendarSettings = {
      closureDays: ['1950-03-01', '2012-12-24', '2025-12-27', '2110-06-01'], // 2025-12-27: a Saturday
      openDays: ['2000-12-26', '2022-09-19', '2023-03-01'], // 2023-03-01: not a bank holiday
    };
    const at = ['1950-03-01', '1950-03-02', '2026-12-07', '2100-12-31', '2110-06-02'];
    expect(ordinals(at, settings)).toEqual(countDayByDay(at, settings));
  });

  it('dates after 2100 have the day-by-day count too', () => {
    const at = ['2101-01-01', '2130-07-15'];
    expect(ordinals(at)).toEqual(countDayByDay(at));
  });
});
