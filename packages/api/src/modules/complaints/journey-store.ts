import {
  assertCanAppend,
  complaintState,
  type ChpRuleCode,
  type ComplaintEvent as DomainEvent,
  type ComplaintState,
  type Stage,
  type TimelineSettings,
} from '@chp/domain';
import { withDomainRules } from '../../core/domain-errors';
import { checkVersion, lockInScope, type Tx } from '../../core/mutation';
import type { Role } from '../../core/role';
import { assignableAsHandler } from '@chp/domain';
import { Complaint } from './complaint.entity';
import { ComplaintEvent } from './complaint-event.entity';
import { JourneyEventType } from './complaint.enums';
import type { ComplaintRef } from './step.inputs';
import { AS_RECORDED, loadTimelineSettings, projection, toDomainEvents } from './journey';
import { complaintError } from './complaint.errors';

/**
 * The journey store: how every complaint step reads and writes. A step loads the complaint with
 * its stored journey (locked, version-checked), asks @chp/domain whether the new event may
 * follow, appends one complaint_event row and rewrites the projection columns from the domain's
 * timeline. Also the checks steps share (handler, root causes, an open stage 2).
 */

export type FieldNames = Partial<Record<ChpRuleCode, string>>;

export interface Loaded {
  complaint: Complaint;
  rows: ComplaintEvent[];
  events: DomainEvent[];
  settings: TimelineSettings;
  state: ComplaintState;
}

export interface NewRow {
  type: JourneyEventType;
  at: Date;
  stage: Stage | null;
  payload: Record<string, unknown>;
}

/** `at` as given (never in the future), or the request's clock. */
export function eventAt(given: Date | null | undefined, now: Date, field = 'at'): Date {
  if (!given) return now;
  if (given.getTime() > now.getTime()) throw complaintError('NOT_IN_FUTURE', undefined, field);
  return given;
}

export async function load(tx: Tx, ref: ComplaintRef): Promise<Loaded> {
  const complaint = await lockInScope(tx, Complaint, 'Complaint', ref.id);
  if (complaint.organisationId !== tx.viewer.organisationId) {
    throw complaintError(
      'ROLE_MAY_NOT',
      "Group access is read-only: a complaint is changed by its own organisation's staff",
    );
  }
  checkVersion('Complaint', complaint, ref.version);
  const rows = await tx.em.getRepository(ComplaintEvent).find({
    where: { organisationId: complaint.organisationId, complaintId: complaint.id },
    order: { sequence: 'ASC' },
  });
  const settings = await loadTimelineSettings(tx.em, complaint.organisationId);
  const events = toDomainEvents(rows);
  return {
    complaint,
    rows,
    events,
    settings,
    state: complaintState(events, settings, AS_RECORDED),
  };
}

export async function insertEvent(
  tx: Tx,
  organisationId: string,
  complaintId: string,
  sequence: number,
  row: NewRow,
): Promise<void> {
  await tx.em.query(
    `INSERT INTO complaint_event (${EVENT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    eventValues(tx, organisationId, complaintId, sequence, row),
  );
}

/** The columns of a journey event row, in the order of `eventValues`. */
export const EVENT_COLUMNS =
  'organisation_id, complaint_id, sequence, type, at, stage, payload, recorded_by_id, recorded_at';

/** A journey event row's values (EVENT_COLUMNS), recorded by the viewer now. */
export function eventValues(
  tx: Tx,
  organisationId: string,
  complaintId: string,
  sequence: number,
  row: NewRow,
): unknown[] {
  return [
    organisationId,
    complaintId,
    sequence,
    row.type,
    row.at,
    row.stage,
    JSON.stringify(row.payload),
    tx.viewer.personId,
    tx.now,
  ];
}

/** Writes the complaint's projection (from the domain), extra columns and the next version. */
export async function saveComplaint(
  tx: Tx,
  l: Loaded,
  events: DomainEvent[],
  columns: Partial<Complaint>,
  changes: Record<string, unknown>,
): Promise<Complaint> {
  const c = l.complaint;
  const next: Partial<Complaint> = {
    ...projection(events, l.settings),
    ...columns,
    version: c.version + 1,
    updatedAt: tx.now,
  };
  await tx.em.getRepository(Complaint).update({ organisationId: c.organisationId, id: c.id }, next);
  Object.assign(c, next);
  await tx.audit({
    organisationId: c.organisationId,
    entity: 'complaint',
    entityId: c.id,
    changes,
  });
  return c;
}

/**
 * Appends one step. `domainEvent` (for the steps the domain folds) is checked by assertCanAppend
 * first; `row` is what is stored (type, at, stage, payload).
 */
export async function append(
  tx: Tx,
  l: Loaded,
  step: {
    row: NewRow;
    domainEvent?: DomainEvent;
    fields?: FieldNames;
    columns?: Partial<Complaint>;
    audit?: Record<string, unknown>;
  },
): Promise<Complaint> {
  // an outcome beyond the four ends the record: only notes follow (docs/procedure.md, Before stage 1)
  if (l.state.status === 'ended' && step.row.type !== JourneyEventType.note)
    throw complaintError('ALREADY_ENDED');
  let events = l.events;
  if (step.domainEvent) {
    const next = step.domainEvent;
    withDomainRules(() => assertCanAppend(events, next, l.settings), step.fields);
    events = [...events, next];
  }
  const sequence = (l.rows.at(-1)?.sequence ?? 0) + 1;
  await insertEvent(tx, l.complaint.organisationId, l.complaint.id, sequence, step.row);
  return saveComplaint(tx, l, events, step.columns ?? {}, {
    step: step.row.type,
    sequence,
    ...(step.audit ?? {}),
  });
}

export async function assertHandler(
  tx: Tx,
  organisationId: string,
  personId: string,
): Promise<void> {
  const [person]: { role: Role; active: boolean }[] = await tx.em.query(
    `SELECT role, active FROM person WHERE organisation_id = $1 AND id = $2`,
    [organisationId, personId],
  );
  checkHandler(person);
}

/** The handler named for a complaint: an active member of the organisation who handles complaints. */
export function checkHandler(person: { role: Role; active: boolean } | null | undefined): void {
  if (!person || !person.active) throw complaintError('HANDLER_ID_SAME_ORGANISATION');
  if (!assignableAsHandler(person.role)) {
    throw complaintError('HANDLER_ID_HANDLES_COMPLAINTS');
  }
}

export async function assertRootCauses(
  tx: Tx,
  organisationId: string,
  ids: string[],
  field: string,
): Promise<void> {
  if (ids.length === 0) return;
  const found: unknown[] = await tx.em.query(
    // a merged cause takes no new links: they belong to its survivor (docs/procedure.md, Root causes)
    `SELECT id FROM root_cause WHERE organisation_id = $1 AND id = ANY($2::uuid[]) AND merged_into_id IS NULL`,
    [organisationId, ids],
  );
  if (found.length !== ids.length) throw complaintError('SAME_ORGANISATION', undefined, field);
}

export async function replaceRootCauses(tx: Tx, c: Complaint, ids: string[]): Promise<void> {
  await tx.em.query(
    `DELETE FROM complaint_root_cause WHERE organisation_id = $1 AND complaint_id = $2`,
    [c.organisationId, c.id],
  );
  if (ids.length > 0) {
    await tx.em.query(
      `INSERT INTO complaint_root_cause (organisation_id, complaint_id, root_cause_id) SELECT $1, $2, unnest($3::uuid[])`,
      [c.organisationId, c.id, ids],
    );
  }
}

export function requireOpenStageTwo(state: ComplaintState, what: string): void {
  if (state.stage === 2 && state.status === 'closed')
    throw complaintError('ALREADY_CLOSED', `(Stage 2 is closed: ${what} is no longer possible.)`);
  if (state.stage !== 2)
    throw complaintError(
      'NOT_AT_STAGE_2',
      `(The complaint is at stage 1: ${what} happens at stage 2.)`,
    );
}

// ---------------------------------------------------------------------------------------------
