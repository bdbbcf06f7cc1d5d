import {
  assertCanAppend,
  complaintTimeline,
  displayDate,
  escalationDeadline,
  isEscalationInTime,
  localDate,
  postClosureContact,
  type ComplaintEvent as DomainEvent,
} from '@chp/domain';
import {
  contactUpdatePayload,
  escalationPayload,
  extensionPayload,
  notePayload,
  pointsAgreedPayload,
  postClosureContactPayload,
  signOffPayload,
  spsoDecisionPayload,
} from './journey-payloads';
import { withDomainRules } from '../../core/domain-errors';
import { type Tx } from '../../core/mutation';
import { Complaint } from './complaint.entity';
import { JourneyEventType } from './complaint.enums';
import type {
  AgreePointsArgs,
  AssignHandlerArgs,
  AtArgs,
  ComplaintRef,
  ContactUpdateArgs,
  EscalateComplaintArgs,
  ExtendComplaintArgs,
  NoteArgs,
  PostClosureContactArgs,
  RootCausesArgs,
  SpsoDecisionArgs,
} from './step.inputs';
import { AS_RECORDED, fromDomainEvent } from './journey';
import {
  append,
  assertHandler,
  assertRootCauses,
  eventAt,
  load,
  replaceRootCauses,
  requireOpenStageTwo,
  saveComplaint,
} from './journey-store';
import { complaintError } from './complaint.errors';
import {
  assertHandlerApartFromStaff,
  assertSignerApartFromStaff,
} from './staff-involvement.service';

/**
 * The complaint lifecycle. Each step runs inside `mutate` (one transaction, audited): it locks the
 * complaint, checks its version, asks @chp/domain whether the step may follow the stored journey,
 * appends one complaint_event row and rewrites the projection columns from the domain's timeline.
 */

/** §27 / §62: a manager agrees a new due date at the current stage. */
export async function extendComplaint(tx: Tx, args: ExtendComplaintArgs): Promise<Complaint> {
  const l = await load(tx, args);
  const stage = l.state.stage!;
  const domainEvent: DomainEvent & { type: 'extended' } = {
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
      payload: extensionPayload(domainEvent, args.reason.trim(), tx.viewer.personId),
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
  // §37: the stage 2 investigator is not someone the complaint is about; reassign first
  await assertHandlerApartFromStaff(tx, l.complaint, 2, l.complaint.handlerId);
  const receivedOn = localDate(l.complaint.receivedAt.toISOString());
  // §36: the awareness date, when not recorded with the complaint, may be given now
  const givenAwareOn = args.awareOn ?? null;
  if (givenAwareOn !== null) {
    if (l.complaint.awareOn !== null && l.complaint.awareOn !== givenAwareOn)
      throw complaintError('AWARE_ON_ALREADY_RECORDED');
    if (givenAwareOn > receivedOn) throw complaintError('AWARE_ON_NOT_AFTER_RECEIPT');
  }
  const awareOn = l.complaint.awareOn ?? givenAwareOn;
  const stage1 = complaintTimeline(l.events, l.settings, AS_RECORDED).stage1;
  const transfer = stage1 !== null && stage1.closedOn === null;
  // without an awareness date the customer knew at the latest on the day they complained
  const limits = { awareOn, receivedOn, stageOneClosedOn: stage1?.closedOn ?? null };
  const deadline = transfer ? null : escalationDeadline(limits);
  const inTime = transfer || isEscalationInTime(limits, localDate(at.toISOString()));
  const circumstances = args.exceptionalCircumstances?.trim() || null;
  if (!inTime && !circumstances) {
    // docs/procedure.md §36: six months from awareness, or two months from the stage 1 response
    throw complaintError(
      'ESCALATION_OUT_OF_TIME',
      'The limit is six months from when the customer knew of the problem, or two months from the stage 1 response.',
      undefined,
      { escalationDeadline: deadline },
    );
  }
  const row = fromDomainEvent(domainEvent);
  return append(tx, l, {
    domainEvent,
    row: {
      ...row,
      payload: escalationPayload({
        transfer,
        inTime,
        deadline,
        exceptionalCircumstances: circumstances,
        awareOn,
        awarenessFromReceipt: !transfer && awareOn === null,
      }),
    },
    columns: {
      escalatedAt: at,
      escalationExceptionalCircumstances: circumstances,
      ...(l.complaint.awareOn === null && givenAwareOn !== null ? { awareOn: givenAwareOn } : {}),
    },
    audit: { transfer, inTime, ...(givenAwareOn !== null ? { awareOn: givenAwareOn } : {}) },
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
    row: {
      type: JourneyEventType.points_agreed,
      at: tx.now,
      stage: 2,
      payload: pointsAgreedPayload(points),
    },
    audit: { points: points.length },
  });
}

/** §62: an update to the customer (and staff complained about) while the complaint is open. */
export async function recordContactUpdate(tx: Tx, args: ContactUpdateArgs): Promise<Complaint> {
  const l = await load(tx, args);
  if (l.state.status === 'ended') throw complaintError('ALREADY_ENDED');
  if (l.state.status !== 'open')
    throw complaintError('ALREADY_CLOSED', 'Record contact after closure as post-closure contact.');
  const at = eventAt(args.at, tx.now);
  if (at.getTime() < l.complaint.receivedAt.getTime())
    throw complaintError('AT_NOT_BEFORE_RECEIPT');
  return append(tx, l, {
    row: {
      type: JourneyEventType.contact_update,
      at,
      stage: l.state.stage,
      payload: contactUpdatePayload(args.note.trim()),
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
      payload: notePayload(args.note.trim()),
    },
  });
}

/** §65: a manager or officer empowered to give the final response signs it off. */
export async function signOffResponse(tx: Tx, args: ComplaintRef): Promise<Complaint> {
  const l = await load(tx, args);
  requireOpenStageTwo(l.state, 'signing off the response');
  await assertSignerApartFromStaff(tx, l, tx.viewer.personId);
  return append(tx, l, {
    row: {
      type: JourneyEventType.signed_off,
      at: tx.now,
      stage: 2,
      payload: signOffPayload(tx.viewer.personId, tx.viewer.role),
    },
  });
}

/** Part 4, Recording complaints: the SPSO's decision on a complaint referred to it (after stage 2). */
export async function recordSpsoDecision(tx: Tx, args: SpsoDecisionArgs): Promise<Complaint> {
  const l = await load(tx, args);
  if (l.state.stage !== 2 || l.state.status !== 'closed') {
    throw complaintError('NOT_CLOSED_AT_STAGE_2');
  }
  if (args.decidedOn > localDate(tx.now.toISOString()))
    throw complaintError('DECIDED_ON_NOT_IN_FUTURE');
  if (l.complaint.stage2ClosedOn && args.decidedOn < l.complaint.stage2ClosedOn) {
    throw complaintError(
      'DECIDED_ON_NOT_BEFORE_CLOSURE',
      `(The stage 2 response was on ${displayDate(l.complaint.stage2ClosedOn)}.)`,
    );
  }
  return append(tx, l, {
    row: {
      type: JourneyEventType.spso_decision,
      at: tx.now,
      stage: 2,
      payload: spsoDecisionPayload(args.decision, args.decidedOn),
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
  if (meaning === 'not_closed') throw complaintError('NOT_CLOSED');
  if (meaning === 'escalate') {
    throw complaintError('ESCALATE_INSTEAD');
  }
  return append(tx, l, {
    row: {
      type: JourneyEventType.post_closure_contact,
      at: tx.now,
      stage: l.state.stage,
      payload: postClosureContactPayload(args.note.trim(), args.dissatisfied, meaning),
    },
    audit: { meaning },
  });
}

export async function assignComplaintHandler(tx: Tx, args: AssignHandlerArgs): Promise<Complaint> {
  const l = await load(tx, args);
  await assertHandler(tx, l.complaint.organisationId, args.handlerId);
  await assertHandlerApartFromStaff(tx, l.complaint, l.state.stage, args.handlerId);
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
