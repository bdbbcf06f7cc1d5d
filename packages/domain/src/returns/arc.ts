import { ChpRuleError } from '../errors';
import { assertIsoDate } from '../internal/dates';
import { foldEvents } from '../internal/fold';
import { localDate } from '../localDate';
import { countsAsReceived } from '../otherOutcomes';
import type { ComplaintEvent, IsoDate, StageTimeline, TimelineSettings } from '../types';

/** One stage of the Scottish Housing Regulator's Annual Return on the Charter complaint indicators. */
export interface ArcStageFigures {
  /** Complaints received at this stage in the year (stage 2: straight to stage 2 or escalated). */
  received: number;
  /** Complaints responded to in full (closed at this stage) in the year. */
  respondedInFull: number;
  /** Working days of those full responses, added up. */
  totalWorkingDays: number;
  /** totalWorkingDays / respondedInFull, unrounded; null when none. */
  averageWorkingDays: number | null;
  /** Full responses on or before day 5 (stage 1) or day 20 (stage 2), extensions not counting. */
  withinTimescale: number;
}

export interface ArcIndicators {
  stage1: ArcStageFigures;
  stage2: ArcStageFigures;
}

/**
 * How the year's receipts split, the figures the reconciliation with the SPSO's indicator A
 * needs: complaints first received at stage 1 and straight at stage 2 (both by local date of
 * receipt), and complaints escalated to stage 2 (by local date of escalation, whenever first
 * received). Not a complaint and duplicates count nowhere (docs/procedure.md, Before stage 1).
 */
export interface ArcReceipts {
  receivedAtStage1: number;
  receivedAtStage2: number;
  escalated: number;
}

function checkedPeriod(period: { from: IsoDate; to: IsoDate }) {
  if (period === null || typeof period !== 'object')
    throw new ChpRuleError('INVALID_PERIOD', 'expected { from, to }');
  const from = assertIsoDate(period.from, 'period.from');
  const to = assertIsoDate(period.to, 'period.to');
  if (to < from)
    throw new ChpRuleError('INVALID_PERIOD', `period ends (${to}) before it starts (${from})`);
  return { from, to };
}

function emptyStage(): ArcStageFigures {
  return {
    received: 0,
    respondedInFull: 0,
    totalWorkingDays: 0,
    averageWorkingDays: null,
    withinTimescale: 0,
  };
}

/**
 * The year's receipts by stage (ArcReceipts), folded from each complaint's journey: the
 * reference the SQL is tested against.
 */
export function arcReceipts(
  complaints: { events: ComplaintEvent[] }[],
  period: { from: IsoDate; to: IsoDate },
  settings: TimelineSettings = {},
): ArcReceipts {
  if (!Array.isArray(complaints))
    throw new ChpRuleError('INVALID_EVENT', 'complaints must be an array');
  const { from, to } = checkedPeriod(period);
  const inPeriod = (d: IsoDate) => d >= from && d <= to;
  const receipts: ArcReceipts = { receivedAtStage1: 0, receivedAtStage2: 0, escalated: 0 };
  for (const c of complaints) {
    const s = foldEvents(c?.events, settings);
    if (s.receivedAt === null || !countsAsReceived(s.ended?.outcome)) continue;
    if (inPeriod(localDate(s.receivedAt))) {
      if (s.receivedStage === 2) receipts.receivedAtStage2++;
      else receipts.receivedAtStage1++;
    }
    const escalation = c.events.find((e) => e.type === 'escalated');
    if (escalation && inPeriod(localDate(escalation.at))) receipts.escalated++;
  }
  return receipts;
}

/**
 * The ARC complaint indicators for a year (docs/procedure.md, Regulator returns): unlike the
 * SPSO's exclusive buckets, an escalated complaint is counted at stage 1 AND at stage 2 -
 * received at stage 2 when escalated, responded to at stage 2 when closed there. Responses are
 * closures by local closing date; the outcomes beyond the four are never responses.
 *
 * @example
 * arcIndicators([{ events }], { from: '2026-04-01', to: '2027-03-31' }).stage2.received
 */
export function arcIndicators(
  complaints: { events: ComplaintEvent[] }[],
  period: { from: IsoDate; to: IsoDate },
  settings: TimelineSettings = {},
): ArcIndicators {
  const receipts = arcReceipts(complaints, period, settings);
  const { from, to } = checkedPeriod(period);
  const stage1 = emptyStage();
  const stage2 = emptyStage();
  stage1.received = receipts.receivedAtStage1;
  stage2.received = receipts.receivedAtStage2 + receipts.escalated;
  const respond = (f: ArcStageFigures, t: StageTimeline | null) => {
    if (!t || t.closedOn === null || t.closedOn < from || t.closedOn > to) return;
    f.respondedInFull++;
    f.totalWorkingDays += t.workingDays!;
    if (t.withinTimescale) f.withinTimescale++;
  };
  for (const c of complaints) {
    const s = foldEvents(c.events, settings);
    if (s.receivedAt === null) continue;
    respond(stage1, s.stage1);
    respond(stage2, s.stage2);
  }
  for (const f of [stage1, stage2])
    f.averageWorkingDays = f.respondedInFull === 0 ? null : f.totalWorkingDays / f.respondedInFull;
  return { stage1, stage2 };
}
