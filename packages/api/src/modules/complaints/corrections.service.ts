import { randomUUID } from 'node:crypto';
import {
  assertInvestigatorNotNamed,
  checkNewComplaintChannel,
  checkSeriousRouting,
  checkVoid,
  correctedJourney,
  correctionChanges,
  isManager,
  checkCustomerSide,
  checkSurveyConsent,
  isSeriousAtStageOne,
  localDate,
  londonDateTime,
  type FieldChange,
} from '@chp/domain';
import { withDomainRules } from '../../core/domain-errors';
import type { Tx } from '../../core/mutation';
import type { Complaint } from './complaint.entity';
import { ContactType, JourneyEventType } from './complaint.enums';
import { complaintError } from './complaint.errors';
import type {
  ComplaintCorrectionInput,
  CorrectComplaintArgs,
  VoidComplaintStepArgs,
} from './corrections.inputs';
import { normalisePostcode } from './intake.service';
import { tellNamedStaff } from './staff-involvement.service';
import {
  OWN_DETAILS,
  SIDE_FIELDS,
  customerColumn,
  surveyColumns,
  representativeColumns,
  sideFromColumns,
  supportColumns,
} from './customer-side.columns';
import { recordedSteps } from './journey';
import { assertHandler, insertEvent, load, saveComplaint, type Loaded } from './journey-store';

/**
 * Corrections (docs/procedure.md, Correcting a record): details recorded wrongly are corrected,
 * and a step recorded by mistake is voided, each with a reason. The journey stays append-only:
 * each is a journey row of its own (`corrected` with every field's before and after, `voided`
 * naming the step), and the projection (and through the database's triggers the indicator
 * summary and the register's search words) is recomputed from the corrected journey in the same
 * transaction.
 */

/** The details a correction may change, as stored, with the customer's flattened. */
const CUSTOMER_FIELDS = [
  'name',
  'email',
  'phone',
  'address',
  'postcode',
  'preferredContact',
  // the representative and the support needs (docs/procedure.md, The customer's side)
  ...SIDE_FIELDS,
] as const;
type CustomerField = (typeof CUSTOMER_FIELDS)[number];

/**
 * Details that are personal data: their before and after reach only roles that see it. The staff
 * named are among them, as `Complaint.namedStaff` is (§62: who a complaint is about).
 */
export const PERSONAL_FIELDS: ReadonlySet<string> = new Set([
  'summary',
  'outcomeSought',
  'seriousStageOneReason',
  'namedStaffIds',
  ...CUSTOMER_FIELDS.map((f) => `customer.${f}`),
]);

async function currentDetails(tx: Tx, c: Complaint): Promise<Record<string, unknown>> {
  const staff: { person_id: string }[] = await tx.em.query(
    `SELECT person_id FROM complaint_staff_member WHERE organisation_id = $1 AND complaint_id = $2`,
    [c.organisationId, c.id],
  );
  const [customer]: Record<CustomerField, string | null>[] = c.customerId
    ? await tx.em.query(
        `SELECT name, email, phone, address, postcode, preferred_contact AS "preferredContact",
                ${SIDE_FIELDS.map((f) => `${customerColumn(f)} AS "${f}"`).join(', ')}
           FROM customer WHERE organisation_id = $1 AND id = $2 FOR UPDATE`,
        [c.organisationId, c.customerId],
      )
    : [];
  return {
    serviceAreaId: c.serviceAreaId,
    category: c.category,
    channel: c.channel,
    summary: c.summary,
    outcomeSought: c.outcomeSought,
    serious: c.serious,
    seriousStageOneReason: c.seriousStageOneReason,
    awareOn: c.awareOn,
    handlerId: c.handlerId,
    namedStaffIds: staff.map((s) => s.person_id),
    anonymous: c.anonymous,
    ...Object.fromEntries(
      CUSTOMER_FIELDS.map((f) => [`customer.${f}`, customer?.[f] ?? emptySide[f] ?? null]),
    ),
  };
}

/** The stored value of a side field when nothing is recorded (no customer row). */
const emptySide: Record<string, unknown> = {
  ...representativeColumns(null),
  ...supportColumns(null),
  ...surveyColumns(null),
};

const prefixed = (values: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(values).map(([f, v]) => [`customer.${f}`, v]));

const trimmed = (v: string | null | undefined): string | null | undefined =>
  typeof v === 'string' ? v.trim() : v;

/** The corrected values as they would be stored (trimmed, postcode normalised), only those given. */
function requested(input: ComplaintCorrectionInput): Record<string, unknown> {
  const c = input.customer;
  const given: Record<string, unknown> = {
    serviceAreaId: input.serviceAreaId,
    category: trimmed(input.category),
    channel: input.channel,
    summary: trimmed(input.summary),
    outcomeSought: trimmed(input.outcomeSought),
    serious: input.serious,
    seriousStageOneReason: trimmed(input.seriousStageOneReason),
    awareOn: input.awareOn,
    handlerId: input.handlerId,
    namedStaffIds: input.namedStaffIds,
    'customer.name': trimmed(c?.name),
    'customer.email': trimmed(c?.email),
    'customer.phone': trimmed(c?.phone),
    'customer.address': trimmed(c?.address),
    'customer.postcode': c?.postcode ? normalisePostcode(c.postcode) : c?.postcode,
    'customer.preferredContact': c?.preferredContact,
    anonymous: input.anonymous ?? undefined,
    // a representative or support needs given replace the recorded ones whole; null removes them
    ...(c?.representative !== undefined ? prefixed(representativeColumns(c.representative)) : {}),
    ...(c?.supportNeeds !== undefined ? prefixed(supportColumns(c.supportNeeds)) : {}),
    ...(c?.surveyConsent != null ? prefixed(surveyColumns(c.surveyConsent)) : {}),
  };
  return Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
}

/** The same rules as recording (intake.service.ts) for each corrected detail. */
async function checkCorrection(
  tx: Tx,
  l: Loaded,
  after: Record<string, unknown>,
  changed: ReadonlySet<string>,
): Promise<void> {
  const c = l.complaint;
  const isComplaint = c.contactType === ContactType.complaint;
  if (changed.has('anonymous') || [...changed].some((f) => f.startsWith('customer.'))) {
    const field = (f: string) => after[`customer.${f}`];
    const own = Object.fromEntries(OWN_DETAILS.map((f) => [f, field(f)]));
    const side = Object.fromEntries(SIDE_FIELDS.map((f) => [f, field(f)]));
    // §11, Part 1 §15–17: the same rules as recording, on the corrected values
    withDomainRules(() =>
      checkCustomerSide(
        sideFromColumns(after['anonymous'] === true, own, side),
        londonDateTime(tx.now.toISOString()).date,
      ),
    );
    // the survey needs the e-mail address (docs/procedure.md, Satisfaction survey)
    withDomainRules(() =>
      checkSurveyConsent({
        anonymous: after['anonymous'] === true,
        surveyConsent: field('surveyConsent') === true,
        email: field('email') as string | null,
      }),
    );
  }
  if (changed.has('channel') && isComplaint)
    withDomainRules(() => checkNewComplaintChannel(String(after['channel'])), {
      CHANNEL_NOT_FOR_COMPLAINTS: 'channel',
    });
  if (changed.has('serious') || changed.has('seriousStageOneReason')) {
    const serious = isComplaint && after['serious'] === true;
    withDomainRules(() =>
      checkSeriousRouting({
        serious,
        stage: c.currentStage,
        notStageTwoReason: (after['seriousStageOneReason'] as string | null) ?? null,
      }),
    );
  }
  if (changed.has('awareOn')) {
    const aware = after['awareOn'] as string | null;
    if (aware !== null && aware > localDate(c.receivedAt.toISOString()))
      throw complaintError('AWARE_ON_NOT_AFTER_RECEIPT');
  }
  if (changed.has('serviceAreaId')) {
    const [area]: { active: boolean }[] = await tx.em.query(
      `SELECT active FROM service_area WHERE organisation_id = $1 AND id = $2`,
      [c.organisationId, after['serviceAreaId']],
    );
    if (!area || !area.active) throw complaintError('SERVICE_AREA_ID_ACTIVE_SERVICE_AREA');
  }
  if (changed.has('handlerId')) {
    // docs/procedure.md, Correcting a record: the handler is assigned by managers, so corrected by them
    if (!isManager(tx.viewer.role))
      throw complaintError('ROLE_MAY_NOT', 'Only a manager can change who handles a complaint');
    await assertHandler(tx, c.organisationId, String(after['handlerId']));
  }
  if (changed.has('namedStaffIds')) {
    const ids = after['namedStaffIds'] as string[];
    const found: unknown[] = ids.length
      ? await tx.em.query(
          `SELECT id FROM person WHERE organisation_id = $1 AND id = ANY($2::uuid[])`,
          [c.organisationId, ids],
        )
      : [];
    if (found.length !== ids.length) throw complaintError('NAMED_STAFF_IDS_SAME_ORGANISATION');
  }
  if (changed.has('namedStaffIds') || changed.has('handlerId')) {
    // §37: at stage 2 the investigator is not someone the complaint is about
    const ids = after['namedStaffIds'] as string[];
    withDomainRules(() =>
      assertInvestigatorNotNamed(
        {
          stage: l.state.stage,
          handlerId: (after['handlerId'] as string | null) ?? null,
          namedStaffIds: ids,
        },
        changed.has('handlerId') ? 'handlerId' : 'namedStaffIds',
      ),
    );
  }
}

const COLUMNS = [
  'serviceAreaId',
  'category',
  'channel',
  'summary',
  'outcomeSought',
  'serious',
  'seriousStageOneReason',
  'awareOn',
  'handlerId',
] as const;

async function writeCustomer(tx: Tx, c: Complaint, changes: FieldChange[]): Promise<void> {
  const customer = changes.filter((ch) => ch.field.startsWith('customer.'));
  if (customer.length === 0) return;
  const values = Object.fromEntries(customer.map((ch) => [ch.field.slice(9), ch.after]));
  const column = customerColumn;
  if (c.customerId === null) {
    const id = randomUUID();
    const fields = Object.keys(values);
    await tx.em.query(
      `INSERT INTO customer (organisation_id, id, created_at, ${fields.map(column).join(', ')})
       VALUES ($1, $2, $3, ${fields.map((_, i) => `$${i + 4}`).join(', ')})`,
      [c.organisationId, id, tx.now, ...fields.map((f) => values[f])],
    );
    c.customerId = id;
    return;
  }
  const fields = Object.keys(values);
  await tx.em.query(
    `UPDATE customer SET ${fields.map((f, i) => `${column(f)} = $${i + 3}`).join(', ')}
      WHERE organisation_id = $1 AND id = $2`,
    [c.organisationId, c.customerId, ...fields.map((f) => values[f])],
  );
}

/** A handler or manager corrects the recorded details, with the reason. */
export async function correctComplaint(tx: Tx, args: CorrectComplaintArgs): Promise<Complaint> {
  const l = await load(tx, args);
  const c = l.complaint;
  const before = await currentDetails(tx, c);
  const req = requested(args.input);
  const after = { ...before, ...req };
  // serious no longer at stage 1 (or no longer serious): the reason for stage 1 is no longer kept
  if (!isSeriousAtStageOne({ serious: after['serious'] === true, stage: c.currentStage }))
    after['seriousStageOneReason'] = null;
  const given =
    after['seriousStageOneReason'] !== before['seriousStageOneReason']
      ? { ...req, seriousStageOneReason: after['seriousStageOneReason'] }
      : req;
  const changes = withDomainRules(() => correctionChanges(before, given));
  const changed = new Set(changes.map((ch) => ch.field));
  await checkCorrection(tx, l, after, changed);

  const columns: Partial<Complaint> = {};
  for (const f of COLUMNS) if (changed.has(f)) Object.assign(columns, { [f]: after[f] });
  if (changed.has('namedStaffIds')) {
    const ids = after['namedStaffIds'] as string[];
    // those still named keep what was recorded about them (told, support contact, updates)
    await tx.em.query(
      `DELETE FROM complaint_staff_member WHERE organisation_id = $1 AND complaint_id = $2 AND person_id <> ALL($3::uuid[])`,
      [c.organisationId, c.id, ids],
    );
    const added: { person_id: string }[] = ids.length
      ? await tx.em.query(
          `INSERT INTO complaint_staff_member (organisation_id, complaint_id, person_id, named_at)
           SELECT $1, $2, unnest($3::uuid[]), $4 ON CONFLICT DO NOTHING RETURNING person_id`,
          [c.organisationId, c.id, ids, tx.now],
        )
      : [];
    // §48: the staff newly named are told
    await tellNamedStaff(
      tx,
      c,
      added.map((a) => a.person_id),
    );
    columns.aboutNamedStaff = ids.length > 0;
  }
  const hadCustomer = c.customerId;
  await writeCustomer(tx, c, changes);
  if (c.customerId !== hadCustomer) columns.customerId = c.customerId;
  if (changed.has('anonymous')) {
    columns.anonymous = after['anonymous'] === true;
    // anonymous by choice (§11): the complaint keeps no customer (the checks found nothing in it)
    if (columns.anonymous) columns.customerId = c.customerId = null;
  }

  const sequence = (l.rows.at(-1)?.sequence ?? 0) + 1;
  await insertEvent(tx, c.organisationId, c.id, sequence, {
    type: JourneyEventType.corrected,
    at: tx.now,
    stage: c.currentStage,
    payload: { reason: args.reason.trim(), changes },
  });
  const id = `#corrected-${sequence}`;
  const events = correctedJourney([
    ...recordedSteps(l.rows),
    changed.has('awareOn')
      ? { id, kind: 'corrected', awareOn: (after['awareOn'] as string | null) ?? null }
      : { id, kind: 'corrected' },
  ]);
  return saveComplaint(tx, l, events, columns, {
    step: JourneyEventType.corrected,
    sequence,
    // the fields only: their values are in the journey, where personal data is guarded
    fields: [...changed],
  });
}

/** The columns a voided step had set besides the projection, as they stand without it. */
function columnsWithout(
  l: Loaded,
  voidedType: JourneyEventType,
  voidedId: string,
): Partial<Complaint> {
  const standing = l.rows.filter(
    (r) =>
      r.id !== voidedId &&
      !recordedSteps(l.rows).some((s) => s.kind === 'voided' && s.voidedId === r.id),
  );
  switch (voidedType) {
    case JourneyEventType.escalated:
      return { escalatedAt: null, escalationExceptionalCircumstances: null };
    case JourneyEventType.ended:
      return { otherOutcomeReason: null, duplicateOfId: null };
    case JourneyEventType.spso_decision: {
      const previous = standing.filter((r) => r.type === JourneyEventType.spso_decision).at(-1);
      return previous
        ? {
            spsoDecision: previous.payload['decision'] as Complaint['spsoDecision'],
            spsoDecidedOn: String(previous.payload['decidedOn']),
          }
        : { spsoDecision: null, spsoDecidedOn: null };
    }
    default:
      return {};
  }
}

/** A manager voids a step recorded by mistake, with the reason: it counts as absent from then on. */
export async function voidComplaintStep(tx: Tx, args: VoidComplaintStepArgs): Promise<Complaint> {
  const l = await load(tx, args);
  const c = l.complaint;
  const steps = recordedSteps(l.rows);
  withDomainRules(() => checkVoid(steps, args.eventId, l.settings, { contactType: c.contactType }));
  const target = l.rows.find((r) => r.id === args.eventId)!;
  const sequence = (l.rows.at(-1)?.sequence ?? 0) + 1;
  await insertEvent(tx, c.organisationId, c.id, sequence, {
    type: JourneyEventType.voided,
    at: tx.now,
    stage: target.stage,
    payload: { voidedEventId: target.id, voidedType: target.type, reason: args.reason.trim() },
  });
  const events = correctedJourney([
    ...steps,
    { id: `#voided-${sequence}`, kind: 'voided', voidedId: target.id },
  ]);
  return saveComplaint(tx, l, events, columnsWithout(l, target.type, target.id), {
    step: JourneyEventType.voided,
    sequence,
    voidedEventId: target.id,
    voidedType: target.type,
  });
}
