import { formatAverage, formatCount, formatShare } from '../lib/format';

/** What a column of the side-by-side table needs of one organisation's (or the group's) figures. */
export interface ColumnFigures {
  received: number;
  receivedPerThousand: number | null;
  closed: number;
  stages: {
    stage1: BucketLike;
    stage2Direct: BucketLike;
    stage2Escalated: BucketLike;
  };
  stage2: BucketLike;
}

interface BucketLike {
  closed: number;
  averageWorkingDays: number | null;
  withinTimescaleShare: number | null;
  extendedShare: number | null;
  outcomes: { upheld: { count: number }; partiallyUpheld: { count: number } };
}

/**
 * The SPSO indicators as rows (docs/procedure.md, SPSO performance indicators, rows A-F), one
 * cell per column: the group first, then each member.
 */
export function indicatorRows(columns: ColumnFigures[]): string[][] {
  const row = (label: string, cell: (f: ColumnFigures) => string) => [label, ...columns.map(cell)];
  return [
    row('A: complaints received', (f) => formatCount(f.received)),
    row('A: received per 1,000', (f) =>
      f.receivedPerThousand == null ? 'No population' : f.receivedPerThousand.toFixed(1),
    ),
    row('B: complaints closed', (f) => formatCount(f.closed)),
    row('B: closed at stage 1', (f) => formatCount(f.stages.stage1.closed)),
    row('B: closed at stage 2', (f) => formatCount(f.stage2.closed)),
    row('C: stage 1 upheld or partially upheld', (f) => formatShare(sumShares(f.stages.stage1))),
    row('C: stage 2 upheld or partially upheld', (f) => formatShare(sumShares(f.stage2))),
    row('D: stage 1 average working days', (f) =>
      formatAverage(f.stages.stage1.averageWorkingDays),
    ),
    row('D: stage 2 average working days', (f) => formatAverage(f.stage2.averageWorkingDays)),
    row('E: stage 1 closed within 5 working days', (f) =>
      formatShare(f.stages.stage1.withinTimescaleShare),
    ),
    row('E: stage 2 closed within 20 working days', (f) =>
      formatShare(f.stage2.withinTimescaleShare),
    ),
    row('F: stage 1 extended', (f) => formatShare(f.stages.stage1.extendedShare)),
    row('F: stage 2 extended', (f) => formatShare(f.stage2.extendedShare)),
  ];
}

/** Upheld and partially upheld together, of the bucket's closures (null with none closed). */
function sumShares(b: BucketLike): number | null {
  return b.closed === 0
    ? null
    : (b.outcomes.upheld.count + b.outcomes.partiallyUpheld.count) / b.closed;
}

/** The monthly trend as rows: a month, then the group's count and each member's. */
export function monthRows(
  months: { period: { label: string }; received: number; closed: number }[],
  members: { months: { received: number; closed: number }[] }[],
  pick: 'received' | 'closed',
): string[][] {
  return months.map((m, i) => [
    m.period.label,
    formatCount(m[pick]),
    ...members.map((member) => formatCount(member.months[i]?.[pick] ?? 0)),
  ]);
}
