import { nextReferenceNumber } from './reference';
import { randomUUID } from 'node:crypto';
import {
  assertCanAppend,
  checkFirstContact,
  checkNewComplaintChannel,
  checkSeriousRouting,
  contractorName,
  formatComplaintReference,
  isSeriousAtStageOne,
  localDate,
  londonDateTime,
  type ComplaintEvent as DomainEvent,
} from '@chp/domain';
import { withDomainRules } from '../../core/domain-errors';
import { type Tx } from '../../core/mutation';
import { Complaint } from './complaint.entity';
import type { RecordComplaintInput } from './intake.inputs';
import { fromDomainEvent, loadTimelineSettings, projection } from './journey';
import { assertHandler, eventAt, insertEvent } from './journey-store';
import { complaintError } from './complaint.errors';
import { ContactType } from './complaint.enums';
import { tellNamedStaff } from './staff-involvement.service';
import { assertInvestigatorNotNamed } from '@chp/domain';
import {
  checkRecordedSide,
  customerColumn,
  surveyColumns,
  representativeColumns,
  supportColumns,
} from './customer-side.columns';

/** Recording a complaint: the customer, what it is about, stage 1 or 2, the first journey step. */

export async function recordComplaint(tx: Tx, input: RecordComplaintInput): Promise<Complaint> {
  const organisationId = tx.viewer.organisationId;
  const isComplaint = input.contactType === ContactType.complaint;
  // docs/procedure.md, What every complaint records: complaints are not taken through social
  // media (an enquiry there is recorded with the signposting given)
  if (isComplaint) withDomainRules(() => checkNewComplaintChannel(input.channel));
  // §36: serious, high-risk or high-profile goes to stage 2, or the reason why not is recorded
  const serious = isComplaint && input.serious;
  const seriousStageOneReason = isSeriousAtStageOne({ serious, stage: input.stage })
    ? (input.seriousStageOneReason?.trim() ?? null)
    : null;
  withDomainRules(() =>
    checkSeriousRouting({
      serious,
      stage: input.stage,
      notStageTwoReason: seriousStageOneReason,
    }),
  );
  const receivedAt = eventAt(input.receivedAt, tx.now, 'receivedAt');
  const receivedOn = localDate(receivedAt.toISOString());
  const [setting] = await tx.em.query<{ earliest: string; months: number }[]>(
    `SELECT to_char(earliest_record_date, 'YYYY-MM-DD') AS earliest, complaint_time_limit_months AS months
       FROM organisation WHERE id = $1`,
    [organisationId],
  );
  const earliest = setting?.earliest ?? '2000-01-01';
  if (receivedOn < earliest)
    throw complaintError('RECEIVED_AT_NOT_BEFORE_EARLIEST_RECORD', `(${earliest})`);
  if (input.awareOn && input.awareOn > receivedOn) {
    throw complaintError('AWARE_ON_NOT_AFTER_RECEIPT');
  }
  // §11–12: is it a complaint, is it in time, is another organisation involved
  const firstContact = withDomainRules(
    () =>
      checkFirstContact({
        contactType: input.contactType,
        receivedOn,
        awareOn: input.awareOn ?? null,
        timeLimitMonths: setting?.months ?? undefined,
        signposting: input.signposting,
        specialCircumstances: input.specialCircumstances,
        outOfTimeReason: input.outOfTimeReason,
        otherOrganisation:
          input.otherOrganisation || input.passedToOtherOrganisation
            ? { name: input.otherOrganisation, passed: input.passedToOtherOrganisation }
            : null,
      }),
    { INVALID_DATE: 'awareOn' },
  );
  const [area] = await tx.em.query<{ active: boolean }[]>(
    `SELECT active FROM service_area WHERE organisation_id = $1 AND id = $2`,
    [organisationId, input.serviceAreaId],
  );
  if (!area || !area.active) throw complaintError('SERVICE_AREA_ID_ACTIVE_SERVICE_AREA');
  const handlerId = input.handlerId ?? tx.viewer.personId;
  await assertHandler(tx, organisationId, handlerId);
  const namedStaffIds = input.namedStaffIds ?? [];
  if (namedStaffIds.length > 0) {
    const found: unknown[] = await tx.em.query(
      `SELECT id FROM person WHERE organisation_id = $1 AND id = ANY($2::uuid[])`,
      [organisationId, namedStaffIds],
    );
    if (found.length !== namedStaffIds.length)
      throw complaintError('NAMED_STAFF_IDS_SAME_ORGANISATION');
    // §37: a complaint recorded at stage 2 is not investigated by someone it is about
    withDomainRules(() =>
      assertInvestigatorNotNamed(
        { stage: isComplaint ? input.stage : 1, handlerId, namedStaffIds },
        'handlerId',
      ),
    );
  }

  const settings = await loadTimelineSettings(tx.em, organisationId);
  const received: DomainEvent = {
    type: 'received',
    at: receivedAt.toISOString(),
    // something that is not a complaint never enters stage 2
    stage: isComplaint ? input.stage : 1,
    ...(input.awareOn ? { awareOn: input.awareOn } : {}),
  };
  withDomainRules(() => assertCanAppend([], received, settings), {
    INVALID_DATE: 'awareOn',
    INVALID_INSTANT: 'receivedAt',
  });
  // not a complaint, or out of time: the record ends at once, on the day of the contact
  const events: DomainEvent[] = firstContact.otherOutcome
    ? [received, { type: 'ended', at: received.at, outcome: firstContact.otherOutcome }]
    : [received];

  const customer = input.customer;
  // §11, Part 1 §15–17: anonymity by choice, consent dated and scoped, not after today
  checkRecordedSide(input.anonymous, customer, londonDateTime(tx.now.toISOString()).date);
  const given = customer && Object.values(customer).some((v) => v !== null && v !== undefined);
  let customerId: string | null = null;
  if (customer && given) {
    customerId = randomUUID();
    const side = {
      ...representativeColumns(customer.representative ?? null),
      ...supportColumns(customer.supportNeeds ?? null),
      ...surveyColumns(customer.surveyConsent),
    };
    const fields = Object.keys(side);
    await tx.em.query(
      `INSERT INTO customer (organisation_id, id, name, email, phone, address, postcode, preferred_contact, created_at,
                             ${fields.map(customerColumn).join(', ')})
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, ${fields.map((_, i) => `$${i + 10}`).join(', ')})`,
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
        ...fields.map((f) => side[f as keyof typeof side]),
      ],
    );
  }

  // @chp/domain's reference (CMP-<year of receipt>-<n>), numbered per organisation and year; taken
  // last before the insert, as its counter row waits for this transaction's end
  const year = Number(receivedOn.slice(0, 4));
  const reference = formatComplaintReference(
    year,
    await nextReferenceNumber(tx.em, organisationId, year),
  );
  const id = randomUUID();
  const repo = tx.em.getRepository(Complaint);
  await repo.insert({
    organisationId,
    id,
    reference,
    customerId,
    anonymous: input.anonymous,
    receivedAt,
    awareOn: input.awareOn ?? null,
    channel: input.channel,
    serviceAreaId: input.serviceAreaId,
    category: input.category.trim(),
    summary: input.summary.trim(),
    outcomeSought: input.outcomeSought.trim(),
    serious,
    seriousStageOneReason,
    aboutNamedStaff: namedStaffIds.length > 0,
    handlerId,
    contactType: input.contactType,
    otherOutcomeReason: firstContact.reason,
    specialCircumstances: isComplaint ? input.specialCircumstances?.trim() || null : null,
    otherOrganisation: input.otherOrganisation?.trim() || null,
    passedToOtherOrganisation: input.passedToOtherOrganisation?.trim() || null,
    contractor: contractorName(input.contractor),
    electedMember: input.electedMember?.trim() || null,
    ...projection(events, settings),
    version: 1,
    createdAt: tx.now,
    updatedAt: tx.now,
  });
  if (namedStaffIds.length > 0) {
    await tx.em.query(
      `INSERT INTO complaint_staff_member (organisation_id, complaint_id, person_id, named_at) SELECT $1, $2, unnest($3::uuid[]), $4`,
      [organisationId, id, namedStaffIds, tx.now],
    );
    // §48: the staff named are told
    await tellNamedStaff(tx, { organisationId, id, reference }, namedStaffIds);
  }
  const row = fromDomainEvent(received);
  await insertEvent(tx, organisationId, id, 1, {
    ...row,
    payload: {
      ...row.payload,
      channel: input.channel,
      contactType: input.contactType,
      ...(firstContact.timeLimitLastDay
        ? { timeLimitLastDay: firstContact.timeLimitLastDay, inTime: firstContact.inTime }
        : {}),
    },
  });
  if (events[1]) {
    const ended = fromDomainEvent(events[1]);
    await insertEvent(tx, organisationId, id, 2, {
      ...ended,
      stage: 1,
      payload: { ...ended.payload, reason: firstContact.reason },
    });
  }
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
      serious,
      ...(seriousStageOneReason ? { seriousStageOneReason: true } : {}),
      contactType: input.contactType,
      otherOutcome: firstContact.otherOutcome,
      inTime: firstContact.inTime,
      otherOrganisation: input.otherOrganisation ? true : false,
      contractor: input.contractor ? true : false,
      namedStaff: namedStaffIds.length,
      customerRecorded: customerId !== null,
      anonymous: input.anonymous,
    },
  });
  return repo.findOneByOrFail({ organisationId, id });
}

export function normalisePostcode(postcode: string): string {
  const compact = postcode.replace(/\s+/g, '').toUpperCase();
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}
