import { foldEvents, type ReplayOptions } from './internal/fold';
import type { ComplaintEvent, IsoDate, OtherOutcome, Stage, TimelineSettings } from './types';

export interface ComplaintState {
  /** null before the complaint is received. */
  stage: Stage | null;
  /** 'ended': an outcome beyond the four was recorded (see `otherOutcome`); nothing follows it. */
  status: 'not_received' | 'open' | 'closed' | 'ended';
  /** Not a complaint, withdrawn, out of time or duplicate (docs/procedure.md, Before stage 1). */
  otherOutcome: OtherOutcome | null;
  /** The local date that outcome was recorded. */
  otherOutcomeOn: IsoDate | null;
  /** How the complaint reached stage 2, if it did. */
  route: 'stage1' | 'stage2Direct' | 'stage2Escalated' | null;
  /** Stage 1 was transferred to stage 2 while still open (no stage 1 closure). */
  transferredOpen: boolean;
  acknowledged: boolean;
  awareOn: IsoDate | null;
}

/**
 * Where a complaint stands after its events. Stage 1 closed and not escalated counts as closed:
 * the customer may still escalate, which reopens the complaint at stage 2.
 *
 * @example
 * complaintState([{ type: 'received', at: '2026-03-30T09:00:00Z', stage: 2 }]) // { stage: 2, status: 'open', route: 'stage2Direct', ... }
 */
export function complaintState(
  events: ComplaintEvent[],
  settings: TimelineSettings = {},
  options: ReplayOptions = {},
): ComplaintState {
  const s = foldEvents(events, settings, options.recorded === true);
  const current = s.stage === 1 ? s.stage1 : s.stage === 2 ? s.stage2 : null;
  return {
    stage: s.stage,
    status:
      current === null ? 'not_received' : s.ended ? 'ended' : current.closedOn ? 'closed' : 'open',
    otherOutcome: s.ended?.outcome ?? null,
    otherOutcomeOn: s.ended?.on ?? null,
    route:
      s.receivedStage === null
        ? null
        : s.receivedStage === 2
          ? 'stage2Direct'
          : s.escalated
            ? 'stage2Escalated'
            : 'stage1',
    transferredOpen: s.escalated && s.stage1 !== null && s.stage1.closedOn === null,
    acknowledged: s.stage2?.acknowledgedOn != null,
    awareOn: s.awareOn,
  };
}
