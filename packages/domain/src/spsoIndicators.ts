import { ChpRuleError } from './errors';
import { assertIsoDate } from './internal/dates';
import { foldEvents } from './internal/fold';
import { localDate } from './localDate';
import { countsAsReceived } from './otherOutcomes';
import {
  OTHER_OUTCOMES,
  OUTCOMES,
  type OtherOutcome,
  type ComplaintEvent,
  type IsoDate,
  type Outcome,
  type StageTimeline,
  type TimelineSettings,
} from './types';

export type IndicatorBucket = 'stage1' | 'stage2Direct' | 'stage2Escalated';

export interface BucketIndicators {
  closed: number;
  outcomes: Record<Outcome, number>;
  averageWorkingDays: number | null;
  withinTimescale: number;
  extended: number;
}

export interface SpsoIndicators {
  received: number;
  stages: Record<IndicatorBucket, BucketIndicators>;
  /** Records ended with an outcome beyond the four, by its local date: never closures. */
  otherOutcomes: Record<OtherOutcome, number>;
}

function emptyBucket(): BucketIndicators & { totalDays: number } {
  const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  return {
    closed: 0,
    outcomes,
    averageWorkingDays: null,
    withinTimescale: 0,
    extended: 0,
    totalDays: 0,
  };
}

/**
 * SPSO indicators A-F for a period (docs/procedure.md, SPSO performance indicators). `received` counts complaints whose local date
 * of receipt (not day one) is in the period; closures count in the bucket of the stage closed,
 * by local closing date; a complaint closed at stage 1 and again after escalation counts in both
 * buckets. Not a complaint and duplicates are not complaints received (`countsAsReceived`); the
 * outcomes beyond the four are counted apart, by their local date, and none is a closure. averageWorkingDays is the unrounded mean. Any invalid complaint throws.
 *
 * @example
 * spsoIndicators([{ events }], { from: '2026-04-01', to: '2026-06-30' }).stages.stage1.closed
 */
export function spsoIndicators(
  complaints: { events: ComplaintEvent[] }[],
  period: { from: IsoDate; to: IsoDate },
  settings: TimelineSettings = {},
): SpsoIndicators {
  if (!Array.isArray(complaints))
    throw new ChpRuleError('INVALID_EVENT', 'complaints must be an array');
  if (period === null || typeof period !== 'object')
    throw new ChpRuleError('INVALID_PERIOD', 'expected { from, to }');
  const from = assertIsoDate(period.from, 'period.from');
  const to = assertIsoDate(period.to, 'period.to');
  if (to < from)
    throw new ChpRuleError('INVALID_PERIOD', `period ends (${to}) before it starts (${from})`);
  const inPeriod = (d: IsoDate | null): boolean => d !== null && d >= from && d <= to;

  const buckets = {
    stage1: emptyBucket(),
    stage2Direct: emptyBucket(),
    stage2Escalated: emptyBucket(),
  };
  let received = 0;
  const otherOutcomes = Object.fromEntries(OTHER_OUTCOMES.map((o) => [o, 0])) as Record<
    OtherOutcome,
    number
  >;
  const add = (bucket: IndicatorBucket, t: StageTimeline | null) => {
    if (!t || !inPeriod(t.closedOn)) return;
    const b = buckets[bucket];
    b.closed++;
    b.outcomes[t.outcome!]++;
    b.totalDays += t.workingDays!;
    if (t.withinTimescale) b.withinTimescale++;
    if (t.extendedDueOn !== null) b.extended++;
  };
  for (const c of complaints) {
    const s = foldEvents(c?.events, settings);
    if (s.receivedAt === null) continue;
    if (inPeriod(localDate(s.receivedAt)) && countsAsReceived(s.ended?.outcome)) received++;
    if (s.ended && inPeriod(s.ended.on)) otherOutcomes[s.ended.outcome]++;
    add('stage1', s.stage1);
    add(s.receivedStage === 2 ? 'stage2Direct' : 'stage2Escalated', s.stage2);
  }
  const stages = {} as Record<IndicatorBucket, BucketIndicators>;
  for (const key of ['stage1', 'stage2Direct', 'stage2Escalated'] as const) {
    const { totalDays, ...b } = buckets[key];
    stages[key] = { ...b, averageWorkingDays: b.closed === 0 ? null : totalDays / b.closed };
  }
  return { received, stages, otherOutcomes };
}
