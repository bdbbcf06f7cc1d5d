import {
  complaintState,
  complaintTimeline,
  escalationDeadline,
  explainEscalationLimit,
  explainNextStageTwoUpdateDue,
  explainSpsoLimit,
  explainTimeline,
  localDate,
  nextStageTwoUpdateDue,
  spsoDeadline,
  stageOneLastDay,
  stageStatus,
  type ExplainSettings,
  type StageTimeline,
  type TimelineSettings,
} from '@chp/domain';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../core/scalars';
import type { Complaint } from './complaint.entity';
import { JourneyEventType, Outcome, Route } from './complaint.enums';
import { DateExplanationView, explanationView } from './date-explanation.type';
import { AS_RECORDED, standingRows, toDomainEvents, type StoredEvent } from './journey';

/** The domain's deadline status of a stage (`stageStatus`). */
export enum DeadlineStatus {
  closed_on_time = 'closed_on_time',
  closed_late = 'closed_late',
  on_track = 'on_track',
  due_soon = 'due_soon',
  overdue = 'overdue',
}
registerEnumType(DeadlineStatus, { name: 'DeadlineStatus' });

/** Working days left (after today) at or under which an open stage is due soon; passed to the domain and used by the SQL filter. */
export const DUE_SOON_WORKING_DAYS = 2;

@ObjectType('StageTimeline', {
  description:
    "One stage's dates, computed by @chp/domain from the journey and the organisation's calendar",
})
export class StageTimelineView {
  @Field(() => LocalDate) dayOne!: string;
  @Field(() => LocalDate, {
    description: 'Day 5 (stage 1) or day 20 (stage 2), before any extension',
  })
  dueOn!: string;
  @Field(() => LocalDate, { nullable: true, description: 'The latest agreed extension' })
  extendedDueOn!: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Stage 2: day 3' }) acknowledgeBy!:
    string | null;
  @Field(() => LocalDate, { nullable: true }) acknowledgedOn!: string | null;
  @Field(() => LocalDate, { nullable: true }) closedOn!: string | null;
  @Field(() => Outcome, { nullable: true }) outcome!: Outcome | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Working days from day one to the closure, day one counting as 1',
  })
  workingDays!: number | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Closed on or before dueOn (extensions do not count)',
  })
  withinTimescale!: boolean | null;
  @Field(() => DeadlineStatus, {
    nullable: true,
    description: 'As of today; null for a stage 1 transferred to stage 2 while open',
  })
  status!: DeadlineStatus | null;
  @Field(() => LocalDate, {
    description: 'The working deadline: the extended due date if any, else dueOn',
  })
  deadline!: string;
  @Field(() => Int, {
    description: 'Working days from day one to today (or to the closure or transfer)',
  })
  workingDaysElapsed!: number;
  @Field(() => Int, {
    nullable: true,
    description:
      'Working days left after today up to the deadline (negative once overdue: the working days since); null for a transferred stage 1',
  })
  workingDaysRemaining!: number | null;
  @Field(() => Boolean, {
    description: 'Stage 1 passed to stage 2 while still open (no stage 1 closure)',
  })
  transferred!: boolean;
}

@ObjectType('ComplaintTimeline')
export class ComplaintTimelineView {
  @Field(() => StageTimelineView, { nullable: true }) stage1!: StageTimelineView | null;
  @Field(() => StageTimelineView, { nullable: true }) stage2!: StageTimelineView | null;
  @Field(() => LocalDate, {
    nullable: true,
    description: 'Extended open stage 2: the next update to the customer and staff is due (§62)',
  })
  nextUpdateDue!: string | null | Promise<string | null>;
  @Field(() => LocalDate, {
    nullable: true,
    description:
      'Last day to ask for stage 2 without exceptional circumstances (§36), until escalated',
  })
  escalationDeadline!: string | null;
  @Field(() => LocalDate, {
    nullable: true,
    description:
      'Open stage 1: the last day it may be closed at stage 1 (day 10, or its extension); after it, escalate or record why not (§29, Appendix 1 §10)',
  })
  stageOneLastDay!: string | null;
  @Field(() => LocalDate, {
    nullable: true,
    description:
      'Last day to go to the SPSO: the last day of the 12 months beginning with the day the customer became aware (§75)',
  })
  spsoDeadline!: string | null;
  @Field(() => [DateExplanationView], {
    description:
      'Why each date above is what it is (the rule and paragraph, the start day, the days skipped and why), one per date shown, in timeline order',
  })
  explanations!: DateExplanationView[] | Promise<DateExplanationView[]>;
}

function stageView(
  t: StageTimeline,
  today: string,
  settings: TimelineSettings,
  transferredOn: string | null,
): StageTimelineView {
  // a transferred stage 1 stopped running on the day of transfer
  const s = stageStatus(t, transferredOn ?? today, settings, {
    dueSoonWorkingDays: DUE_SOON_WORKING_DAYS,
  });
  // every property named, in one order: a spread of `t` made each view an object of its own
  // shape, and building them cost a register page more than the date maths (issue 19)
  return {
    dayOne: t.dayOne,
    dueOn: t.dueOn,
    extendedDueOn: t.extendedDueOn,
    acknowledgeBy: t.acknowledgeBy,
    acknowledgedOn: t.acknowledgedOn,
    closedOn: t.closedOn,
    outcome: t.outcome as Outcome | null,
    workingDays: t.workingDays,
    withinTimescale: t.withinTimescale,
    status: transferredOn ? null : (s.status as DeadlineStatus),
    deadline: s.deadline,
    workingDaysElapsed: s.workingDaysElapsed,
    workingDaysRemaining: transferredOn ? null : s.workingDaysRemaining,
    transferred: transferredOn !== null,
  };
}

/** What a timeline is built from, whether read from the journey or from the stored projection. */
interface TimelineParts {
  stage1: StageTimeline | null;
  stage2: StageTimeline | null;
  /** The local date stage 1 was passed to stage 2 while still open. */
  transferredOn: string | null;
  /** An outcome beyond the four was recorded: nothing follows it. */
  ended: boolean;
  /** At stage 1 (not escalated, not straight to stage 2) and not ended. */
  awaitingEscalation: boolean;
}

/** The journey's updates to the customer at stage 2, as local dates (§62). */
function updatesSentOn(rows: readonly StoredEvent[]): string[] {
  return standingRows(rows)
    .filter((r) => r.type === JourneyEventType.contact_update && r.stage === 2)
    .map((r) => localDate(new Date(r.at).toISOString()));
}

/** The view from its parts; `nextUpdate` and `explain` give what needs the journey itself. */
function timelineView(
  complaint: Pick<Complaint, 'awareOn' | 'receivedAt'>,
  parts: TimelineParts,
  settings: ExplainSettings,
  today: string,
  nextUpdate: () => string | null | Promise<string | null>,
  explain: () => DateExplanationView[] | Promise<DateExplanationView[]>,
): ComplaintTimelineView {
  const { stage1, stage2, transferredOn } = parts;
  return new TimelineOnDemand(
    stage1 ? endedStage(stageView(stage1, today, settings, transferredOn), parts) : null,
    stage2 ? endedStage(stageView(stage2, today, settings, null), parts) : null,
    { complaint, parts, settings, nextUpdate, explain },
  );
}

/** An outcome beyond the four ends the record: an unanswered stage has no deadline status any more. */
function endedStage(view: StageTimelineView, parts: TimelineParts): StageTimelineView {
  if (parts.ended && view.closedOn === null) {
    view.status = null;
    view.workingDaysRemaining = null;
  }
  return view;
}

/**
 * A timeline whose stages are computed, and whose other dates are computed only when a query
 * asks for them (the register reads none). Getters on a class, not on an object literal: a
 * literal with getters cost a register page more than its dates (issue 19).
 */
class TimelineOnDemand implements ComplaintTimelineView {
  constructor(
    readonly stage1: StageTimelineView | null,
    readonly stage2: StageTimelineView | null,
    private readonly of: {
      complaint: Pick<Complaint, 'awareOn' | 'receivedAt'>;
      parts: TimelineParts;
      settings: ExplainSettings;
      nextUpdate: () => string | null | Promise<string | null>;
      explain: () => DateExplanationView[] | Promise<DateExplanationView[]>;
    },
  ) {}

  get nextUpdateDue(): string | null | Promise<string | null> {
    return this.of.parts.stage2 ? this.of.nextUpdate() : null;
  }

  get escalationDeadline(): string | null {
    const { complaint, parts } = this.of;
    return parts.awaitingEscalation
      ? escalationDeadline(escalationInputOf(complaint, parts.stage1))
      : null;
  }

  get stageOneLastDay(): string | null {
    const { stage1, transferredOn, ended } = this.of.parts;
    return stage1 && stage1.closedOn === null && !transferredOn && !ended
      ? stageOneLastDay(stage1, this.of.settings)
      : null;
  }

  get spsoDeadline(): string | null {
    const { awareOn } = this.of.complaint;
    return awareOn ? spsoDeadline(awareOn) : null;
  }

  get explanations(): DateExplanationView[] | Promise<DateExplanationView[]> {
    return this.of.explain();
  }
}

function escalationInputOf(
  complaint: Pick<Complaint, 'awareOn' | 'receivedAt'>,
  stage1: StageTimeline | null,
) {
  return {
    awareOn: complaint.awareOn,
    // §36: without an awareness date, the customer knew at the latest on the day of receipt
    receivedOn: localDate(complaint.receivedAt.toISOString()),
    stageOneClosedOn: stage1?.closedOn ?? null,
  };
}

/** Why each date is what it is, from the journey (explainTimeline and the limits after it). */
function explanationsOf(
  complaint: Pick<Complaint, 'awareOn' | 'receivedAt'>,
  rows: readonly StoredEvent[],
  settings: ExplainSettings,
): DateExplanationView[] {
  const events = toDomainEvents(rows);
  const { stage1, stage2 } = complaintTimeline(events, settings, AS_RECORDED);
  const state = complaintState(events, settings, AS_RECORDED);
  const awaitingEscalation = state.route === 'stage1' && state.status !== 'ended';
  const escalationInput = escalationInputOf(complaint, stage1);
  return [
    ...explainTimeline(events, settings),
    stage2 ? explainNextStageTwoUpdateDue(stage2, updatesSentOn(rows), settings) : null,
    awaitingEscalation ? explainEscalationLimit(escalationInput) : null,
    complaint.awareOn ? explainSpsoLimit(complaint.awareOn) : null,
  ]
    .filter((e) => e !== null)
    .map(explanationView);
}

/**
 * The complaint's timeline as of `today` from its journey, all from @chp/domain, with why each
 * date is what it is (`settings.closureNotes` name the reasons of the closure days).
 */
export function timelineOf(
  complaint: Pick<Complaint, 'awareOn' | 'receivedAt'>,
  rows: readonly StoredEvent[],
  settings: ExplainSettings,
  today: string,
): ComplaintTimelineView {
  const events = toDomainEvents(rows);
  const { stage1, stage2 } = complaintTimeline(events, settings, AS_RECORDED);
  const state = complaintState(events, settings, AS_RECORDED);
  const escalation = events.find((e) => e.type === 'escalated');
  const ended = state.status === 'ended';
  const parts: TimelineParts = {
    stage1,
    stage2,
    transferredOn: state.transferredOpen && escalation ? localDate(escalation.at) : null,
    ended,
    awaitingEscalation: state.route === 'stage1' && !ended,
  };
  return timelineView(
    complaint,
    parts,
    settings,
    today,
    () => (stage2 ? nextStageTwoUpdateDue(stage2, updatesSentOn(rows), settings) : null),
    () => explanationsOf(complaint, rows, settings),
  );
}

/**
 * The complaints a register page read (complaint.queries.ts): their timelines come from the
 * stored projection. A complaint read on its own shows the timeline its journey gives with the
 * calendar as it stands, so a calendar change not yet applied to the stored columns (a closure day
 * written to the database directly, new bank-holiday rules) shows there at once. Marked on the
 * complaint itself (a symbol, unseen by anything that lists its properties): a WeakSet's entry for
 * each row cost the page more than the mark.
 */
const LISTED_ON_REGISTER = Symbol('listed on the register');
type Markable = object & { [LISTED_ON_REGISTER]?: true };

export function markListedOnRegister(complaint: object): void {
  (complaint as Markable)[LISTED_ON_REGISTER] = true;
}

export const isListedOnRegister = (complaint: object): boolean =>
  (complaint as Markable)[LISTED_ON_REGISTER] === true;

/** The complaint's columns a timeline is read from without its journey (timelineOfRecord). */
export const RECORDED_TIMELINE_COLUMNS = [
  'awareOn',
  'receivedAt',
  'route',
  'status',
  'otherOutcome',
  'escalatedAt',
  'stage1DayOne',
  'stage1DueOn',
  'stage1ExtendedDueOn',
  'stage1ClosedOn',
  'stage1Outcome',
  'stage1WorkingDays',
  'stage1WithinTimescale',
  'stage2DayOne',
  'stage2DueOn',
  'stage2ExtendedDueOn',
  'stage2AcknowledgeBy',
  'stage2AcknowledgedOn',
  'stage2ClosedOn',
  'stage2Outcome',
  'stage2WorkingDays',
  'stage2WithinTimescale',
] as const satisfies readonly (keyof Complaint)[];

export type RecordedTimeline = Pick<Complaint, (typeof RECORDED_TIMELINE_COLUMNS)[number]>;

/**
 * The timeline as of `today` from the complaint's stored projection (the columns @chp/domain's
 * timeline wrote when each step was recorded, and again after a calendar change: journey.ts
 * `projection`), so a list of complaints needs no journey: the stages' dates are stored, and
 * what depends on today (status, working days elapsed and remaining, the limits) is computed by
 * @chp/domain as for the journey. The next update due and the explanations need the journey:
 * `journey()` reads it only when a query asks for them. Held equal to `timelineOf` by
 * test/timeline-of-record.test.ts.
 */
export function timelineOfRecord(
  complaint: RecordedTimeline,
  settings: ExplainSettings,
  today: string,
  journey: () => Promise<readonly StoredEvent[]>,
): ComplaintTimelineView {
  const stage1 = storedStage(complaint, 1);
  const stage2 = storedStage(complaint, 2);
  const ended = complaint.otherOutcome !== null;
  // passed to stage 2 while stage 1 was open (complaintState's transferredOpen)
  const transferredOn =
    complaint.escalatedAt && stage1 && stage1.closedOn === null
      ? localDate(complaint.escalatedAt.toISOString())
      : null;
  const parts: TimelineParts = {
    stage1,
    stage2,
    transferredOn,
    ended,
    awaitingEscalation: complaint.route === Route.stage1 && !complaint.escalatedAt && !ended,
  };
  return timelineView(
    complaint,
    parts,
    settings,
    today,
    async () => nextStageTwoUpdateDue(stage2!, updatesSentOn(await journey()), settings),
    async () => explanationsOf(complaint, await journey(), settings),
  );
}

/** One stage's stored dates, or null when the complaint never reached it. */
function storedStage(c: RecordedTimeline, stage: 1 | 2): StageTimeline | null {
  const dayOne = stage === 1 ? c.stage1DayOne : c.stage2DayOne;
  const dueOn = stage === 1 ? c.stage1DueOn : c.stage2DueOn;
  if (dayOne === null || dueOn === null) return null;
  return stage === 1
    ? {
        dayOne,
        dueOn,
        extendedDueOn: c.stage1ExtendedDueOn,
        acknowledgeBy: null,
        acknowledgedOn: null,
        closedOn: c.stage1ClosedOn,
        outcome: c.stage1Outcome,
        workingDays: c.stage1WorkingDays,
        withinTimescale: c.stage1WithinTimescale,
      }
    : {
        dayOne,
        dueOn,
        extendedDueOn: c.stage2ExtendedDueOn,
        acknowledgeBy: c.stage2AcknowledgeBy,
        acknowledgedOn: c.stage2AcknowledgedOn,
        closedOn: c.stage2ClosedOn,
        outcome: c.stage2Outcome,
        workingDays: c.stage2WorkingDays,
        withinTimescale: c.stage2WithinTimescale,
      };
}
