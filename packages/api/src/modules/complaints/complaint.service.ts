import { randomUUID } from 'node:crypto';
import {
  assertCanAppend,
  checkClosure,
  complaintState,
  complaintTimeline,
  escalationDeadline,
  isEscalationInTime,
  localDate,
  postClosureContact,
  stageOutcomeFromFindings,
  type ChpRuleCode,
  type ComplaintEvent as DomainEvent,
  type ComplaintState,
  type Finding as DomainFinding,
  type Stage,
  type TimelineSettings,
} from '@chp/domain';
import { In, type EntityManager } from 'typeorm';
import { badInput, conflict, forbidden } from '../../core/errors';
import { withDomainRules } from '../../core/domain-errors';
import { checkVersion, lockInScope, type Tx } from '../../core/mutation';
import { COMPLAINT_HANDLERS, type Role } from '../../core/role';
import { Complaint } from './complaint.entity';
import { ComplaintEvent } from './complaint-event.entity';
import { ComplaintPoint } from './complaint-point.entity';
import { JourneyEventType, Outcome } from './complaint.enums';
import type {
  AgreePointsArgs,
  AssignHandlerArgs,
  AtArgs,
  CloseComplaintInput,
  ComplaintRef,
  ContactUpdateArgs,
  EscalateComplaintArgs,
  ExtendComplaintArgs,
  NoteArgs,
  PostClosureContactArgs,
  RecordComplaintInput,
  RootCausesArgs,
  SpsoDecisionArgs,
} from './complaint.inputs';
import { fromDomainEvent, loadTimelineSettings, projection, toDomainEvents } from './journey';

/**
 * The complaint lifecycle. Each step runs inside `mutate` (one transaction, audited): it locks the
 * complaint, checks its version, asks @chp/domain whether the step may follow the stored journey,
 * appends one complaint_event row and rewrites the projection columns from the domain's timeline.
 */

type FieldNames = Partial<Record<ChpRuleCode, string>>;

interface Loaded {
  complaint: Complaint;
  rows: ComplaintEvent[];
  events: DomainEvent[];
  settings: TimelineSettings;
  state: ComplaintState;
}

interface NewRow {
  type: JourneyEventType;
  at: Date;
  stage: Stage | null;
  payload: Record<string, unknown>;
}

/** `at` as given (never in the future), or the request's clock. */
function eventAt(given: Date | null | undefined, now: Date, field = 'at'): Date {
  if (!given) return now;
  if (given.getTime() > now.getTime())
    throw badInput(field, 'notInFuture', 'That date and time is in the future.');
  return given;
}

async function load(tx: Tx, ref: ComplaintRef): Promise<Loaded> {
  const complaint = await lockInScope(tx, Complaint, 'Complaint', ref.id);
  if (complaint.organisationId !== tx.viewer.organisationId) {
    throw forbidden(
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
  return { complaint, rows, events, settings, state: complaintState(events, settings) };
}

async function insertEvent(
  tx: Tx,
  organisationId: string,
  complaintId: string,
  sequence: number,
  row: NewRow,
): Promise<void> {
  await tx.em.query(
    `INSERT INTO complaint_event (organisation_id, complaint_id, sequence, type, at, stage, payload, recorded_by_id, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      organisationId,
      complaintId,
      sequence,
      row.type,
      row.at,
      row.stage,
      JSON.stringify(row.payload),
      tx.viewer.personId,
      tx.now,
    ],
  );
}

/** Writes the complaint's projection (from the domain), extra columns and the next version. */
async function saveComplaint(
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
async function append(
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

async function assertHandler(tx: Tx, organisationId: string, personId: string): Promise<void> {
  const [person]: { role: Role; active: boolean }[] = await tx.em.query(
    `SELECT role, active FROM person WHERE organisation_id = $1 AND id = $2`,
    [organisationId, personId],
  );
  if (!person || !person.active)
    throw badInput('handlerId', 'sameOrganisation', 'No such member of staff in your organisation');
  if (!COMPLAINT_HANDLERS.includes(person.role)) {
    throw badInput(
      'handlerId',
      'handlesComplaints',
      'That member of staff does not handle complaints (choose a handler or a manager)',
    );
  }
}

async function assertRootCauses(
  tx: Tx,
  organisationId: string,
  ids: string[],
  field: string,
): Promise<void> {
  if (ids.length === 0) return;
  const found: unknown[] = await tx.em.query(
    `SELECT id FROM root_cause WHERE organisation_id = $1 AND id = ANY($2::uuid[])`,
    [organisationId, ids],
  );
  if (found.length !== ids.length)
    throw badInput(
      field,
      'sameOrganisation',
      'Every root cause must be one of your organisation’s root causes',
    );
}

async function replaceRootCauses(tx: Tx, c: Complaint, ids: string[]): Promise<void> {
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

function requireOpenStageTwo(state: ComplaintState, what: string): void {
  if (state.stage === 2 && state.status === 'closed')
    throw conflict('ALREADY_CLOSED', `Stage 2 is already closed: ${what} is no longer possible.`);
  if (state.stage !== 2)
    throw conflict(
      'NOT_AT_STAGE_2',
      `The complaint is at stage 1: ${what} happens at stage 2 (investigation).`,
    );
}

// ---------------------------------------------------------------------------------------------

export async function recordComplaint(tx: Tx, input: RecordComplaintInput): Promise<Complaint> {
  const organisationId = tx.viewer.organisationId;
  const receivedAt = eventAt(input.receivedAt, tx.now, 'receivedAt');
  const receivedOn = localDate(receivedAt.toISOString());
  if (input.awareOn && input.awareOn > receivedOn) {
    throw badInput(
      'awareOn',
      'notAfterReceipt',
      'The customer cannot have become aware of the problem after complaining about it.',
    );
  }
  const [area] = await tx.em.query(
    `SELECT active FROM service_area WHERE organisation_id = $1 AND id = $2`,
    [organisationId, input.serviceAreaId],
  );
  if (!area || !area.active)
    throw badInput(
      'serviceAreaId',
      'activeServiceArea',
      'Choose an active service area of your organisation',
    );
  const handlerId = input.handlerId ?? tx.viewer.personId;
  await assertHandler(tx, organisationId, handlerId);
  const namedStaffIds = input.namedStaffIds ?? [];
  if (namedStaffIds.length > 0) {
    const found: unknown[] = await tx.em.query(
      `SELECT id FROM person WHERE organisation_id = $1 AND id = ANY($2::uuid[])`,
      [organisationId, namedStaffIds],
    );
    if (found.length !== namedStaffIds.length)
      throw badInput(
        'namedStaffIds',
        'sameOrganisation',
        'Every named member of staff must be in your organisation',
      );
  }

  const settings = await loadTimelineSettings(tx.em, organisationId);
  const received: DomainEvent = {
    type: 'received',
    at: receivedAt.toISOString(),
    stage: input.stage,
    ...(input.awareOn ? { awareOn: input.awareOn } : {}),
  };
  withDomainRules(() => assertCanAppend([], received, settings), {
    INVALID_DATE: 'awareOn',
    INVALID_INSTANT: 'receivedAt',
  });

  // CMP-<year of receipt>-<n>, numbered per organisation; the advisory lock serialises concurrent recordings
  const year = receivedOn.slice(0, 4);
  await tx.em.query(`SELECT pg_advisory_xact_lock(hashtext('complaint_reference:' || $1))`, [
    organisationId,
  ]);
  const [{ n }] = await tx.em.query(
    `SELECT coalesce(max(substring(reference FROM '[0-9]+$')::int), 0) + 1 AS n FROM complaint WHERE organisation_id = $1 AND reference LIKE $2`,
    [organisationId, `CMP-${year}-%`],
  );
  const reference = `CMP-${year}-${String(n).padStart(5, '0')}`;

  const customer = input.customer;
  const given = customer && Object.values(customer).some((v) => v !== null && v !== undefined);
  let customerId: string | null = null;
  if (customer && given) {
    customerId = randomUUID();
    await tx.em.query(
      `INSERT INTO customer (organisation_id, id, name, email, phone, address, postcode, preferred_contact, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        organisationId,
        customerId,
        customer.name?.trim() ?? null,
        customer.email?.trim() ?? null,
        customer.phone?.trim() ?? null,
        customer.address?.trim() ?? null,
        customer.postcode ? normalisePostcode(customer.postcode) : null,
        customer.preferredContact ?? null,
        tx.now,
      ],
    );
  }

  const id = randomUUID();
  const repo = tx.em.getRepository(Complaint);
  await repo.insert({
    organisationId,
    id,
    reference,
    customerId,
    receivedAt,
    awareOn: input.awareOn ?? null,
    channel: input.channel,
    serviceAreaId: input.serviceAreaId,
    category: input.category.trim(),
    summary: input.summary.trim(),
    outcomeSought: input.outcomeSought.trim(),
    serious: input.serious,
    aboutNamedStaff: namedStaffIds.length > 0,
    handlerId,
    ...projection([received], settings),
    version: 1,
    createdAt: tx.now,
    updatedAt: tx.now,
  });
  if (namedStaffIds.length > 0) {
    await tx.em.query(
      `INSERT INTO complaint_staff_member (organisation_id, complaint_id, person_id) SELECT $1, $2, unnest($3::uuid[])`,
      [organisationId, id, namedStaffIds],
    );
  }
  const row = fromDomainEvent(received);
  await insertEvent(tx, organisationId, id, 1, {
    ...row,
    payload: { ...row.payload, channel: input.channel },
  });
  await tx.audit({
    organisationId,
    entity: 'complaint',
    entityId: id,
    changes: {
      step: 'received',
      reference,
      stage: input.stage,
      channel: input.channel,
      serviceAreaId: input.serviceAreaId,
      handlerId,
      serious: input.serious,
      namedStaff: namedStaffIds.length,
      customerRecorded: customerId !== null,
    },
  });
  return repo.findOneByOrFail({ organisationId, id });
}

function normalisePostcode(postcode: string): string {
  const compact = postcode.replace(/\s+/g, '').toUpperCase();
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

/** §27 / §62: a manager agrees a new due date at the current stage. */
export async function extendComplaint(tx: Tx, args: ExtendComplaintArgs): Promise<Complaint> {
  const l = await load(tx, args);
  const stage = l.state.stage!;
  const domainEvent: DomainEvent = {
    type: 'extended',
    at: tx.now.toISOString(),
    stage,
    dueOn: args.dueOn,
  };
  const row = fromDomainEvent(domainEvent);
  return append(tx, l, {
    domainEvent,
    fields: { INVALID_DATE: 'dueOn' },
    row: {
      ...row,
      payload: { ...row.payload, reason: args.reason.trim(), agreedById: tx.viewer.personId },
    },
    audit: { stage, dueOn: args.dueOn },
  });
}

/**
 * Stage 2 after stage 1 (§36): the customer's request after a stage 1 response, or a transfer of an
 * open stage 1. A request after the stage 1 response outside the time limit needs exceptional
 * circumstances (recorded); a transfer is the organisation's own decision and is not time-limited.
 */
export async function escalateComplaint(tx: Tx, args: EscalateComplaintArgs): Promise<Complaint> {
  const l = await load(tx, args);
  const at = eventAt(args.at, tx.now);
  const domainEvent: DomainEvent = { type: 'escalated', at: at.toISOString() };
  withDomainRules(() => assertCanAppend(l.events, domainEvent, l.settings));
  const stage1 = complaintTimeline(l.events, l.settings).stage1;
  const transfer = stage1 !== null && stage1.closedOn === null;
  const limits = { awareOn: l.complaint.awareOn, stageOneClosedOn: stage1?.closedOn ?? null };
  const deadline = transfer ? null : escalationDeadline(limits);
  const inTime = transfer || isEscalationInTime(limits, localDate(at.toISOString()));
  const circumstances = args.exceptionalCircumstances?.trim() || null;
  if (!inTime && !circumstances) {
    throw badInput(
      'exceptionalCircumstances',
      'ESCALATION_OUT_OF_TIME',
      `The request is outside the time limit (the last day was ${deadline}: six months from when the customer knew of the problem or two months from the stage 1 response). Record the exceptional circumstances to go ahead.`,
    );
  }
  const row = fromDomainEvent(domainEvent);
  return append(tx, l, {
    domainEvent,
    row: {
      ...row,
      payload: {
        transfer,
        inTime,
        deadline,
        ...(circumstances ? { exceptionalCircumstances: circumstances } : {}),
      },
    },
    columns: { escalatedAt: at, escalationExceptionalCircumstances: circumstances },
    audit: { transfer, inTime },
  });
}

/** §40: stage 2 acknowledged (by day 3). */
export async function acknowledgeComplaint(tx: Tx, args: AtArgs): Promise<Complaint> {
  const l = await load(tx, args);
  const domainEvent: DomainEvent = {
    type: 'acknowledged',
    at: eventAt(args.at, tx.now).toISOString(),
  };
  return append(tx, l, { domainEvent, row: fromDomainEvent(domainEvent) });
}

/** §42–47: the points of complaint agreed with the customer replace any agreed before. */
export async function agreePointsOfComplaint(tx: Tx, args: AgreePointsArgs): Promise<Complaint> {
  const l = await load(tx, args);
  requireOpenStageTwo(l.state, 'agreeing points of complaint');
  const c = l.complaint;
  const points = args.points.map((p) => p.trim());
  await tx.em.query(
    `DELETE FROM complaint_point WHERE organisation_id = $1 AND complaint_id = $2`,
    [c.organisationId, c.id],
  );
  await tx.em.query(
    `INSERT INTO complaint_point (organisation_id, complaint_id, position, description)
     SELECT $1, $2, p.position, p.description FROM unnest($3::text[]) WITH ORDINALITY AS p(description, position)`,
    [c.organisationId, c.id, points],
  );
  return append(tx, l, {
    row: { type: JourneyEventType.points_agreed, at: tx.now, stage: 2, payload: { points } },
    audit: { points: points.length },
  });
}

/** §62: an update to the customer (and staff complained about) while the complaint is open. */
export async function recordContactUpdate(tx: Tx, args: ContactUpdateArgs): Promise<Complaint> {
  const l = await load(tx, args);
  if (l.state.status !== 'open')
    throw conflict(
      'ALREADY_CLOSED',
      'The complaint is closed: record contact after closure as post-closure contact.',
    );
  const at = eventAt(args.at, tx.now);
  if (at.getTime() < l.complaint.receivedAt.getTime())
    throw badInput(
      'at',
      'notBeforeReceipt',
      'The update is dated before the complaint was received.',
    );
  return append(tx, l, {
    row: {
      type: JourneyEventType.contact_update,
      at,
      stage: l.state.stage,
      payload: { note: args.note.trim() },
    },
  });
}

export async function addComplaintNote(tx: Tx, args: NoteArgs): Promise<Complaint> {
  const l = await load(tx, args);
  return append(tx, l, {
    row: {
      type: JourneyEventType.note,
      at: tx.now,
      stage: l.state.stage,
      payload: { note: args.note.trim() },
    },
  });
}

/** §65: a manager or officer empowered to give the final response signs it off. */
export async function signOffResponse(tx: Tx, args: ComplaintRef): Promise<Complaint> {
  const l = await load(tx, args);
  requireOpenStageTwo(l.state, 'signing off the response');
  return append(tx, l, {
    row: {
      type: JourneyEventType.signed_off,
      at: tx.now,
      stage: 2,
      payload: { byId: tx.viewer.personId, role: tx.viewer.role, empowered: true },
    },
  });
}

/** §31–34 (stage 1), §65–69 (stage 2): the closure with its outcome, checked by the domain. */
export async function closeComplaint(
  tx: Tx,
  ref: ComplaintRef,
  input: CloseComplaintInput,
): Promise<Complaint> {
  const l = await load(tx, ref);
  const c = l.complaint;
  const at = eventAt(input.at, tx.now);
  const stage = l.state.stage!;

  // findings on the agreed points; the outcome follows from them unless the stage was resolved
  const findings = input.findings ?? [];
  let outcome = input.outcome ?? null;
  if (findings.length > 0) {
    const points = await tx.em
      .getRepository(ComplaintPoint)
      .find({ where: { organisationId: c.organisationId, complaintId: c.id } });
    const ids = new Set(points.map((p) => p.id));
    const seen = new Set<string>();
    for (const f of findings) {
      if (!ids.has(f.pointId))
        throw badInput(
          'findings',
          'agreedPoint',
          'Each finding must be on one of the points of complaint agreed for this complaint.',
        );
      if (seen.has(f.pointId))
        throw badInput('findings', 'onePerPoint', 'Give one finding per point of complaint.');
      seen.add(f.pointId);
    }
    if (seen.size !== ids.size)
      throw badInput(
        'findings',
        'everyPoint',
        'Give a finding on every agreed point of complaint.',
      );
    if (outcome !== Outcome.resolved) {
      const derived = withDomainRules(
        () => stageOutcomeFromFindings(findings.map((f) => f.finding as DomainFinding)),
        { INVALID_OUTCOME: 'findings' },
      );
      if (outcome !== null && outcome !== derived) {
        throw badInput(
          'outcome',
          'OUTCOME_CONTRADICTS_FINDINGS',
          `The findings on the points of complaint make the outcome ${derived.replace('_', ' ')}, not ${outcome.replace('_', ' ')}.`,
        );
      }
      outcome = derived as Outcome;
    }
  }

  const domainEvent = { type: 'closed', at: at.toISOString(), stage, outcome } as DomainEvent;
  withDomainRules(() => assertCanAppend(l.events, domainEvent, l.settings));
  const signOff = [...l.rows]
    .reverse()
    .find(
      (r) =>
        r.type === JourneyEventType.signed_off &&
        r.stage === stage &&
        r.at.getTime() <= at.getTime(),
    );
  const signedOffById =
    typeof signOff?.payload['byId'] === 'string' ? signOff.payload['byId'] : null;
  withDomainRules(
    () =>
      checkClosure({
        stage,
        outcome,
        resolution: input.resolution ?? null,
        signOff: signedOffById
          ? { byId: signedOffById, empowered: signOff?.payload['empowered'] === true }
          : null,
        spsoSignposted: input.spsoSignposted,
        tribunalCase: input.tribunalCase,
        tribunalSignposted: input.tribunalSignposted,
      }),
    { INVALID_DATE: 'resolution.customerAgreedOn' },
  );

  const rootCauseIds = input.rootCauseIds ?? null;
  if (rootCauseIds) await assertRootCauses(tx, c.organisationId, rootCauseIds, 'rootCauseIds');

  for (const f of findings) {
    await tx.em.query(
      `UPDATE complaint_point SET finding = $3, finding_reason = $4 WHERE organisation_id = $1 AND id = $2`,
      [c.organisationId, f.pointId, f.finding, f.reason?.trim() || null],
    );
  }
  if (rootCauseIds) await replaceRootCauses(tx, c, rootCauseIds);
  const row = fromDomainEvent(domainEvent);
  return append(tx, l, {
    domainEvent,
    row: {
      ...row,
      payload: {
        ...row.payload,
        ...(findings.length
          ? {
              findings: findings.map((f) => ({
                pointId: f.pointId,
                finding: f.finding,
                ...(f.reason ? { reason: f.reason } : {}),
              })),
            }
          : {}),
        ...(input.resolution
          ? {
              resolution: {
                agreedAction: input.resolution.agreedAction.trim(),
                customerAgreedOn: input.resolution.customerAgreedOn,
              },
            }
          : {}),
        spsoSignposted: input.spsoSignposted,
        tribunalCase: input.tribunalCase,
        tribunalSignposted: input.tribunalSignposted,
        ...(signedOffById ? { signedOffById } : {}),
      },
    },
    audit: { stage, outcome, ...(rootCauseIds ? { rootCauseIds } : {}) },
  });
}

/** `003`, Recording complaints: the SPSO's decision on a complaint referred to it (after stage 2). */
export async function recordSpsoDecision(tx: Tx, args: SpsoDecisionArgs): Promise<Complaint> {
  const l = await load(tx, args);
  if (l.state.stage !== 2 || l.state.status !== 'closed') {
    throw conflict(
      'NOT_CLOSED_AT_STAGE_2',
      'The SPSO looks at a complaint only after the stage 2 response: close stage 2 first.',
    );
  }
  if (args.decidedOn > localDate(tx.now.toISOString()))
    throw badInput('decidedOn', 'notInFuture', 'The decision date is in the future.');
  if (l.complaint.stage2ClosedOn && args.decidedOn < l.complaint.stage2ClosedOn) {
    throw badInput(
      'decidedOn',
      'notBeforeClosure',
      `The SPSO cannot decide before the stage 2 response of ${l.complaint.stage2ClosedOn}.`,
    );
  }
  return append(tx, l, {
    row: {
      type: JourneyEventType.spso_decision,
      at: tx.now,
      stage: 2,
      payload: { decision: args.decision, decidedOn: args.decidedOn },
    },
    columns: { spsoDecision: args.decision, spsoDecidedOn: args.decidedOn },
    audit: { decision: args.decision, decidedOn: args.decidedOn },
  });
}

/** §76: contact after a closure. Clarification is recorded; dissatisfaction after stage 2 is signposted to the SPSO. */
export async function recordPostClosureContact(
  tx: Tx,
  args: PostClosureContactArgs,
): Promise<Complaint> {
  const l = await load(tx, args);
  const meaning = postClosureContact(l.events, args.dissatisfied, l.settings);
  if (meaning === 'not_closed')
    throw conflict(
      'NOT_CLOSED',
      'The complaint is still open: record a note or a contact update instead.',
    );
  if (meaning === 'escalate') {
    throw conflict(
      'ESCALATE_INSTEAD',
      'The customer is dissatisfied with the stage 1 response: escalate the complaint to stage 2 instead.',
    );
  }
  return append(tx, l, {
    row: {
      type: JourneyEventType.post_closure_contact,
      at: tx.now,
      stage: l.state.stage,
      payload: { note: args.note.trim(), dissatisfied: args.dissatisfied, meaning },
    },
    audit: { meaning },
  });
}

export async function assignComplaintHandler(tx: Tx, args: AssignHandlerArgs): Promise<Complaint> {
  const l = await load(tx, args);
  await assertHandler(tx, l.complaint.organisationId, args.handlerId);
  return saveComplaint(
    tx,
    l,
    l.events,
    { handlerId: args.handlerId },
    { handlerId: args.handlerId, previousHandlerId: l.complaint.handlerId },
  );
}

export async function setComplaintRootCauses(tx: Tx, args: RootCausesArgs): Promise<Complaint> {
  const l = await load(tx, args);
  await assertRootCauses(tx, l.complaint.organisationId, args.rootCauseIds, 'rootCauseIds');
  await replaceRootCauses(tx, l.complaint, args.rootCauseIds);
  return saveComplaint(tx, l, l.events, {}, { rootCauseIds: args.rootCauseIds });
}

/**
 * Recomputes the stored deadline columns after the organisation's calendar settings changed
 * (a closure day added or removed, a new cut-off time), with the same `projection()` the
 * lifecycle mutations use. With `aroundDate`, only complaints whose journey can include that
 * date are read (received by then, and open or closed on or after it); without, all of them.
 * Works in batches, so a large organisation never sits in memory. Returns how many changed.
 */
export async function refreshProjections(
  em: EntityManager,
  organisationId: string,
  aroundDate?: string,
): Promise<number> {
  const settings = await loadTimelineSettings(em, organisationId);
  let changed = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    // a day's margin either side: day one and local dates can move across midnight UTC
    const ids: { id: string }[] = await em.query(
      `SELECT id FROM complaint
        WHERE organisation_id = $1 AND id > $2
          AND ($3::date IS NULL OR (received_at < ($3::date + 2)::timestamptz
               AND (status = 'open' OR greatest(stage1_closed_on, stage2_closed_on) >= $3::date - 1)))
        ORDER BY id LIMIT 1000`,
      [organisationId, after, aroundDate ?? null],
    );
    if (ids.length === 0) return changed;
    after = ids[ids.length - 1]!.id;
    const batch = ids.map((r) => r.id);
    const complaints = await em
      .getRepository(Complaint)
      .find({ where: { organisationId, id: In(batch) } });
    const rows = await em.getRepository(ComplaintEvent).find({
      where: { organisationId, complaintId: In(batch) },
      order: { complaintId: 'ASC', sequence: 'ASC' },
    });
    const byComplaint = new Map<string, ComplaintEvent[]>();
    for (const row of rows) {
      const list = byComplaint.get(row.complaintId);
      if (list) list.push(row);
      else byComplaint.set(row.complaintId, [row]);
    }
    for (const c of complaints) {
      const next = projection(toDomainEvents(byComplaint.get(c.id) ?? []), settings);
      const differs = (Object.keys(next) as (keyof typeof next)[]).some((k) => next[k] !== c[k]);
      if (!differs) continue;
      await em.getRepository(Complaint).update({ organisationId, id: c.id }, next);
      changed++;
    }
  }
}
