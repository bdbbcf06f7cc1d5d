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
import { JourneyEventType, Outcome } from './complaint.enums';
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
  nextUpdateDue!: string | null;
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
  explanations!: DateExplanationView[];
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
  return {
    ...t,
    outcome: t.outcome as Outcome | null,
    status: transferredOn ? null : (s.status as DeadlineStatus),
    deadline: s.deadline,
    workingDaysElapsed: s.workingDaysElapsed,
    workingDaysRemaining: transferredOn ? null : s.workingDaysRemaining,
    transferred: transferredOn !== null,
  };
}

/**
 * The complaint's timeline as of `today`, all from @chp/domain, with why each date is what it is
 * (`settings.closureNotes` name the reasons of the closure days).
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
  const transferredOn = state.transferredOpen && escalation ? localDate(escalation.at) : null;

  const updatesSentOn = standingRows(rows)
    .filter((r) => r.type === JourneyEventType.contact_update && r.stage === 2)
    .map((r) => localDate(new Date(r.at).toISOString()));
  const nextUpdate = stage2 ? nextStageTwoUpdateDue(stage2, updatesSentOn, settings) : null;
  // an outcome beyond the four ends the record: an unanswered stage has no deadline status any more
  const ended = state.status === 'ended';
  const stop = (v: StageTimelineView): StageTimelineView =>
    ended && v.closedOn === null ? { ...v, status: null, workingDaysRemaining: null } : v;
  const awaitingEscalation = state.route === 'stage1' && !ended;
  const escalationInput = {
    awareOn: complaint.awareOn,
    // §36: without an awareness date, the customer knew at the latest on the day of receipt
    receivedOn: localDate(complaint.receivedAt.toISOString()),
    stageOneClosedOn: stage1?.closedOn ?? null,
  };
  return {
    stage1: stage1 ? stop(stageView(stage1, today, settings, transferredOn)) : null,
    stage2: stage2 ? stop(stageView(stage2, today, settings, null)) : null,
    nextUpdateDue: nextUpdate,
    escalationDeadline: awaitingEscalation ? escalationDeadline(escalationInput) : null,
    stageOneLastDay:
      stage1 && stage1.closedOn === null && !transferredOn && !ended
        ? stageOneLastDay(stage1, settings)
        : null,
    spsoDeadline: complaint.awareOn ? spsoDeadline(complaint.awareOn) : null,
    // computed only when a query asks for it (the register reads timelines but not explanations)
    get explanations() {
      return [
        ...explainTimeline(events, settings),
        stage2 ? explainNextStageTwoUpdateDue(stage2, updatesSentOn, settings) : null,
        awaitingEscalation ? explainEscalationLimit(escalationInput) : null,
        complaint.awareOn ? explainSpsoLimit(complaint.awareOn) : null,
      ]
        .filter((e) => e !== null)
        .map(explanationView);
    },
  };
}
