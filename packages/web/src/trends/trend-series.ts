import type { TrendsQuery } from '../generated/graphql';
import {
  addDays,
  displayDate,
  periodLabel,
  periodStart,
  periodStarts,
  type CsvCell,
  type Grain,
} from '@chp/domain';

/** One period x key count of the ComplaintTrends result (the Trends query). */
export type TrendBucket = TrendsQuery['complaintTrends']['buckets'][number];

export interface TrendSeries {
  /** One entry per series (breakdown value), in the order of their total, largest first. */
  keys: { key: string; label: string; total: number }[];
  /**
   * One row per period, oldest first, with a count for every key (0 when none). `partial`: the
   * dates cut the period (the month to date), and its label says which days it covers.
   */
  rows: TrendRow[];
}

export type TrendRow = { period: string; label: string; total: number; partial: boolean } & Record<
  string,
  number | string | boolean
>;

/** The first day of the period after the one starting on `start`. */
function nextStart(start: string, grain: Grain): string {
  const months = grain === 'month' ? 1 : grain === 'quarter' ? 3 : 12;
  const index = Number(start.slice(0, 4)) * 12 + Number(start.slice(5, 7)) - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** '20 Nov' ('20 Nov 2026' without its year). */
const dayMonth = (date: string) => displayDate(date).slice(0, -5);

/**
 * How a chart names a period the range cuts (docs/procedure.md, Reporting and publishing: a
 * partial period in charts): 'Nov 2026 (to 20 Nov)', 'Jan 2026 (from 5 Jan)'; null when whole.
 */
export function partialLabel(
  start: string,
  grain: Grain,
  from: string,
  to: string,
  yearStartMonth = 1,
): string | null {
  const end = addDays(nextStart(start, grain), -1);
  const cutStart = from > start;
  const cutEnd = to < end;
  if (!cutStart && !cutEnd) return null;
  const label = periodLabel(start, grain, yearStartMonth);
  if (cutStart && cutEnd) return `${label} (${dayMonth(from)} to ${dayMonth(to)})`;
  return cutEnd ? `${label} (to ${dayMonth(to)})` : `${label} (from ${dayMonth(from)})`;
}

/**
 * The API's buckets (period x key) as chart rows: one row per period from `from` to `to`, every
 * key present in every row (empty buckets filled with 0), keys ordered by their total. Quarters
 * and years are the organisation's reporting year's, starting in `yearStartMonth`.
 */
export function trendSeries(
  buckets: readonly TrendBucket[],
  from: string,
  to: string,
  grain: Grain,
  yearStartMonth = 1,
): TrendSeries {
  const totals = new Map<string, { key: string; label: string; total: number }>();
  const counts = new Map<string, number>();
  for (const b of buckets) {
    const k = totals.get(b.key) ?? { key: b.key, label: b.keyLabel, total: 0 };
    k.total += b.count;
    totals.set(b.key, k);
    const cell = `${periodStart(b.period, grain, yearStartMonth)}|${b.key}`;
    counts.set(cell, (counts.get(cell) ?? 0) + b.count);
  }
  const keys = [...totals.values()].sort(
    (a, b) => b.total - a.total || a.label.localeCompare(b.label),
  );
  const rows = periodStarts(from, to, grain, yearStartMonth).map((period) => {
    const cut = partialLabel(period, grain, from, to, yearStartMonth);
    const row: TrendRow = {
      period,
      label: cut ?? periodLabel(period, grain, yearStartMonth),
      total: 0,
      partial: cut !== null,
    };
    for (const k of keys) {
      const n = counts.get(`${period}|${k.key}`) ?? 0;
      row[k.key] = n;
      row.total += n;
    }
    return row;
  });
  return { keys, rows };
}

/** The series as CSV: a period column, one column per key, and a total. */
export function trendCsvRows(series: TrendSeries): CsvCell[][] {
  return [
    ['Period', ...series.keys.map((k) => k.label), 'Total'],
    ...series.rows.map((row) => [
      row.label,
      ...series.keys.map((k) => row[k.key] as number),
      row.total,
    ]),
  ];
}

/** Keeps the `max` largest series and adds the rest up as 'Other', so a chart stays readable. */
export function topSeries(series: TrendSeries, max: number): TrendSeries {
  if (series.keys.length <= max) return series;
  const kept = series.keys.slice(0, max - 1);
  const rest = series.keys.slice(max - 1);
  const other = {
    key: '__other',
    label: `Other (${rest.length})`,
    total: rest.reduce((s, k) => s + k.total, 0),
  };
  return {
    keys: [...kept, other],
    rows: series.rows.map((row) => {
      const next: typeof row = {
        period: row.period,
        label: row.label,
        total: row.total,
        partial: row.partial,
      };
      for (const k of kept) next[k.key] = row[k.key] as number;
      next[other.key] = rest.reduce((s, k) => s + (row[k.key] as number), 0);
      return next;
    }),
  };
}

/** The API's key for complaints with no root cause recorded. */
export const NO_ROOT_CAUSE = 'none';

export interface TopCauses {
  /** The `max` causes with the most complaints, one line each. */
  series: TrendSeries;
  /** The causes left out of the chart, and their complaints: they are in the table. */
  rest: { causes: number; complaints: number };
  /** Complaints with no root cause recorded: never drawn, in the table. */
  noCause: number;
}

/**
 * The root-cause trend as a few lines that read: the `max` causes with the most complaints; the
 * rest and the complaints with no cause recorded are summed for a sentence and stay in the table
 * (not one "Other" band bigger than every cause).
 */
export function topCauses(series: TrendSeries, max = 5): TopCauses {
  const causes = series.keys.filter((k) => k.key !== NO_ROOT_CAUSE);
  const kept = causes.slice(0, max);
  const left = causes.slice(max);
  return {
    series: { keys: kept, rows: series.rows },
    rest: { causes: left.length, complaints: left.reduce((n, k) => n + k.total, 0) },
    noCause: series.keys.find((k) => k.key === NO_ROOT_CAUSE)?.total ?? 0,
  };
}
