import type { CsvCell } from '../lib/csv';

export type Grain = 'month' | 'quarter' | 'year';

export interface TrendBucket {
  period: string;
  label: string;
  key: string;
  keyLabel: string;
  count: number;
}

export interface TrendSeries {
  /** One entry per series (breakdown value), in the order of their total, largest first. */
  keys: { key: string; label: string; total: number }[];
  /** One row per period, oldest first, with a count for every key (0 when none). */
  rows: ({ period: string; label: string; total: number } & Record<string, number | string>)[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The first day of the grain's period holding `date`. */
export function periodStart(date: string, grain: Grain): string {
  const y = date.slice(0, 4);
  const m = Number(date.slice(5, 7));
  if (grain === 'year') return `${y}-01-01`;
  if (grain === 'quarter') return `${y}-${pad(Math.floor((m - 1) / 3) * 3 + 1)}-01`;
  return `${y}-${pad(m)}-01`;
}

/** 'Mar 2026', '2026 Q1' or '2026', as the API labels periods. */
export function periodLabel(start: string, grain: Grain): string {
  const y = start.slice(0, 4);
  const m = Number(start.slice(5, 7));
  if (grain === 'year') return y;
  if (grain === 'quarter') return `${y} Q${Math.floor((m - 1) / 3) + 1}`;
  return `${MONTHS[m - 1]} ${y}`;
}

/** Every period start from `from` to `to` (inclusive), so empty periods still show. */
export function periodStarts(from: string, to: string, grain: Grain): string[] {
  const step = grain === 'month' ? 1 : grain === 'quarter' ? 3 : 12;
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(periodStart(from, grain).slice(5, 7));
  const end = periodStart(to, grain);
  for (let guard = 0; guard < 10_000; guard++) {
    const start = `${y}-${pad(m)}-01`;
    if (start > end) break;
    out.push(start);
    m += step;
    while (m > 12) {
      m -= 12;
      y += 1;
    }
  }
  return out;
}

/**
 * The API's buckets (period x key) as chart rows: one row per period from `from` to `to`, every
 * key present in every row (empty buckets filled with 0), keys ordered by their total.
 */
export function trendSeries(
  buckets: readonly TrendBucket[],
  from: string,
  to: string,
  grain: Grain,
): TrendSeries {
  const totals = new Map<string, { key: string; label: string; total: number }>();
  const counts = new Map<string, number>();
  for (const b of buckets) {
    const k = totals.get(b.key) ?? { key: b.key, label: b.keyLabel, total: 0 };
    k.total += b.count;
    totals.set(b.key, k);
    const cell = `${periodStart(b.period, grain)}|${b.key}`;
    counts.set(cell, (counts.get(cell) ?? 0) + b.count);
  }
  const keys = [...totals.values()].sort(
    (a, b) => b.total - a.total || a.label.localeCompare(b.label),
  );
  const rows = periodStarts(from, to, grain).map((period) => {
    const row: { period: string; label: string; total: number } & Record<string, number | string> =
      { period, label: periodLabel(period, grain), total: 0 };
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
      const next: typeof row = { period: row.period, label: row.label, total: row.total };
      for (const k of kept) next[k.key] = row[k.key] as number;
      next[other.key] = rest.reduce((s, k) => s + (row[k.key] as number), 0);
      return next;
    }),
  };
}
