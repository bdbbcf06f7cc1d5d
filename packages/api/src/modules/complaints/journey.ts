import {
  complaintState,
  complaintTimeline,
  correctedJourney,
  type RecordedStep,
  type ComplaintEvent as DomainEvent,
  type Outcome as DomainOutcome,
  type OtherOutcome as DomainOtherOutcome,
  type Stage,
  type TimelineSettings,
} from '@chp/domain';
import type { EntityManager } from 'typeorm';
import { timelineSettings } from '../calendar';
import type { Complaint } from './complaint.entity';
import type { ComplaintEvent } from './complaint-event.entity';
import { ComplaintStatus, JourneyEventType, OtherOutcome, Outcome, Route } from './complaint.enums';

/** What a stored journey row carries that the domain needs (`id` names it to a void). */
export type StoredEvent = Pick<ComplaintEvent, 'type' | 'at' | 'stage' | 'payload'> &
  Partial<Pick<ComplaintEvent, 'id'>>;

const iso = (at: Date | string): string =>
  at instanceof Date ? at.toISOString() : new Date(at).toISOString();

/**
 * The domain's view of one stored row, or null for the steps the domain's timeline does not
 * fold (notes, contact updates, points agreed, sign-off, SPSO decision, post-closure contact).
 */
export function toDomainEvent(row: StoredEvent): DomainEvent | null {
  const at = iso(row.at);
  const p = row.payload ?? {};
  switch (row.type) {
    case JourneyEventType.received:
      return {
        type: 'received',
        at,
        stage: row.stage as Stage,
        ...(typeof p['awareOn'] === 'string' ? { awareOn: p['awareOn'] } : {}),
      };
    case JourneyEventType.extended:
      return { type: 'extended', at, stage: row.stage as Stage, dueOn: String(p['dueOn']) };
    case JourneyEventType.escalated:
      return { type: 'escalated', at };
    case JourneyEventType.acknowledged:
      return { type: 'acknowledged', at };
    case JourneyEventType.closed:
      return {
        type: 'closed',
        at,
        stage: row.stage as Stage,
        outcome: p['outcome'] as DomainOutcome,
      };
    case JourneyEventType.ended:
      return { type: 'ended', at, outcome: p['outcome'] as DomainOtherOutcome };
    case JourneyEventType.note:
    case JourneyEventType.contact_update:
    case JourneyEventType.points_agreed:
    case JourneyEventType.signed_off:
    case JourneyEventType.spso_decision:
    case JourneyEventType.post_closure_contact:
    case JourneyEventType.corrected:
    case JourneyEventType.voided:
      return null;
    default: {
      const unknown: never = row.type;
      throw new Error(`unknown journey event type ${String(unknown)}`);
    }
  }
}

const rowId = (row: StoredEvent, index: number): string => row.id ?? `#${index}`;

/** The stored rows as @chp/domain's corrections read them (docs/procedure.md, Correcting a record). */
export function recordedSteps(rows: readonly StoredEvent[]): RecordedStep[] {
  return rows.map((row, i): RecordedStep => {
    const id = rowId(row, i);
    const p = row.payload ?? {};
    if (row.type === JourneyEventType.voided)
      return { id, kind: 'voided', voidedId: String(p['voidedEventId']) };
    if (row.type === JourneyEventType.corrected) {
      const aware = Array.isArray(p['changes'])
        ? (p['changes'] as { field: string; after: unknown }[]).find((c) => c.field === 'awareOn')
        : undefined;
      return aware
        ? { id, kind: 'corrected', awareOn: (aware.after as string | null) ?? null }
        : { id, kind: 'corrected' };
    }
    return { id, kind: 'step', type: row.type, event: toDomainEvent(row) };
  });
}

/** The rows still standing: neither voided nor a correction or void themselves. */
export function standingRows<T extends StoredEvent>(rows: readonly T[]): T[] {
  const voided = new Set(
    rows.flatMap((r) =>
      r.type === JourneyEventType.voided ? [String(r.payload?.['voidedEventId'])] : [],
    ),
  );
  return rows.filter(
    (r, i) =>
      r.type !== JourneyEventType.voided &&
      r.type !== JourneyEventType.corrected &&
      !voided.has(rowId(r, i)),
  );
}

/**
 * The domain events of a journey, oldest first (rows in sequence order), as corrected: voided
 * steps are absent and a corrected awareness date replaces the recorded one (@chp/domain's
 * correctedJourney).
 */
export function toDomainEvents(rows: readonly StoredEvent[]): DomainEvent[] {
  return correctedJourney(recordedSteps(rows));
}

/** The stored row for a domain event (the caller adds its payload details). */
export function fromDomainEvent(event: DomainEvent): {
  type: JourneyEventType;
  at: Date;
  stage: Stage | null;
  payload: Record<string, unknown>;
} {
  switch (event.type) {
    case 'received':
      return {
        type: JourneyEventType.received,
        at: new Date(event.at),
        stage: event.stage,
        payload: event.awareOn ? { awareOn: event.awareOn } : {},
      };
    case 'extended':
      return {
        type: JourneyEventType.extended,
        at: new Date(event.at),
        stage: event.stage,
        payload: { dueOn: event.dueOn },
      };
    case 'escalated':
      return { type: JourneyEventType.escalated, at: new Date(event.at), stage: 2, payload: {} };
    case 'acknowledged':
      return { type: JourneyEventType.acknowledged, at: new Date(event.at), stage: 2, payload: {} };
    case 'closed':
      return {
        type: JourneyEventType.closed,
        at: new Date(event.at),
        stage: event.stage,
        payload: { outcome: event.outcome },
      };
    case 'ended':
      return {
        type: JourneyEventType.ended,
        at: new Date(event.at),
        stage: null,
        payload: { outcome: event.outcome },
      };
  }
}

/**
 * Stored journeys are read as recorded: every event was checked when it was stored, and an
 * extension agreed then stands after a calendar change (docs/procedure.md, Closure days and the
 * calendar). Only the next event is checked against today's calendar (assertCanAppend).
 */
export const AS_RECORDED = { recorded: true } as const;

/** The complaint's projection columns, all computed by @chp/domain from its journey. */
export type Projection = Pick<
  Complaint,
  | 'route'
  | 'currentStage'
  | 'status'
  | 'otherOutcome'
  | 'otherOutcomeOn'
  | 'stage1DayOne'
  | 'stage1DueOn'
  | 'stage1ExtendedDueOn'
  | 'stage1ClosedOn'
  | 'stage1Outcome'
  | 'stage1WorkingDays'
  | 'stage1WithinTimescale'
  | 'stage2DayOne'
  | 'stage2DueOn'
  | 'stage2ExtendedDueOn'
  | 'stage2AcknowledgeBy'
  | 'stage2AcknowledgedOn'
  | 'stage2ClosedOn'
  | 'stage2Outcome'
  | 'stage2WorkingDays'
  | 'stage2WithinTimescale'
>;

export function projection(events: DomainEvent[], settings: TimelineSettings): Projection {
  const { stage1, stage2 } = complaintTimeline(events, settings, AS_RECORDED);
  const state = complaintState(events, settings, AS_RECORDED);
  if (state.stage === null || state.status === 'not_received')
    throw new Error('a complaint projection needs a received event');
  return {
    // the column records how the complaint entered the procedure; escalation is in escalated_at
    route: state.route === 'stage2Direct' ? Route.stage2_direct : Route.stage1,
    currentStage: state.stage,
    status: state.otherOutcome
      ? (state.otherOutcome as ComplaintStatus)
      : state.status === 'closed'
        ? ComplaintStatus.closed
        : ComplaintStatus.open,
    otherOutcome: state.otherOutcome as OtherOutcome | null,
    otherOutcomeOn: state.otherOutcomeOn,
    stage1DayOne: stage1?.dayOne ?? null,
    stage1DueOn: stage1?.dueOn ?? null,
    stage1ExtendedDueOn: stage1?.extendedDueOn ?? null,
    stage1ClosedOn: stage1?.closedOn ?? null,
    stage1Outcome: (stage1?.outcome ?? null) as Outcome | null,
    stage1WorkingDays: stage1?.workingDays ?? null,
    stage1WithinTimescale: stage1?.withinTimescale ?? null,
    stage2DayOne: stage2?.dayOne ?? null,
    stage2DueOn: stage2?.dueOn ?? null,
    stage2ExtendedDueOn: stage2?.extendedDueOn ?? null,
    stage2AcknowledgeBy: stage2?.acknowledgeBy ?? null,
    stage2AcknowledgedOn: stage2?.acknowledgedOn ?? null,
    stage2ClosedOn: stage2?.closedOn ?? null,
    stage2Outcome: (stage2?.outcome ?? null) as Outcome | null,
    stage2WorkingDays: stage2?.workingDays ?? null,
    stage2WithinTimescale: stage2?.withinTimescale ?? null,
  };
}

/** The organisation's timeline settings (cut-off time and closure days), read in the caller's transaction. */
export async function loadTimelineSettings(
  em: EntityManager,
  organisationId: string,
): Promise<TimelineSettings> {
  const [org]: { cut_off_time: string | null }[] = await em.query(
    `SELECT cut_off_time FROM organisation WHERE id = $1`,
    [organisationId],
  );
  const days: { date: string }[] = await em.query(
    `SELECT date::text AS date FROM closure_day WHERE organisation_id = $1 ORDER BY date`,
    [organisationId],
  );
  return timelineSettings({ cutOffTime: org?.cut_off_time ?? null }, days);
}
