import { perThousand, share } from '@chp/domain';
import type { DataSource } from 'typeorm';
import type {
  BucketFigures,
  IndicatorFigures,
  OutcomeFigures,
  ReportingPeriod,
} from './analytics.types';
import { PeriodKindEnum } from './analytics.types';
import type { Period } from './period';

/** Instants of local (Europe/London) midnight: `received_at` in [from, to] by local date, as a range the index can use. */
export const LOCAL_START = (date: string) => `(${date}::timestamp AT TIME ZONE 'Europe/London')`;
export const LOCAL_END = (date: string) =>
  `((${date} + 1)::timestamp AT TIME ZONE 'Europe/London')`;

const OUTCOME_KEYS = [
  ['resolved', 'resolved'],
  ['upheld', 'upheld'],
  ['partially_upheld', 'partiallyUpheld'],
  ['not_upheld', 'notUpheld'],
] as const;

/** The outcomes beyond the four, counted in indicator_day bucket 4 by their date (never closures). */
const OTHER_OUTCOMES = ['not_a_complaint', 'withdrawn', 'out_of_time', 'duplicate'] as const;

/** indicator_day buckets: 0 receipts, then the three buckets of closures (docs/procedure.md, SPSO performance indicators, row B). */
const BUCKETS = [
  ['s1', 1],
  ['s2d', 2],
  ['s2e', 3],
] as const;

/** The sums of one bucket of closures over a period's summary rows. */
function bucketColumns(prefix: string, bucket: number): string[] {
  const sum = (column: string, alias: string, type = 'int') =>
    `coalesce(sum(d.${column}) FILTER (WHERE d.bucket = ${bucket}), 0)::${type} AS ${prefix}_${alias}`;
  return [
    sum('closed', 'closed'),
    ...OUTCOME_KEYS.map(([o]) => sum(o, o)),
    sum('working_days', 'days', 'bigint'),
    sum('within_timescale', 'within'),
    sum('extended', 'extended'),
  ];
}

/**
 * docs/procedure.md, SPSO performance indicators, rows A-F for each of the periods, in ONE statement over `indicator_day`, the
 * per-day sums of the projection columns @chp/domain computed when each step was recorded
 * (kept exact by a trigger on complaint; see the migration IndicatorDaySummary). Receipts by
 * local date of receipt, closures by local closing date, stage 2 split by route.
 */
export function indicatorsSql(periods: number): string {
  const values = Array.from(
    { length: periods },
    (_, i) => `(${i}, $${2 + 2 * i}::date, $${3 + 2 * i}::date)`,
  ).join(', ');
  return `
    WITH p(k, f, t) AS (VALUES ${values})
    SELECT p.k, coalesce(sum(d.received) FILTER (WHERE d.bucket = 0), 0)::int AS received,
           ${OTHER_OUTCOMES.map((o) => `coalesce(sum(d.${o}) FILTER (WHERE d.bucket = 4), 0)::int AS ${o}`).join(', ')},
           ${BUCKETS.flatMap(([prefix, bucket]) => bucketColumns(prefix, bucket)).join(',\n           ')}
      FROM p LEFT JOIN indicator_day d ON d.organisation_id = ANY($1::uuid[]) AND d.date BETWEEN p.f AND p.t
     GROUP BY p.k
     ORDER BY p.k`;
}

interface RawBucket {
  closed: number;
  outcomes: Record<string, number>;
  days: number;
  within: number;
  extended: number;
}

function rawBucket(row: Record<string, unknown>, prefix: string): RawBucket {
  const n = (k: string) => Number(row[`${prefix}_${k}`]);
  return {
    closed: n('closed'),
    outcomes: Object.fromEntries(OUTCOME_KEYS.map(([o]) => [o, n(o)])),
    days: n('days'),
    within: n('within'),
    extended: n('extended'),
  };
}

function figures(b: RawBucket, allClosed: number): BucketFigures {
  const outcomes = Object.fromEntries(
    OUTCOME_KEYS.map(([o, field]) => [
      field,
      { count: b.outcomes[o]!, share: share(b.outcomes[o]!, b.closed) },
    ]),
  ) as unknown as OutcomeFigures;
  return {
    closed: b.closed,
    shareOfAllClosures: share(b.closed, allClosed),
    outcomes,
    totalWorkingDays: b.days,
    // the domain's own arithmetic: total / closed, unrounded
    averageWorkingDays: b.closed === 0 ? null : b.days / b.closed,
    withinTimescale: b.within,
    withinTimescaleShare: share(b.within, b.closed),
    extended: b.extended,
    extendedShare: share(b.extended, b.closed),
  };
}

const sum = (a: RawBucket, b: RawBucket): RawBucket => ({
  closed: a.closed + b.closed,
  outcomes: Object.fromEntries(OUTCOME_KEYS.map(([o]) => [o, a.outcomes[o]! + b.outcomes[o]!])),
  days: a.days + b.days,
  within: a.within + b.within,
  extended: a.extended + b.extended,
});

export function reportingPeriod(p: Period): ReportingPeriod {
  return { kind: p.kind as PeriodKindEnum, from: p.from, to: p.to, label: p.label };
}

export interface OrganisationFacts {
  population: number | null;
  populationLabel: string | null;
}

/**
 * The indicators of each period (one SQL statement for all of them), for one organisation or,
 * summed, for several (a group's roll-up: counts and working days add up, shares and averages
 * are recomputed from the sums).
 */
export async function indicatorFigures(
  ds: DataSource,
  organisationId: string | readonly string[],
  periods: Period[],
  org: OrganisationFacts,
): Promise<IndicatorFigures[]> {
  const rows: Record<string, unknown>[] = await ds.query(indicatorsSql(periods.length), [
    typeof organisationId === 'string' ? [organisationId] : organisationId,
    ...periods.flatMap((p) => [p.from, p.to]),
  ]);
  return periods.map((p, i) => {
    const row = rows.find((r) => Number(r['k']) === i)!;
    const s1 = rawBucket(row, 's1');
    const s2d = rawBucket(row, 's2d');
    const s2e = rawBucket(row, 's2e');
    const all = s1.closed + s2d.closed + s2e.closed;
    const received = Number(row['received']);
    return {
      period: reportingPeriod(p),
      received,
      receivedPerThousand: org.population ? perThousand(received, org.population) : null,
      population: org.population,
      populationLabel: org.populationLabel,
      closed: all,
      stages: {
        stage1: figures(s1, all),
        stage2Direct: figures(s2d, all),
        stage2Escalated: figures(s2e, all),
      },
      stage2: figures(sum(s2d, s2e), all),
      otherOutcomes: {
        notAComplaint: Number(row['not_a_complaint']),
        withdrawn: Number(row['withdrawn']),
        outOfTime: Number(row['out_of_time']),
        duplicate: Number(row['duplicate']),
      },
    };
  });
}
