import { periodLabel, periodStart } from '@chp/domain';
import type { DataSource } from 'typeorm';
import type { TrendFilters } from './analytics.inputs';
import {
  QuietDimension,
  TrendBreakdown,
  TrendGrain,
  type QuietArea,
  type TrendBucket,
} from './analytics.types';
import { LOCAL_END, LOCAL_START } from './indicators.queries';
import { COUNTS_AS_RECEIVED_SQL } from '../complaints';
import type { Period } from './period';

/** How far a complaint went (docs/procedure.md, SPSO performance indicators, row B): stage 1 only, straight to stage 2, stage 2 after escalation. */
export const STAGE_KEY = `(CASE WHEN c.route = 'stage2_direct' THEN 'stage2_direct' WHEN c.escalated_at IS NOT NULL THEN 'stage2_escalated' ELSE 'stage1' END)`;
/** The outcome of the current stage, or 'open'. */
export const OUTCOME_KEY = `coalesce(CASE WHEN c.current_stage = 1 THEN c.stage1_outcome ELSE c.stage2_outcome END, 'open')`;

const LABELS: Record<string, string> = {
  stage1: 'Stage 1',
  stage2_direct: 'Stage 2 (direct)',
  stage2_escalated: 'Stage 2 (after escalation)',
  resolved: 'Resolved',
  upheld: 'Upheld',
  partially_upheld: 'Partially upheld',
  not_upheld: 'Not upheld',
  open: 'Open',
  phone: 'Phone',
  email: 'E-mail',
  letter: 'Letter',
  in_person: 'In person',
  web_form: 'Web form',
  social_media: 'Social media',
  other: 'Other',
  all: 'All complaints',
  none: 'No root cause recorded',
};

/** The WHERE clauses of the filters, with their parameters appended to `params`. */
function filterSql(filters: TrendFilters | null | undefined, params: unknown[]): string[] {
  const where: string[] = [];
  const add = (value: unknown) => `$${params.push(value)}`;
  if (!filters) return where;
  if (filters.serviceAreaIds?.length)
    where.push(`c.service_area_id = ANY(${add(filters.serviceAreaIds)}::uuid[])`);
  if (filters.categories?.length)
    where.push(`c.category = ANY(${add(filters.categories)}::text[])`);
  if (filters.channels?.length) where.push(`c.channel = ANY(${add(filters.channels)}::text[])`);
  if (filters.stage) where.push(`${STAGE_KEY} = ${add(filters.stage)}`);
  if (filters.outcome) where.push(`${OUTCOME_KEY} = ${add(filters.outcome)}`);
  if (filters.rootCauseIds?.length) {
    where.push(`EXISTS (SELECT 1 FROM complaint_root_cause x WHERE x.organisation_id = c.organisation_id AND x.complaint_id = c.id
                  AND x.root_cause_id IN (SELECT id FROM filter_causes))`);
    params.push(filters.rootCauseIds);
  }
  return where;
}

const FILTER_CAUSES = (param: number) => `filter_causes AS (
  SELECT rc.id FROM root_cause rc WHERE rc.organisation_id = $1 AND rc.id = ANY($${param}::uuid[])
  UNION
  SELECT r.id FROM root_cause r JOIN filter_causes d ON r.organisation_id = $1 AND r.parent_id = d.id
)`;

function keyExpr(breakdown: TrendBreakdown): string {
  switch (breakdown) {
    case TrendBreakdown.none:
      return `'all'`;
    case TrendBreakdown.serviceArea:
      return 'c.service_area_id'; // grouped as uuid, cast to text after counting
    case TrendBreakdown.category:
      return 'c.category';
    case TrendBreakdown.channel:
      return 'c.channel';
    case TrendBreakdown.stage:
      return STAGE_KEY;
    case TrendBreakdown.outcome:
      return OUTCOME_KEY;
    case TrendBreakdown.rootCause:
      return `coalesce(rc.root_cause_id::text, 'none')`;
    case TrendBreakdown.contractor:
      return `coalesce(lower(c.contractor), '')`; // '' = not about a contractor
  }
}

/** The filters on the summary tables' columns (received_day and root_cause_day, alias d). */
function summaryFilterSql(filters: TrendFilters | null | undefined, params: unknown[]): string[] {
  const where: string[] = [];
  const add = (value: unknown) => `$${params.push(value)}`;
  if (!filters) return where;
  if (filters.serviceAreaIds?.length)
    where.push(`d.service_area_id = ANY(${add(filters.serviceAreaIds)}::uuid[])`);
  if (filters.categories?.length)
    where.push(`d.category = ANY(${add(filters.categories)}::text[])`);
  if (filters.channels?.length) where.push(`d.channel = ANY(${add(filters.channels)}::text[])`);
  if (filters.stage) where.push(`d.stage = ${add(filters.stage)}`);
  if (filters.outcome) where.push(`d.outcome = ${add(filters.outcome)}`);
  return where;
}

/** The summary column each breakdown groups by (the migration ReceivedSummaries stores the keys of keyExpr). */
function summaryKey(breakdown: TrendBreakdown): string {
  switch (breakdown) {
    case TrendBreakdown.none:
      return `'all'`;
    case TrendBreakdown.serviceArea:
      return 'd.service_area_id';
    case TrendBreakdown.category:
      return 'd.category';
    case TrendBreakdown.channel:
      return 'd.channel';
    case TrendBreakdown.stage:
      return 'd.stage';
    case TrendBreakdown.outcome:
      return 'd.outcome';
    case TrendBreakdown.rootCause:
      return `coalesce(d.root_cause_id::text, 'none')`;
    case TrendBreakdown.contractor:
      return 'd.contractor';
  }
}

/**
 * The first day of a period's first whole month (`mf`) and the day after its last whole month
 * (`me`), for a row with local dates `f` and `t`: [mf, me) is read by month, the days before and
 * after by day (none when me <= mf).
 */
const WHOLE_MONTHS = `CASE WHEN f = date_trunc('month', f)::date THEN f ELSE (date_trunc('month', f) + interval '1 month')::date END AS mf,
  date_trunc('month', t + 1)::date AS me`;

const SUMMARY_COLUMNS = 'service_area_id, category, channel, stage, outcome';

/**
 * Which summary a count reads: `received` and `root_cause` (every dimension, for filters),
 * `root_cause_total` (the cause alone) or `received_by` one dimension (migration
 * ReceivedByDimension: 'all', 'service_area', 'category', ...; its value as `key`).
 */
type Summary =
  | { kind: 'received' | 'root_cause' | 'root_cause_total' }
  | { kind: 'received_by'; dimension: string }
  | { kind: 'cause_subtree'; cause: string }
  | { kind: 'cause_subtree_by'; cause: string; dimension: string };

/**
 * The columns each summary gives as `d`. `cause_subtree` (migration CauseSubtreeSummaries): `n`
 * counts each complaint once, `complaints` once under each of its causes (`root_cause_id`).
 */
const SUMMARY_SELECT: Record<Summary['kind'], string> = {
  received: `${SUMMARY_COLUMNS}, contractor, received AS n`,
  root_cause: `${SUMMARY_COLUMNS}, root_cause_id, complaints AS n`,
  root_cause_total: 'root_cause_id, complaints AS n',
  received_by: 'key, received AS n',
  cause_subtree: `${SUMMARY_COLUMNS}, contractor, root_cause_id, complaints, counted AS n`,
  cause_subtree_by: 'key, complaints AS n',
};

/** The rows of one summary a period reads: its organisation, and its dimension or chosen cause. */
function summaryWhere(summary: Summary): string {
  switch (summary.kind) {
    case 'received_by':
      return ` AND dimension = '${summary.dimension}'`;
    case 'cause_subtree':
      return ` AND subtree_cause_id = ${summary.cause}`;
    case 'cause_subtree_by':
      return ` AND subtree_cause_id = ${summary.cause} AND dimension = '${summary.dimension}'`;
    default:
      return '';
  }
}

/** The received_by_* dimension of each breakdown with no filter (all but root cause). */
const RECEIVED_BY: Partial<Record<TrendBreakdown, string>> = {
  [TrendBreakdown.none]: 'all',
  [TrendBreakdown.serviceArea]: 'service_area',
  [TrendBreakdown.category]: 'category',
  [TrendBreakdown.channel]: 'channel',
  [TrendBreakdown.stage]: 'stage',
  [TrendBreakdown.outcome]: 'outcome',
  [TrendBreakdown.contractor]: 'contractor',
};

/**
 * The summary rows of the period in `w` (with f, t, mf, me): the days of its part months from
 * the summary's _day table, its whole months from its _month table, as `d` with the summary's
 * columns and `n`.
 */
function summaryRows(summary: Summary, w: string): string {
  const columns = SUMMARY_SELECT[summary.kind];
  const from = (grain: 'day' | 'month') =>
    `FROM ${summary.kind}_${grain} WHERE organisation_id = $1${summaryWhere(summary)}`;
  return `(SELECT ${columns} ${from('day')} AND date >= ${w}.f AND date < least(${w}.mf, ${w}.t + 1)
     UNION ALL SELECT ${columns} ${from('day')} AND date >= greatest(${w}.me, ${w}.mf) AND date <= ${w}.t
     UNION ALL SELECT ${columns} ${from('month')} AND month >= ${w}.mf AND month < ${w}.me) d`;
}

/**
 * One period's counts (`p`) by key, and its total (key NULL), from the summary tables. With no
 * filter from the narrow ones (a few rows per key and month, whatever the data's size), with
 * filters from the wide ones (a few thousand rows a month). By root cause a complaint counts
 * under each of its causes, so the total comes from the received tables.
 */
function summaryCounts(breakdown: TrendBreakdown, where: string[]): string {
  const rows = (summary: Summary) =>
    `FROM ${summaryRows(summary, 'p')} WHERE true ${where.map((w) => `AND ${w}`).join(' ')}`;
  const narrow = where.length === 0;
  const received: Summary = narrow
    ? { kind: 'received_by', dimension: RECEIVED_BY[breakdown] ?? 'all' }
    : { kind: 'received' };
  if (breakdown === TrendBreakdown.rootCause)
    return `SELECT ${summaryKey(breakdown)} AS key, sum(d.n)::int AS n ${rows({ kind: narrow ? 'root_cause_total' : 'root_cause' })} GROUP BY 1
            UNION ALL SELECT NULL, coalesce(sum(d.n), 0)::int ${rows(narrow ? { kind: 'received_by', dimension: 'all' } : received)}`;
  return `SELECT ${narrow ? 'd.key' : summaryKey(breakdown)} AS key, coalesce(sum(d.n), 0)::int AS n ${rows(received)}
           GROUP BY GROUPING SETS ((1), ())`;
}

/**
 * The one dimension of the filters other than the root cause (narrow dimension and the
 * condition on its `d.key`, parameters appended), or null when there are none or several.
 */
function oneDimensionFilter(
  filters: TrendFilters,
  params: unknown[],
): { dimension: string; breakdown: TrendBreakdown; where: string } | null {
  const add = (value: unknown) => `$${params.push(value)}`;
  const used: { dimension: string; breakdown: TrendBreakdown; where: () => string }[] = [];
  const use = (dimension: string, breakdown: TrendBreakdown, where: () => string) =>
    used.push({ dimension, breakdown, where });
  if (filters.serviceAreaIds?.length)
    use(
      'service_area',
      TrendBreakdown.serviceArea,
      () => `d.key::uuid = ANY(${add(filters.serviceAreaIds)}::uuid[])`,
    );
  if (filters.categories?.length)
    use(
      'category',
      TrendBreakdown.category,
      () => `d.key = ANY(${add(filters.categories)}::text[])`,
    );
  if (filters.channels?.length)
    use('channel', TrendBreakdown.channel, () => `d.key = ANY(${add(filters.channels)}::text[])`);
  if (filters.stage) use('stage', TrendBreakdown.stage, () => `d.key = ${add(filters.stage)}`);
  if (filters.outcome)
    use('outcome', TrendBreakdown.outcome, () => `d.key = ${add(filters.outcome)}`);
  const only = used[0];
  if (used.length !== 1 || !only) return null;
  return { dimension: only.dimension, breakdown: only.breakdown, where: only.where() };
}

/**
 * One period's counts (`p`) by key, and its total, for the complaints with a cause in the subtree
 * of the cause in parameter `cause` (migration CauseSubtreeSummaries: a complaint counts once
 * however many of its causes are in the subtree, and by root cause under each of its causes).
 * From the narrow cause_subtree_by_* when one dimension answers (no other filter; or one other
 * filter's dimension, with no breakdown or by that dimension), else from cause_subtree_*.
 */
function subtreeCounts(
  breakdown: TrendBreakdown,
  filters: TrendFilters,
  params: unknown[],
  cause: string,
): string {
  const rows = (summary: Summary, where: string[]) =>
    `FROM ${summaryRows(summary, 'p')} WHERE true ${where.map((w) => `AND ${w}`).join(' ')}`;
  const by = (dimension: string): Summary => ({ kind: 'cause_subtree_by', cause, dimension });
  const mark = params.length;
  const one = oneDimensionFilter(filters, params);
  if (one && (breakdown === TrendBreakdown.none || breakdown === one.breakdown))
    return `SELECT ${breakdown === TrendBreakdown.none ? `'all'` : 'd.key'} AS key, coalesce(sum(d.n), 0)::int AS n
              ${rows(by(one.dimension), [one.where])} GROUP BY GROUPING SETS ((1), ())`;
  params.length = mark; // the condition is not used
  const where = summaryFilterSql(filters, params);
  if (where.length === 0) {
    if (breakdown === TrendBreakdown.rootCause)
      return `SELECT d.key, sum(d.n)::int AS n ${rows(by('root_cause'), [])} GROUP BY 1
              UNION ALL SELECT NULL, coalesce(sum(d.n), 0)::int ${rows(by('all'), [])}`;
    return `SELECT d.key, coalesce(sum(d.n), 0)::int AS n ${rows(by(RECEIVED_BY[breakdown] ?? 'all'), [])}
             GROUP BY GROUPING SETS ((1), ())`;
  }
  const wide: Summary = { kind: 'cause_subtree', cause };
  if (breakdown === TrendBreakdown.rootCause)
    return `SELECT d.root_cause_id::text AS key, sum(d.complaints)::int AS n ${rows(wide, where)} GROUP BY 1
            UNION ALL SELECT NULL, coalesce(sum(d.n), 0)::int ${rows(wide, where)}`;
  return `SELECT ${summaryKey(breakdown)} AS key, coalesce(sum(d.n), 0)::int AS n ${rows(wide, where)}
           GROUP BY GROUPING SETS ((1), ())`;
}

/**
 * One period's counts by key and its total from the complaints themselves: with a root-cause
 * filter (a complaint with any cause in a subtree counts once, which no summary row can tell).
 * Per period one index range scan of received_at between the local midnights that bound it.
 */
function complaintCounts(breakdown: TrendBreakdown, where: string[]): string {
  const rootJoin =
    breakdown === TrendBreakdown.rootCause
      ? 'LEFT JOIN complaint_root_cause rc ON rc.organisation_id = c.organisation_id AND rc.complaint_id = c.id'
      : '';
  const counted = breakdown === TrendBreakdown.rootCause ? 'count(DISTINCT c.id)' : 'count(*)';
  return `SELECT ${keyExpr(breakdown)} AS key, ${counted}::int AS n
          FROM complaint c ${rootJoin}
         WHERE c.organisation_id = $1 AND c.received_at >= ${LOCAL_START('p.f')} AND c.received_at < ${LOCAL_END('p.t')}
           AND ${COUNTS_AS_RECEIVED_SQL} ${where.map((w) => `AND ${w}`).join(' ')}
         GROUP BY GROUPING SETS ((1), ())`;
}

export interface TrendResult {
  total: number;
  buckets: TrendBucket[];
}

/**
 * Complaints received (indicator A: not what was not a complaint, nor duplicates) from `from` to `to` (local dates) by month / quarter / year of local
 * receipt and by one breakdown, zero-filled for every key that appears (and, by service area,
 * every active service area), in ONE statement.
 */
export async function complaintTrends(
  ds: DataSource,
  organisationId: string,
  grain: TrendGrain,
  breakdown: TrendBreakdown,
  from: string,
  to: string,
  filters: TrendFilters | null | undefined,
  yearStartMonth = 1,
): Promise<TrendResult> {
  const params: unknown[] = [organisationId, from, to, periodStart(from, grain, yearStartMonth)];
  const ctes: string[] = [];
  let counts: string;
  if (filters?.rootCauseIds?.length === 1) {
    // one cause (what the trends page sends): its subtree's summary rows
    const cause = `$${params.push(filters.rootCauseIds[0])}::uuid`;
    counts = subtreeCounts(breakdown, filters, params, cause);
  } else if (filters?.rootCauseIds?.length) {
    // several causes: a complaint under two of them must count once, which no per-cause row tells
    const where = filterSql(filters, params);
    ctes.push(FILTER_CAUSES(params.length));
    counts = complaintCounts(breakdown, where);
  } else counts = summaryCounts(breakdown, summaryFilterSql(filters, params));
  const extraKeys =
    breakdown === TrendBreakdown.serviceArea
      ? `UNION SELECT sa.id::text FROM service_area sa WHERE sa.organisation_id = $1 AND sa.active
         ${filters?.serviceAreaIds?.length ? `AND sa.id = ANY($${params.indexOf(filters.serviceAreaIds) + 1}::uuid[])` : ''}`
      : '';
  const label =
    breakdown === TrendBreakdown.serviceArea
      ? `(SELECT sa.name FROM service_area sa WHERE sa.organisation_id = $1 AND sa.id::text = k.key)`
      : breakdown === TrendBreakdown.rootCause
        ? `(SELECT coalesce(pr.name || ' › ', '') || r.name FROM root_cause r LEFT JOIN root_cause pr ON pr.organisation_id = r.organisation_id AND pr.id = r.parent_id
           WHERE r.organisation_id = $1 AND r.id::text = k.key)`
        : breakdown === TrendBreakdown.contractor
          ? `CASE WHEN k.key = '' THEN 'Not about a contractor' ELSE (SELECT min(x.contractor) FROM complaint x
               WHERE x.organisation_id = $1 AND lower(x.contractor) = k.key AND x.contractor IS NOT NULL) END`
          : 'NULL::text';
  const step = grain === TrendGrain.quarter ? '3 months' : `1 ${grain}`;
  const sql = `
    WITH RECURSIVE ${[
      ...ctes,
      `
    periods AS (
      SELECT *, ${WHOLE_MONTHS} FROM (
      SELECT g::date AS period, greatest(g::date, $2::date) AS f, least((g + interval '${step}')::date - 1, $3::date) AS t
        FROM generate_series($4::date, $3::date, interval '${step}') g) g)`,
      `
    counts AS (
      SELECT p.period, x.key::text AS key, x.n FROM periods p CROSS JOIN LATERAL (${counts}) x)`,
      `
    keys AS (SELECT DISTINCT key FROM counts WHERE key IS NOT NULL AND n > 0 ${extraKeys})`,
      // each key's label once, not once per period
      `
    labelled AS MATERIALIZED (SELECT k.key, ${label} AS key_label FROM keys k)`,
    ].join(',')}
    SELECT p.period::text AS period, k.key, k.key_label, coalesce(n.n, 0) AS count,
           (SELECT coalesce(sum(n), 0)::int FROM counts WHERE key IS NULL) AS total
      FROM periods p CROSS JOIN labelled k LEFT JOIN counts n ON n.period = p.period AND n.key = k.key
     ORDER BY p.period, k.key`;
  const rows: {
    period: string;
    key: string;
    key_label: string | null;
    count: number;
    total: number | null;
  }[] = await ds.query(sql, params);
  const buckets = rows.map((r) => ({
    period: r.period,
    label: periodLabel(r.period, grain, yearStartMonth),
    key: r.key,
    keyLabel: r.key_label ?? LABELS[r.key] ?? r.key,
    count: r.count,
  }));
  buckets.sort((a, b) =>
    a.period < b.period
      ? -1
      : a.period > b.period
        ? 1
        : a.keyLabel.localeCompare(b.keyLabel, 'en-GB'),
  );
  let total = rows[0]?.total ?? null;
  if (total === null) {
    // no key at all (no complaints and no service areas): the total is 0 by definition
    total = 0;
  }
  return { total, buckets };
}

/**
 * Service areas or categories with few or no complaints in `period` against the mean of the
 * previous comparable periods, in ONE statement over received_by_day and received_by_month. Every active service area is considered, so
 * areas with no complaints at all appear.
 */
export async function quietAreas(
  ds: DataSource,
  organisationId: string,
  dimension: QuietDimension,
  period: Period,
  history: Period[],
  threshold: number,
): Promise<QuietArea[]> {
  const windows = [period, ...history];
  const summary: Summary = {
    kind: 'received_by',
    dimension: dimension === QuietDimension.serviceArea ? 'service_area' : 'category',
  };
  const sql = `
    WITH w AS (SELECT *, ${WHOLE_MONTHS} FROM unnest($2::int[], $3::date[], $4::date[]) AS u(k, f, t)),
    counts AS (
      SELECT w.k, x.key, x.n FROM w CROSS JOIN LATERAL (
        SELECT d.key, sum(d.n)::int AS n FROM ${summaryRows(summary, 'w')}
         GROUP BY 1 HAVING sum(d.n) > 0) x),
    keys AS (SELECT DISTINCT key FROM counts ${dimension === QuietDimension.serviceArea ? 'UNION SELECT id::text FROM service_area WHERE organisation_id = $1 AND active' : ''})
    SELECT keys.key, ${dimension === QuietDimension.serviceArea ? '(SELECT name FROM service_area sa WHERE sa.organisation_id = $1 AND sa.id::text = keys.key)' : 'keys.key'} AS label,
           coalesce(sum(counts.n) FILTER (WHERE counts.k = 0), 0)::int AS count,
           coalesce(sum(counts.n) FILTER (WHERE counts.k > 0), 0)::int AS history
      FROM keys LEFT JOIN counts ON counts.key = keys.key
     GROUP BY keys.key`;
  const rows: { key: string; label: string; count: number; history: number }[] = await ds.query(
    sql,
    [
      organisationId,
      windows.map((_, i) => i),
      windows.map((p) => p.from),
      windows.map((p) => p.to),
    ],
  );
  return rows
    .map((r) => {
      const historicalAverage = r.history / history.length;
      return {
        key: r.key,
        label: r.label,
        count: r.count,
        historicalAverage,
        change: r.count - historicalAverage,
        changeShare: historicalAverage === 0 ? null : r.count / historicalAverage - 1,
      };
    })
    .filter((r) => r.count === 0 || r.count <= threshold * r.historicalAverage)
    .sort(
      (a, b) => a.count - b.count || a.change - b.change || a.label.localeCompare(b.label, 'en-GB'),
    );
}
