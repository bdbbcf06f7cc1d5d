import type { CsvCell } from '@chp/domain';
import type { BucketFigures, IndicatorFigures, SpsoIndicatorsReport } from './types';

export type IndicatorLetter = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

export interface IndicatorRow {
  indicator: IndicatorLetter;
  label: string;
  kind: 'count' | 'rate' | 'days';
  current: number | null;
  previous: number | null;
  /** For counts that are also a share of something (closures, outcomes): 0-1 or null. */
  currentShare?: number | null;
  previousShare?: number | null;
  /**
   * Filters for the complaints register behind the figure, by the figure's own rule: receipts by
   * the date of receipt, closures by the bucket, date and outcome of the closure. Only figures
   * that count complaints have one: "all closures" counts a complaint closed at both stages twice.
   */
  link?: Record<string, string>;
}

export const BUCKETS = [
  { key: 'stage1', label: 'Stage 1', short: 'Stage 1', closedAt: 'stage1' },
  {
    key: 'stage2Direct',
    label: 'Stage 2 (direct)',
    short: 'Stage 2 direct',
    closedAt: 'stage2_direct',
  },
  {
    key: 'stage2Escalated',
    label: 'Stage 2 (after escalation)',
    short: 'Stage 2 escalated',
    closedAt: 'stage2_escalated',
  },
] as const;

export const OUTCOME_KEYS = [
  { key: 'resolved', label: 'resolved', api: 'resolved' },
  { key: 'upheld', label: 'upheld', api: 'upheld' },
  { key: 'partiallyUpheld', label: 'partially upheld', api: 'partially_upheld' },
  { key: 'notUpheld', label: 'not upheld', api: 'not_upheld' },
] as const;

export const INDICATOR_TITLES: Record<IndicatorLetter, string> = {
  A: 'Complaints received',
  B: 'Complaints closed at each stage',
  C: 'Outcomes',
  D: 'Average time to respond (working days)',
  E: 'Closed within timescale (5 / 20 working days)',
  F: 'Closed after an extension',
};

const bucket = (f: IndicatorFigures, key: (typeof BUCKETS)[number]['key']): BucketFigures =>
  f.stages[key];

/**
 * The SPSO complaints performance indicators A–F for the period and the previous comparable
 * period, in the SPSO's order: received (and per 1,000), closures per stage, outcomes per
 * stage, average working days, within timescale, extended.
 */
export function indicatorRows(r: SpsoIndicatorsReport): IndicatorRow[] {
  const p = r.previous;
  const closed = (closedAt: string) => ({
    closedAt,
    closedFrom: r.period.from,
    closedTo: r.period.to,
  });
  const rows: IndicatorRow[] = [
    {
      indicator: 'A',
      label: 'Complaints received',
      kind: 'count',
      current: r.received,
      previous: p.received,
      link: { from: r.period.from, to: r.period.to },
    },
  ];
  if (r.population) {
    rows.push({
      indicator: 'A',
      label: `Received per 1,000 ${r.populationLabel ?? 'of the population'}`,
      kind: 'rate',
      current: r.receivedPerThousand,
      previous: p.receivedPerThousand,
    });
  }
  for (const b of BUCKETS) {
    const c = bucket(r, b.key);
    const q = bucket(p, b.key);
    rows.push({
      indicator: 'B',
      label: `Closed at ${b.label.toLowerCase()}`,
      kind: 'count',
      current: c.closed,
      previous: q.closed,
      currentShare: c.shareOfAllClosures,
      previousShare: q.shareOfAllClosures,
      link: closed(b.closedAt),
    });
  }
  rows.push({
    indicator: 'B',
    label: 'All closures',
    kind: 'count',
    current: r.closed,
    previous: p.closed,
  });
  for (const b of BUCKETS) {
    for (const o of OUTCOME_KEYS) {
      const c = bucket(r, b.key).outcomes[o.key];
      const q = bucket(p, b.key).outcomes[o.key];
      rows.push({
        indicator: 'C',
        label: `${b.label}: ${o.label}`,
        kind: 'count',
        current: c.count,
        previous: q.count,
        currentShare: c.share,
        previousShare: q.share,
        link: { ...closed(b.closedAt), closureOutcome: o.api },
      });
    }
  }
  for (const b of BUCKETS) {
    rows.push({
      indicator: 'D',
      label: b.label,
      kind: 'days',
      current: bucket(r, b.key).averageWorkingDays,
      previous: bucket(p, b.key).averageWorkingDays,
      // the average is over the closures of row B
      link: bucket(r, b.key).averageWorkingDays === null ? undefined : closed(b.closedAt),
    });
  }
  for (const b of BUCKETS) {
    const c = bucket(r, b.key);
    const q = bucket(p, b.key);
    rows.push({
      indicator: 'E',
      label: b.label,
      kind: 'count',
      current: c.withinTimescale,
      previous: q.withinTimescale,
      currentShare: c.withinTimescaleShare,
      previousShare: q.withinTimescaleShare,
      link: { ...closed(b.closedAt), within: '1' },
    });
  }
  for (const b of BUCKETS) {
    const c = bucket(r, b.key);
    const q = bucket(p, b.key);
    rows.push({
      indicator: 'F',
      label: b.label,
      kind: 'count',
      current: c.extended,
      previous: q.extended,
      currentShare: c.extendedShare,
      previousShare: q.extendedShare,
      link: { ...closed(b.closedAt), extended: '1' },
    });
  }
  return rows;
}

/**
 * The change from the previous period: in percentage points for shares, else in the row's own
 * unit. Null when either side has nothing to compare (no closures: a zero denominator).
 */
export function rowChange(
  row: IndicatorRow,
): { value: number; unit: 'points' | 'count' | 'days' | 'rate' } | null {
  if (row.currentShare !== undefined) {
    if (row.currentShare === null || row.previousShare === null || row.previousShare === undefined)
      return null;
    return {
      value: Math.round((row.currentShare - row.previousShare) * 1000) / 10,
      unit: 'points',
    };
  }
  if (row.current === null || row.previous === null) return null;
  const value = row.current - row.previous;
  return { value: row.kind === 'count' ? value : Math.round(value * 10) / 10, unit: row.kind };
}

/** '+3', '−2.5 days', '+4 pts', or '—'. */
export function formatChange(row: IndicatorRow): string {
  const change = rowChange(row);
  if (!change) return '—';
  const sign = change.value > 0 ? '+' : change.value < 0 ? '−' : '±';
  const abs = Math.abs(change.value).toLocaleString('en-GB', { maximumFractionDigits: 1 });
  const unit = change.unit === 'points' ? ' pts' : change.unit === 'days' ? ' days' : '';
  return `${sign}${abs}${unit}`;
}

/** The table as CSV rows: indicator, measure, then value and share for each period. */
export function indicatorCsvRows(r: SpsoIndicatorsReport): CsvCell[][] {
  const head: CsvCell[] = [
    'Indicator',
    'Measure',
    `${r.period.label} value`,
    `${r.period.label} share`,
    `${r.previous.period.label} value`,
    `${r.previous.period.label} share`,
  ];
  const round = (n: number | null | undefined, places: number) =>
    n === null || n === undefined ? null : Math.round(n * 10 ** places) / 10 ** places;
  return [
    head,
    ...indicatorRows(r).map((row) => [
      `${row.indicator}: ${INDICATOR_TITLES[row.indicator]}`,
      row.label,
      round(row.current, 2),
      round(row.currentShare, 4),
      round(row.previous, 2),
      round(row.previousShare, 4),
    ]),
  ];
}

export interface BucketBar {
  bucket: string;
  current: number | null;
  previous: number | null;
}

/** One figure per stage bucket for a chart (shares as percentages; null stays a gap). */
export function bucketBars(
  r: SpsoIndicatorsReport,
  pick: (b: BucketFigures) => number | null,
  asPercent = false,
): BucketBar[] {
  const scale = (n: number | null) =>
    n === null ? null : asPercent ? Math.round(n * 1000) / 10 : Math.round(n * 10) / 10;
  return BUCKETS.map((b) => ({
    bucket: b.short,
    current: scale(pick(bucket(r, b.key))),
    previous: scale(pick(bucket(r.previous, b.key))),
  }));
}

export interface OutcomeBar {
  /** The bucket and its closures: 'Stage 2 direct (12 closed)'. */
  bucket: string;
  closed: number;
  /** Each outcome's share of the bucket's closures, in %; null when nothing closed. */
  resolved: number | null;
  upheld: number | null;
  partiallyUpheld: number | null;
  notUpheld: number | null;
}

/**
 * Each outcome as a share (%) of each stage bucket's closures, and of stage 2 in all, for a
 * stacked bar chart: every bar is 100%, so stage 2's few closures are as visible as stage 1's
 * many (issue 18, charts). The counts are in the indicators table.
 */
export function outcomeBars(f: IndicatorFigures): OutcomeBar[] {
  const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
  const bar = (label: string, b: BucketFigures): OutcomeBar => ({
    bucket: `${label} (${b.closed.toLocaleString('en-GB')} closed)`,
    closed: b.closed,
    resolved: percent(b.outcomes.resolved.share),
    upheld: percent(b.outcomes.upheld.share),
    partiallyUpheld: percent(b.outcomes.partiallyUpheld.share),
    notUpheld: percent(b.outcomes.notUpheld.share),
  });
  return [...BUCKETS.map((b) => bar(b.short, bucket(f, b.key))), bar('Stage 2 in all', f.stage2)];
}
