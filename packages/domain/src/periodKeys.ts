import {
  financialQuarterOf,
  financialYearDates,
  financialYearName,
  financialYearStarting,
} from './financialYear';
import { financialYearPeriod, quarterPeriod } from './reportingPeriods';
import { publicPeriodName } from './publicFigures';
import type { IsoDate } from './types';

/**
 * Period keys as clients and publications write them: a quarter '2026-Q3', a financial year
 * '2026/27'; and the grains of a trend (month, quarter, year) with their staff labels.
 *
 * @example
 * quarterOf('2026-11-23') // '2026-Q4'
 * periodKeyRange('2025/26') // { from: '2025-04-01', to: '2026-03-31' }
 * periodKeyLabel('2026-Q3') // '2026 Q3'; periodKeyName('2026-Q3') // 'July to September 2026'
 */
export type Grain = 'month' | 'quarter' | 'year';

const pad = (n: number) => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The calendar quarter a date falls in: '2026-11-23' → '2026-Q4'. */
export function quarterOf(date: IsoDate): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The quarter before: '2026-Q1' → '2025-Q4'. */
export function previousQuarter(quarter: string): string {
  const [y, q] = [Number(quarter.slice(0, 4)), Number(quarter.slice(6))];
  return q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`;
}

/** First and last day of a quarter key: '2026-Q3' → 2026-07-01 to 2026-09-30. */
export function quarterRange(quarter: string): { from: IsoDate; to: IsoDate } {
  const { from, to } = quarterPeriod(Number(quarter.slice(0, 4)), Number(quarter.slice(6)));
  return { from, to };
}

/** The financial year a date falls in, by its first year: '2026-03-31' → 2025, '2026-04-01' → 2026. */
export function financialYearOf(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 4 ? year : year - 1;
}

/** A financial year's key: 2025 → '2025/26'. */
export const financialYearKey = (year: number): string => `${year}/${pad((year + 1) % 100)}`;

/** First and last day of a financial year key: '2026/27' → 2026-04-01 to 2027-03-31. */
export function financialYearRange(key: string): { from: IsoDate; to: IsoDate } {
  const { from, to } = financialYearPeriod(Number(key.slice(0, 4)));
  return { from, to };
}

/** First and last day of a publication's period key: '2026-Q3' or '2026/27'. */
export function periodKeyRange(key: string): { from: IsoDate; to: IsoDate } {
  return key.includes('/') ? financialYearRange(key) : quarterRange(key);
}

/** How staff name a period key: '2026 Q3', '2025/26 financial year'. */
export const periodKeyLabel = (key: string): string =>
  key.includes('/') ? `${key} financial year` : key.replace('-', ' ');

/** How the public reads a period key: 'July to September 2026', 'April 2025 to March 2026'. */
export const periodKeyName = (key: string): string => publicPeriodName(periodKeyRange(key));

/** The first day of the month `months` before the month of `date`. */
export function monthsBefore(date: IsoDate, months: number): IsoDate {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 - months;
  const d = new Date(Date.UTC(y, m, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-01`;
}

/**
 * The first day of the grain's period holding `date`. Quarters and years follow the
 * organisation's reporting year, starting in `yearStartMonth` (docs/procedure.md, Reporting and
 * publishing: the reporting year); 1, the default, gives calendar quarters and years.
 *
 * @example
 * periodStart('2026-11-23', 'quarter') // '2026-10-01'
 * periodStart('2026-11-23', 'quarter', 8) // '2026-11-01' (2026/27 Q2 of an academic year)
 * periodStart('2026-02-10', 'year', 4) // '2025-04-01'
 */
export function periodStart(date: IsoDate, grain: Grain, yearStartMonth = 1): IsoDate {
  if (grain === 'month') return `${date.slice(0, 4)}-${date.slice(5, 7)}-01`;
  if (grain === 'quarter') return financialQuarterOf(date, yearStartMonth).from;
  return financialYearDates(financialYearStarting(date, yearStartMonth), yearStartMonth).from;
}

/**
 * How staff label a trend period from its first day: 'Mar 2026', '2026 Q1' or '2026' for a
 * calendar year; '2026/27 Q1' or '2026/27' for a reporting year starting in another month.
 */
export function periodLabel(start: IsoDate, grain: Grain, yearStartMonth = 1): string {
  if (grain === 'month') return `${MONTHS[Number(start.slice(5, 7)) - 1]} ${start.slice(0, 4)}`;
  if (grain === 'quarter') return financialQuarterOf(start, yearStartMonth).label;
  return financialYearName(financialYearStarting(start, yearStartMonth), yearStartMonth);
}

/** Every period start from `from` to `to` (inclusive), so empty periods still show. */
export function periodStarts(
  from: IsoDate,
  to: IsoDate,
  grain: Grain,
  yearStartMonth = 1,
): IsoDate[] {
  const step = grain === 'month' ? 1 : grain === 'quarter' ? 3 : 12;
  const out: IsoDate[] = [];
  const first = periodStart(from, grain, yearStartMonth);
  const end = periodStart(to, grain, yearStartMonth);
  let index = Number(first.slice(0, 4)) * 12 + Number(first.slice(5, 7)) - 1;
  for (let guard = 0; guard < 10_000; guard++) {
    const start = `${Math.floor(index / 12)}-${pad((index % 12) + 1)}-01`;
    if (start > end) break;
    out.push(start);
    index += step;
  }
  return out;
}

/**
 * The periods a new publication may cover: complete ones only, newest first (an unfinished
 * quarter would publish half of it). Quarter keys, or financial year keys.
 */
export function completedPeriodKeys(
  kind: 'quarterly' | 'annual',
  today: IsoDate,
  count = kind === 'quarterly' ? 8 : 3,
): string[] {
  const out: string[] = [];
  if (kind === 'quarterly') {
    let q = previousQuarter(quarterOf(today));
    for (let i = 0; i < count; i++, q = previousQuarter(q)) out.push(q);
    return out;
  }
  const lastEnded = financialYearOf(today) - 1;
  for (let i = 0; i < count; i++) out.push(financialYearKey(lastEnded - i));
  return out;
}

/**
 * True when the period a publication covers ('2026-Q1' or '2025/26') has ended before `today`:
 * the current, unfinished period and future ones are not complete (the same rule as
 * {@link completedPeriodKeys}).
 */
export const isCompletedPeriodKey = (key: string, today: IsoDate): boolean =>
  periodKeyRange(key).to < today;
