import { dayOne as dayOneOf } from '../dayOne';
import { ChpRuleError } from '../errors';
import { isWorkingDay } from '../isWorkingDay';
import { localDate } from '../localDate';
import { stageOneDueDate } from '../stageOneDueDate';
import { stageOneLatestExtension } from '../stageOneLatestExtension';
import { stageTwoAcknowledgeBy } from '../stageTwoAcknowledgeBy';
import { stageTwoDueDate } from '../stageTwoDueDate';
import { workingDaysBetween } from '../workingDaysBetween';
import {
  OTHER_OUTCOMES,
  OUTCOMES,
  type ComplaintEvent,
  type OtherOutcome,
  type IsoDate,
  type Stage,
  type StageTimeline,
  type TimelineSettings,
} from '../types';
import { assertIsoDate } from './dates';
import { instantMs } from './instants';
import { isList } from './isList';

export interface FoldState {
  receivedAt: string | null;
  receivedStage: Stage | null;
  awareOn: IsoDate | null;
  stage: Stage | null;
  escalated: boolean;
  stage1: StageTimeline | null;
  stage2: StageTimeline | null;
  /** An outcome beyond the four (docs/procedure.md, Before stage 1), with its local date. */
  ended: { outcome: OtherOutcome; on: IsoDate } | null;
  lastMs: number;
}

const EVENT_TYPES = ['received', 'extended', 'escalated', 'acknowledged', 'closed', 'ended'];

export function emptyState(): FoldState {
  return {
    receivedAt: null,
    receivedStage: null,
    awareOn: null,
    stage: null,
    escalated: false,
    stage1: null,
    stage2: null,
    ended: null,
    lastMs: -Infinity,
  };
}

function openStage(stage: Stage, day1: IsoDate, settings: TimelineSettings): StageTimeline {
  return {
    dayOne: day1,
    dueOn: stage === 1 ? stageOneDueDate(day1, settings) : stageTwoDueDate(day1, settings),
    extendedDueOn: null,
    acknowledgeBy: stage === 2 ? stageTwoAcknowledgeBy(day1, settings) : null,
    acknowledgedOn: null,
    closedOn: null,
    outcome: null,
    workingDays: null,
    withinTimescale: null,
  };
}

function checkStage(stage: unknown): Stage {
  if (stage !== 1 && stage !== 2)
    throw new ChpRuleError('INVALID_STAGE', `stage must be 1 or 2, got ${String(stage)}`);
  return stage;
}

/**
 * How a journey is read: `recorded` for a stored journey, whose extended dates stand as they were
 * agreed whatever the calendar has become since (see {@link applyEvent}).
 */
export interface ReplayOptions {
  recorded?: boolean;
}

/**
 * Applies one event to a copy of `s`; throws ChpRuleError when the event may not follow.
 * `recorded`: the event is part of a stored journey, checked when it was recorded. An extended
 * date is then taken as agreed, even if a later calendar change (a closure day, a new cut-off
 * time) has since made it a non-working day or no later than the stage's new due date
 * (docs/procedure.md, Closure days and the calendar).
 */
export function applyEvent(
  s: FoldState,
  event: ComplaintEvent,
  settings: TimelineSettings,
  recorded = false,
): FoldState {
  if (event === null || typeof event !== 'object')
    throw new ChpRuleError('INVALID_EVENT', 'event must be an object');
  const type = (event as { type: unknown }).type;
  if (typeof type !== 'string' || !EVENT_TYPES.includes(type)) {
    throw new ChpRuleError('UNKNOWN_EVENT_TYPE', `unknown event type ${String(type)}`);
  }
  const ms = instantMs(event.at, `${type}.at`);
  if (s.receivedAt === null && type !== 'received') {
    throw new ChpRuleError('NOT_RECEIVED', `${type} before the complaint was received`);
  }
  if (type === 'closed' && s.receivedAt !== null && ms < instantMs(s.receivedAt)) {
    throw new ChpRuleError(
      'CLOSED_BEFORE_RECEIVED',
      `closed at ${event.at} before received at ${s.receivedAt}`,
    );
  }
  if (ms < s.lastMs) {
    throw new ChpRuleError(
      'EVENT_BEFORE_PREVIOUS',
      `${type} at ${event.at} is before the previous event`,
    );
  }
  const n: FoldState = {
    ...s,
    stage1: s.stage1 && { ...s.stage1 },
    stage2: s.stage2 && { ...s.stage2 },
    lastMs: ms,
  };
  const current = n.stage === 1 ? n.stage1 : n.stage === 2 ? n.stage2 : null;
  if (n.stage2?.closedOn)
    throw new ChpRuleError('ALREADY_CLOSED', `${type} after the stage 2 closure`);
  if (n.ended)
    throw new ChpRuleError('ALREADY_ENDED', `${type} after the outcome ${n.ended.outcome}`);

  switch (event.type) {
    case 'received': {
      if (n.receivedAt !== null)
        throw new ChpRuleError('ALREADY_RECEIVED', 'a complaint is received once');
      const stage = checkStage(event.stage);
      if (event.awareOn !== undefined) n.awareOn = assertIsoDate(event.awareOn, 'awareOn');
      n.receivedAt = event.at;
      n.receivedStage = stage;
      n.stage = stage;
      const timeline = openStage(stage, dayOneOf(event.at, settings), settings);
      if (stage === 1) n.stage1 = timeline;
      else n.stage2 = timeline;
      return n;
    }
    case 'extended': {
      const stage = checkStage(event.stage);
      const due = assertIsoDate(event.dueOn, 'dueOn');
      if (stage !== n.stage)
        throw new ChpRuleError(
          'STAGE_NOT_CURRENT',
          `extension at stage ${stage} while at stage ${n.stage}`,
        );
      if (current!.closedOn)
        throw new ChpRuleError('ALREADY_CLOSED', `stage ${stage} is already closed`);
      if (!recorded && !isWorkingDay(due, settings)) {
        throw new ChpRuleError(
          'EXTENSION_NOT_WORKING_DAY',
          `extended due date ${due} is not a working day`,
        );
      }
      if (stage === 1) {
        if (current!.extendedDueOn !== null)
          throw new ChpRuleError('STAGE1_ONE_EXTENSION_ONLY', 'stage 1 allows one extension (§27)');
        if (!recorded && due <= current!.dueOn) {
          throw new ChpRuleError(
            'STAGE1_EXTENSION_NOT_LATER',
            `extended date ${due} is not after day 5 (${current!.dueOn})`,
          );
        }
        const day10 = stageOneLatestExtension(current!.dayOne, settings);
        if (!recorded && due > day10) {
          throw new ChpRuleError(
            'STAGE1_EXTENSION_PAST_DAY_10',
            `extended date ${due} is after day 10 (${day10}) (§27)`,
            {
              latest: day10,
            },
          );
        }
      } else {
        const latest = current!.extendedDueOn ?? current!.dueOn;
        if (!recorded && due <= latest) {
          throw new ChpRuleError(
            'STAGE2_EXTENSION_NOT_LATER',
            `extended date ${due} is not after the current due date ${latest}`,
          );
        }
      }
      current!.extendedDueOn = due;
      return n;
    }
    case 'escalated': {
      if (n.receivedStage !== 1)
        throw new ChpRuleError(
          'ESCALATION_NOT_FROM_STAGE_1',
          'the complaint went straight to stage 2',
        );
      if (n.escalated) throw new ChpRuleError('ALREADY_ESCALATED', 'a complaint is escalated once');
      n.escalated = true;
      n.stage = 2;
      n.stage2 = openStage(2, dayOneOf(event.at, settings), settings);
      return n;
    }
    case 'acknowledged': {
      if (n.stage !== 2)
        throw new ChpRuleError(
          'ACKNOWLEDGED_AT_STAGE_1',
          'acknowledgements are sent at stage 2 (§40)',
        );
      if (n.stage2!.acknowledgedOn)
        throw new ChpRuleError('ALREADY_ACKNOWLEDGED', 'stage 2 is acknowledged once');
      n.stage2!.acknowledgedOn = localDate(event.at);
      return n;
    }
    case 'closed': {
      const stage = checkStage(event.stage);
      if (event.outcome === undefined || event.outcome === null) {
        throw new ChpRuleError('OUTCOME_REQUIRED', 'a closure records its outcome (§31, §66)');
      }
      if (!OUTCOMES.includes(event.outcome))
        throw new ChpRuleError('INVALID_OUTCOME', `unknown outcome ${String(event.outcome)}`);
      if (stage !== n.stage)
        throw new ChpRuleError(
          'STAGE_NOT_CURRENT',
          `closure at stage ${stage} while at stage ${n.stage}`,
        );
      if (current!.closedOn)
        throw new ChpRuleError('ALREADY_CLOSED', `stage ${stage} is already closed`);
      const closedOn = localDate(event.at);
      current!.closedOn = closedOn;
      current!.outcome = event.outcome;
      current!.workingDays = Math.max(1, workingDaysBetween(current!.dayOne, closedOn, settings));
      current!.withinTimescale = closedOn <= current!.dueOn;
      return n;
    }
    case 'ended': {
      if (!OTHER_OUTCOMES.includes(event.outcome))
        throw new ChpRuleError('INVALID_OTHER_OUTCOME', `unknown outcome ${String(event.outcome)}`);
      if (current!.closedOn)
        throw new ChpRuleError('ALREADY_CLOSED', `stage ${n.stage} is already closed`);
      // §11–12: whether it is a complaint, in time, or a repeat is decided before any response;
      // only a withdrawal can follow a stage 1 response (during the investigation)
      if (event.outcome !== 'withdrawn' && n.stage1?.closedOn)
        throw new ChpRuleError(
          'OTHER_OUTCOME_AFTER_RESPONSE',
          `${event.outcome} after the stage 1 response`,
        );
      n.ended = { outcome: event.outcome, on: localDate(event.at) };
      return n;
    }
  }
}

export function foldEvents(
  events: readonly ComplaintEvent[],
  settings: TimelineSettings = {},
  recorded = false,
): FoldState {
  if (!isList(events)) throw new ChpRuleError('INVALID_EVENT', 'events must be an array');
  let s = emptyState();
  for (const e of events) s = applyEvent(s, e, settings, recorded);
  return s;
}
