/**
 * How many of `scottishBankHolidays(year)` fall on a weekday, for every year from 1900 to
 * COUNTED_UNTIL: nine (substitute days bring weekend ones onto weekdays), more in the years of
 * one-off days. Working-day ordinals count from 1900, so without these counts the first
 * calculation in a process would build every year's holidays since 1900 (issue 19).
 * test/workingDayOrdinal.test.ts recounts them from the rules day by day; when a rule changes
 * (a library upgrade, a correction in scottishBankHolidays.ts), that test names the years to edit.
 */
export const COUNTED_UNTIL = 2100;

const USUAL = 9;

/** Years whose count is not USUAL, with their count. */
const ONE_OFF_YEARS: ReadonlyMap<number, number> = new Map([
  [2012, 10], // Diamond Jubilee
  [2022, 11], // Platinum Jubilee, the state funeral
  [2023, 10], // the coronation
]);

/** Weekday bank holidays in the years 1900 .. `year` - 1, for `year` from 1900 to COUNTED_UNTIL + 1. */
export function bankHolidayWeekdaysBefore(year: number): number {
  let n = USUAL * (year - 1900);
  for (const [y, count] of ONE_OFF_YEARS) if (y < year) n += count - USUAL;
  return n;
}

/** Weekday bank holidays in `year`, from 1900 to COUNTED_UNTIL. */
export function bankHolidayWeekdays(year: number): number {
  return ONE_OFF_YEARS.get(year) ?? USUAL;
}
