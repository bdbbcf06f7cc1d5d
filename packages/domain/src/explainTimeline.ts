import { complaintTimeline } from './complaintTimeline';
import {
  explainDayOne,
  explainExtendedDue,
  explainStageOneDue,
  explainStageTwoAcknowledgeBy,
  explainStageTwoDue,
  type DateExplanation,
} from './explainDate';
import type { ExplainSettings } from './skippedDay';
import type { ComplaintEvent, Stage, StageTimeline } from './types';

function stageExplanations(
  stage: Stage,
  at: string,
  t: StageTimeline,
  settings: ExplainSettings,
): DateExplanation[] {
  const dayOne = explainDayOne(at, stage, settings);
  const day1 = dayOne.resultDate;
  const out = [dayOne];
  if (stage === 2) out.push(explainStageTwoAcknowledgeBy(day1, settings));
  out.push(stage === 1 ? explainStageOneDue(day1, settings) : explainStageTwoDue(day1, settings));
  if (t.extendedDueOn !== null)
    out.push(explainExtendedDue(stage, day1, t.extendedDueOn, settings));
  return out;
}

/**
 * "Why this date" for every date of each stage of a complaint (day one, acknowledge-by, due and
 * extended due), from its events (oldest first) as {@link complaintTimeline} reads them. Each
 * count starts from the explained day one, so a test comparing the two checks the calendar walk
 * against the dates.
 *
 * @example
 * explainTimeline([{ type: 'received', at: '2026-11-26T10:00:00Z', stage: 1 }])[1]!.resultDate
 * // '2026-12-03': stage 1 day 5, across the weekend and St Andrew's Day
 */
export function explainTimeline(
  events: ComplaintEvent[],
  settings: ExplainSettings = {},
): DateExplanation[] {
  const { stage1, stage2 } = complaintTimeline(events, settings);
  const received = events.find((e) => e.type === 'received')!;
  const escalated = events.find((e) => e.type === 'escalated');
  const out: DateExplanation[] = [];
  if (stage1) out.push(...stageExplanations(1, received.at, stage1, settings));
  if (stage2) out.push(...stageExplanations(2, (escalated ?? received).at, stage2, settings));
  return out;
}
