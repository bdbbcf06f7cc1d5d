import type { IsoDate } from './types';

/**
 * Financial years and their quarters for an organisation whose year starts in a given month
 * (a setting, April by default: docs/procedure.md, Reporting and publishing). Quarter 1 is the
 * first three months of the financial year; the year is named by the calendar year it starts in.
 *
 * @example
 * financialQuarterOf('2026-03-31', 4) // { year: 2025, quarter: 4, from: '2026-01-01', to: '2026-03-31', label: '2025/26 Q4' }
 * financialQuarterOf('2026-08-01', 8) // { year: 2026, quarter: 1, from: '2026-08-01', to: '2026-10-31', label: '2026/27 Q1' }
 * financialQuarterOf('2026-11-23', 1) // { year: 2026, quarter: 4, from: '2026-10-01', to: '2026-12-31', label: '2026 Q4' }
 */
export const DEFAULT_FINANCIAL_YEAR_START_MONTH = 4;

export interface FinancialQuarter {
  /** The calendar year the financial year starts in. */
  year: number;
  quarter: 1 | 2 | 3 | 4;
  from: IsoDate;
  to: IsoDate;
  /** '2025/26 Q4'; a year starting in January is named by its one calendar year: '2026 Q4'. */
  label: string;
}

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** True for a month number a financial year may start in (1 = January … 12 = December). */
export const isMonthNumber = (month: unknown): month is number =>
  Number.isInteger(month) && (month as number) >= 1 && (month as number) <= 12;

/** The first day of the month `months` after year-month (months may run past December). */
function monthStart(year: number, month: number): IsoDate {
  const index = year * 12 + (month - 1);
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}-01`;
}

function lastDayBefore(start: IsoDate): IsoDate {
  const d = new Date(`${start}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** How staff name a financial year starting in `year`: '2025/26', or '2026' when it starts in January. */
export function financialYearName(year: number, startMonth: number): string {
  return startMonth === 1 ? String(year) : `${year}/${pad((year + 1) % 100)}`;
}

/** The financial year (by the calendar year it starts in) that `date` falls in. */
export function financialYearStarting(date: IsoDate, startMonth: number): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= startMonth ? year : year - 1;
}

/** The financial quarter holding `date`, for a year starting in `startMonth`. */
export function financialQuarterOf(date: IsoDate, startMonth: number): FinancialQuarter {
  if (!isMonthNumber(startMonth))
    throw new RangeError(`startMonth ${String(startMonth)} is not 1 to 12`);
  const year = financialYearStarting(date, startMonth);
  const monthsIn = (Number(date.slice(0, 4)) - year) * 12 + Number(date.slice(5, 7)) - startMonth;
  const quarter = (Math.floor(monthsIn / 3) + 1) as 1 | 2 | 3 | 4;
  const from = monthStart(year, startMonth + (quarter - 1) * 3);
  const to = lastDayBefore(monthStart(year, startMonth + quarter * 3));
  return { year, quarter, from, to, label: `${financialYearName(year, startMonth)} Q${quarter}` };
}

/** First and last day of the financial year starting in `year`. */
export function financialYearDates(
  year: number,
  startMonth: number,
): { from: IsoDate; to: IsoDate } {
  return {
    from: monthStart(year, startMonth),
    to: lastDayBefore(monthStart(year, startMonth + 12)),
  };
}

/**
 * The key of the financial quarter holding `date`: 'FY2026-Q1' is the first quarter of the
 * financial year starting in 2026 (April to June 2026 with an April start). Calendar quarters
 * keep their own keys ('2026-Q2').
 */
export function financialQuarterKey(date: IsoDate, startMonth: number): string {
  const { year, quarter } = financialQuarterOf(date, startMonth);
  return `FY${year}-Q${quarter}`;
}

/** The financial quarter key before: 'FY2026-Q1' → 'FY2025-Q4'. */
export function previousFinancialQuarterKey(key: string): string {
  const [y, q] = [Number(key.slice(2, 6)), Number(key.slice(8))];
  return q === 1 ? `FY${y - 1}-Q4` : `FY${y}-Q${q - 1}`;
}

/** How staff name a financial quarter key: 'FY2026-Q1' → '2026/27 Q1' ('2026 Q1' for a January start). */
export const financialQuarterKeyLabel = (key: string, startMonth: number): string =>
  `${financialYearName(Number(key.slice(2, 6)), startMonth)} Q${key.slice(8)}`;
