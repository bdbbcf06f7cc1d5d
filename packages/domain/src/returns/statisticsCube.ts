import type { ComplaintChannel } from '../channels';
import { toCsv, type CsvCell } from '../csvCell';
import { ChpRuleError } from '../errors';
import { assertIsoDate } from '../internal/dates';
import { foldEvents } from '../internal/fold';
import { localDate } from '../localDate';
import { countsAsReceived } from '../otherOutcomes';
import { perThousand } from '../perThousand';
import {
  OUTCOMES,
  type ComplaintEvent,
  type IsoDate,
  type Outcome,
  type TimelineSettings,
} from '../types';
import { RETURN_BUCKETS } from './spsoLayout';

/**
 * The columns of the statistics CSV, in order: the shape statistics.gov.scot publishes its data
 * cubes in (one row per observation; docs/api.md, Regulator returns). statistics.gov.scot's
 * FeatureCode is a geography code; a complaints-handling body is not a geography, so the first
 * column names the organisation instead.
 */
export const STATISTICS_CSV_COLUMNS = [
  'FeatureName',
  'DateCode',
  'Measurement',
  'Units',
  'Value',
  'Stage',
  'Reason',
  'Outcome',
  'Channel',
] as const;
export type StatisticsColumn = (typeof STATISTICS_CSV_COLUMNS)[number];
export type StatisticsRow = Record<StatisticsColumn, string | number>;

export const STATISTICS_MEASUREMENTS = ['Count', 'Mean', 'Ratio'] as const;
export const STATISTICS_STAGES = [
  'All',
  'Stage 1',
  'Stage 2 direct',
  'Stage 2 after escalation',
] as const;
export const STATISTICS_OUTCOMES = [
  'All',
  'Resolved',
  'Upheld',
  'Partially upheld',
  'Not upheld',
] as const;

export type CubeStage = (typeof RETURN_BUCKETS)[number];

const STAGE_WORDS: Record<CubeStage, (typeof STATISTICS_STAGES)[number]> = {
  stage1: 'Stage 1',
  stage2Direct: 'Stage 2 direct',
  stage2Escalated: 'Stage 2 after escalation',
};
const OUTCOME_WORDS: Record<Outcome, (typeof STATISTICS_OUTCOMES)[number]> = {
  resolved: 'Resolved',
  upheld: 'Upheld',
  partially_upheld: 'Partially upheld',
  not_upheld: 'Not upheld',
};
export const CHANNEL_WORDS: Record<ComplaintChannel, string> = {
  phone: 'Phone',
  email: 'Email',
  letter: 'Letter',
  in_person: 'In person',
  web_form: 'Web form',
  social_media: 'Social media',
  other: 'Other',
};

/**
 * One cell of the cube before it is written: complaints received (by the stage first received at,
 * stage1 or stage2Direct) or closed (by stage bucket and outcome), for one category and channel,
 * with the working days of the closures added up.
 */
export interface CubeCell {
  kind: 'received' | 'closed';
  stage: CubeStage;
  reason: string;
  outcome: Outcome | null;
  channel: ComplaintChannel;
  count: number;
  workingDays: number;
}

const cellKey = (c: Omit<CubeCell, 'count' | 'workingDays'>) =>
  [c.kind, c.stage, c.reason, c.outcome ?? '', c.channel].join('\u0000');

/** Cells in one order (kind, stage, outcome, reason, channel), so two sources compare. */
export function sortCubeCells(cells: CubeCell[]): CubeCell[] {
  const order = (c: CubeCell) =>
    [
      c.kind,
      RETURN_BUCKETS.indexOf(c.stage),
      c.outcome === null ? -1 : OUTCOMES.indexOf(c.outcome),
      c.reason,
      c.channel,
    ] as const;
  return [...cells].sort((a, b) => {
    const x = order(a);
    const y = order(b);
    for (let i = 0; i < x.length; i++) {
      if (x[i] === y[i]) continue;
      return typeof x[i] === 'number'
        ? (x[i] as number) - (y[i] as number)
        : String(x[i]) < String(y[i])
          ? -1
          : 1;
    }
    return 0;
  });
}

/**
 * The cube's cells for a period, folded from each complaint's journey: the reference the SQL is
 * tested against. Receipts by local date of receipt (not a complaint and duplicates excluded),
 * closures by local closing date in their SPSO bucket; only cells with complaints.
 */
export function statisticsCells(
  complaints: { events: ComplaintEvent[]; category: string; channel: ComplaintChannel }[],
  period: { from: IsoDate; to: IsoDate },
  settings: TimelineSettings = {},
): CubeCell[] {
  const from = assertIsoDate(period?.from, 'period.from');
  const to = assertIsoDate(period?.to, 'period.to');
  if (to < from)
    throw new ChpRuleError('INVALID_PERIOD', `period ends (${to}) before it starts (${from})`);
  const inPeriod = (d: IsoDate | null) => d !== null && d >= from && d <= to;
  const cells = new Map<string, CubeCell>();
  const add = (c: Omit<CubeCell, 'count' | 'workingDays'>, workingDays: number) => {
    const key = cellKey(c);
    const cell = cells.get(key) ?? { ...c, count: 0, workingDays: 0 };
    cell.count++;
    cell.workingDays += workingDays;
    cells.set(key, cell);
  };
  for (const c of complaints) {
    const s = foldEvents(c.events, settings);
    if (s.receivedAt === null) continue;
    const reason = c.category.trim();
    const base = { reason, channel: c.channel };
    if (inPeriod(localDate(s.receivedAt)) && countsAsReceived(s.ended?.outcome))
      add(
        {
          ...base,
          kind: 'received',
          stage: s.receivedStage === 2 ? 'stage2Direct' : 'stage1',
          outcome: null,
        },
        0,
      );
    if (s.stage1 && inPeriod(s.stage1.closedOn))
      add(
        { ...base, kind: 'closed', stage: 'stage1', outcome: s.stage1.outcome },
        s.stage1.workingDays!,
      );
    if (s.stage2 && inPeriod(s.stage2.closedOn))
      add(
        {
          ...base,
          kind: 'closed',
          stage: s.receivedStage === 2 ? 'stage2Direct' : 'stage2Escalated',
          outcome: s.stage2.outcome,
        },
        s.stage2.workingDays!,
      );
  }
  return sortCubeCells([...cells.values()]);
}

/**
 * statistics.gov.scot's reference period code: '2025' for a calendar year, '2025/2026' for a
 * twelve-month year starting on the first of another month (a financial or academic year),
 * otherwise the ISO interval '2025-04-01/2025-06-30'.
 */
export function statisticsDateCode(period: { from: IsoDate; to: IsoDate }): string {
  const [fy, fm, fd] = period.from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = period.to.split('-').map(Number) as [number, number, number];
  const lastOfMonthBefore = new Date(Date.UTC(fy + 1, fm - 1, 0));
  const wholeYear =
    fd === 1 &&
    ty === lastOfMonthBefore.getUTCFullYear() &&
    tm === lastOfMonthBefore.getUTCMonth() + 1 &&
    td === lastOfMonthBefore.getUTCDate();
  if (wholeYear) return fm === 1 ? String(fy) : `${fy}/${fy + 1}`;
  return `${period.from}/${period.to}`;
}

export const STATISTICS_DATE_CODE = /^\d{4}(\/\d{4})?$|^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/;

/**
 * The observations of the cube (docs/api.md, Regulator returns): complaints received by stage
 * first received at, category and channel; complaints closed by stage bucket, category, outcome
 * and channel; the mean working days to close per stage bucket; and received per 1,000 of the
 * population when the organisation has one (means and ratios to two decimal places). A dimension an observation is not broken down by
 * reads 'All'.
 */
export function statisticsRows(
  cells: CubeCell[],
  meta: {
    organisation: string;
    period: { from: IsoDate; to: IsoDate };
    population: { count: number | null; wording: string };
  },
): StatisticsRow[] {
  const dateCode = statisticsDateCode(meta.period);
  const row = (
    measurement: (typeof STATISTICS_MEASUREMENTS)[number],
    units: string,
    value: number,
    stage: string,
    reason: string,
    outcome: string,
    channel: string,
  ): StatisticsRow => ({
    FeatureName: meta.organisation,
    DateCode: dateCode,
    Measurement: measurement,
    Units: units,
    Value: value,
    Stage: stage,
    Reason: reason,
    Outcome: outcome,
    Channel: channel,
  });
  const sorted = sortCubeCells(cells);
  const rows = sorted.map((c) =>
    row(
      'Count',
      c.kind === 'received' ? 'Complaints received' : 'Complaints closed',
      c.count,
      STAGE_WORDS[c.stage],
      c.reason,
      c.outcome === null ? 'All' : OUTCOME_WORDS[c.outcome],
      CHANNEL_WORDS[c.channel],
    ),
  );
  for (const stage of RETURN_BUCKETS) {
    const closed = sorted.filter((c) => c.kind === 'closed' && c.stage === stage);
    const n = closed.reduce((s, c) => s + c.count, 0);
    if (n === 0) continue;
    const days = closed.reduce((s, c) => s + c.workingDays, 0);
    rows.push(
      row(
        'Mean',
        'Working days to close',
        twoPlaces(days / n),
        STAGE_WORDS[stage],
        'All',
        'All',
        'All',
      ),
    );
  }
  const { count, wording } = meta.population;
  if (count !== null && count > 0) {
    const received = sorted.filter((c) => c.kind === 'received').reduce((s, c) => s + c.count, 0);
    rows.push(
      row(
        'Ratio',
        `Complaints received per 1,000 ${wording}`,
        twoPlaces(perThousand(received, count)!),
        'All',
        'All',
        'All',
        'All',
      ),
    );
  }
  return rows;
}

const twoPlaces = (n: number) => Math.round(n * 100) / 100;

/** The CSV text: the header, then one line per observation. */
export function statisticsCsv(rows: StatisticsRow[]): string {
  return toCsv([
    [...STATISTICS_CSV_COLUMNS],
    ...rows.map((r) => STATISTICS_CSV_COLUMNS.map((k) => r[k] as CsvCell)),
  ]);
}

/**
 * What is wrong with one observation against the column list and value types (empty when it is
 * valid): every column present and no other; DateCode a reference period code; Measurement,
 * Stage and Outcome from their lists; Value a finite number, a whole number of at least 0 for a
 * Count; text columns not empty.
 */
export function statisticsRowProblems(row: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const keys = Object.keys(row);
  for (const k of STATISTICS_CSV_COLUMNS) if (!(k in row)) problems.push(`${k} is missing`);
  for (const k of keys)
    if (!(STATISTICS_CSV_COLUMNS as readonly string[]).includes(k))
      problems.push(`${k} is not a column`);
  const text = (k: StatisticsColumn) => {
    if (typeof row[k] !== 'string' || row[k].trim() === '') problems.push(`${k} is empty`);
  };
  (['FeatureName', 'Units', 'Reason', 'Channel'] as const).forEach(text);
  if (!STATISTICS_DATE_CODE.test(String(row['DateCode'])))
    problems.push('DateCode is not a period code');
  const oneOf = (k: StatisticsColumn, list: readonly string[]) => {
    if (!list.includes(String(row[k]))) problems.push(`${k} is not one of ${list.join(', ')}`);
  };
  oneOf('Measurement', STATISTICS_MEASUREMENTS);
  oneOf('Stage', STATISTICS_STAGES);
  oneOf('Outcome', STATISTICS_OUTCOMES);
  const value = row['Value'];
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    problems.push('Value is not a number of at least 0');
  else if (row['Measurement'] === 'Count' && !Number.isInteger(value))
    problems.push('Value of a Count is not a whole number');
  return problems;
}
