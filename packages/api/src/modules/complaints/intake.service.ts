import { formatReferenceSql, takeNumberSql } from './reference';
import { randomUUID } from 'node:crypto';
import {
  assertCanAppend,
  checkFirstContact,
  checkNewComplaintChannel,
  checkSeriousRouting,
  contractorName,
  isSeriousAtStageOne,
  localDate,
  londonDateTime,
  type ComplaintEvent as DomainEvent,
} from '@chp/domain';
import { withDomainRules } from '../../core/domain-errors';
import type { ChpContext } from '../../core/context';
import { AUDIT_COLUMNS, type Tx } from '../../core/mutation';
import { queryPrepared } from '../../core/prepared-statements';
import type { Role } from '../../core/role';
import { timelineSettings } from '../calendar';
import { Complaint } from './complaint.entity';
import { aliasedColumns, entityFromRaw } from './page-relations';
import type { RecordComplaintInput } from './intake.inputs';
import { fromDomainEvent, projection } from './journey';
import { checkHandler, eventAt, EVENT_COLUMNS, eventValues } from './journey-store';
import { complaintError } from './complaint.errors';
import { ContactType } from './complaint.enums';
import { tellNamedStaff } from './staff-involvement.service';
import { mutateEndingWith, type EndingTx } from './recording-transaction';
import { assertInvestigatorNotNamed } from '@chp/domain';
import {
  checkRecordedSide,
  customerColumn,
  surveyColumns,
  representativeColumns,
  supportColumns,
} from './customer-side.columns';

/** Recording a complaint: the customer, what it is about, stage 1 or 2, the first journey step. */

/**
 * recordComplaint for the API: records in one transaction, whose last statement (the one that
 * takes the reference's number) goes with its COMMIT and returns the complaint's row as written,
 * so nothing is read back (issue 19).
 */
export async function recordAndReturn(
  ctx: ChpContext,
  input: RecordComplaintInput,
): Promise<Complaint> {
  const row = await mutateEndingWith(ctx, 'recordComplaint', (tx) => recordComplaint(tx, input));
  return entityFromRaw(ctx.dataSource, Complaint, row, 'c');
}

/** Records it; returns the complaint's row as written (`c_<column>` keys, as entityFromRaw reads). */
export async function recordComplaint(
  tx: Tx | EndingTx,
  input: RecordComplaintInput,
): Promise<Record<string, unknown>> {
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
  const handlerId = input.handlerId ?? tx.viewer.personId;
  const setting = await recordingSettings(tx, input.serviceAreaId, handlerId);
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
  if (!setting?.area_active) throw complaintError('SERVICE_AREA_ID_ACTIVE_SERVICE_AREA');
  checkHandler(setting.handler);
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

  const settings = timelineSettings(
    { cutOffTime: setting.cut_off_time },
    setting.closure_days.map((date) => ({ date })),
  );
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
  // the customer's words as stored: the complaint's search words are made from them
  const stored = {
    name: customer?.name?.trim() ?? null,
    email: customer?.email?.trim() ?? null,
    postcode: customer?.postcode ? normalisePostcode(customer.postcode) : null,
  };
  // the customer's row is written by the search words' statement (writeSearchWords)
  let newCustomer: NewCustomer | null = null;
  if (customer && given) {
    customerId = randomUUID();
    const side = {
      ...representativeColumns(customer.representative ?? null),
      ...supportColumns(customer.supportNeeds ?? null),
      ...surveyColumns(customer.surveyConsent),
    };
    const fields = Object.keys(side);
    newCustomer = {
      columns: [
        'organisation_id, id, name, email, phone, address, postcode, preferred_contact, created_at',
        ...fields.map(customerColumn),
      ].join(', '),
      values: [
        organisationId,
        customerId,
        stored.name,
        stored.email,
        customer.phone?.trim() ?? null,
        customer.address?.trim() ?? null,
        stored.postcode,
        customer.preferredContact ?? null,
        tx.now,
        ...fields.map((f) => side[f as keyof typeof side]),
      ],
    };
  }

  const id = randomUUID();
  const values = {
    organisationId,
    id,
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
  };
  const receivedRow = fromDomainEvent(received);
  const eventRows = [
    eventValues(tx, organisationId, id, 1, {
      ...receivedRow,
      payload: {
        ...receivedRow.payload,
        channel: input.channel,
        contactType: input.contactType,
        ...(firstContact.timeLimitLastDay
          ? { timeLimitLastDay: firstContact.timeLimitLastDay, inTime: firstContact.inTime }
          : {}),
      },
    }),
  ];
  if (events[1]) {
    const ended = fromDomainEvent(events[1]);
    eventRows.push(
      eventValues(tx, organisationId, id, 2, {
        ...ended,
        stage: 1,
        payload: { ...ended.payload, reason: firstContact.reason },
      }),
    );
  }

  const audit = tx.auditRow({
    organisationId,
    entity: 'complaint',
    entityId: id,
    changes: {
      step: 'received',
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
  await writeSearchWords(tx, values, customerId ? stored : null, newCustomer);
  // @chp/domain's reference (CMP-<year of receipt>-<n>), numbered per organisation and year, is
  // taken by the statement that writes the complaint (insertRecording)
  const written = await insertRecording(
    tx,
    values,
    Number(receivedOn.slice(0, 4)),
    eventRows,
    audit,
    namedStaffIds.length === 0,
  );
  const reference = written['c_reference'] as string;
  if (namedStaffIds.length > 0) {
    await tx.em.query(
      `INSERT INTO complaint_staff_member (organisation_id, complaint_id, person_id, named_at) SELECT $1, $2, unnest($3::uuid[]), $4`,
      [organisationId, id, namedStaffIds, tx.now],
    );
    // §48: the staff named are told
    await tellNamedStaff(tx, { organisationId, id, reference }, namedStaffIds);
  }
  return written;
}

/**
 * The organisation's settings a recording checks against, the service area's and the handler's
 * state, and the closure days, in one statement.
 */
async function recordingSettings(tx: Tx, serviceAreaId: string, handlerId: string) {
  const [row] = await queryPrepared<{
    earliest: string;
    months: number;
    cut_off_time: string | null;
    area_active: boolean | null;
    handler: { role: Role; active: boolean } | null;
    closure_days: string[];
  }>(
    tx.em,
    `SELECT to_char(o.earliest_record_date, 'YYYY-MM-DD') AS earliest,
            o.complaint_time_limit_months AS months, o.cut_off_time,
            (SELECT a.active FROM service_area a WHERE a.organisation_id = o.id AND a.id = $2) AS area_active,
            (SELECT json_build_object('role', p.role, 'active', p.active) FROM person p
              WHERE p.organisation_id = o.id AND p.id = $3) AS handler,
            ARRAY(SELECT d.date::text FROM closure_day d WHERE d.organisation_id = o.id ORDER BY d.date) AS closure_days
       FROM organisation o WHERE o.id = $1`,
    [tx.viewer.organisationId, serviceAreaId, handlerId],
  );
  return row;
}

/** A customer row to insert: its columns (a list for INSERT) and their values in that order. */
interface NewCustomer {
  columns: string;
  values: unknown[];
}

/**
 * The complaint's search words, written before the reference's number is taken so that the
 * recordings queued on the organisation's counter row do not wait for them (issue 19): the same
 * words as the insert trigger makes (complaint_search_words of the summary and the customer's
 * name, email and postcode as stored), and the transaction's setting chp.search_words_written
 * tells that trigger they are written (migration SearchWordsBeforeNumber). The new customer's row,
 * when there is one, is written by the same statement (one round trip fewer per recording).
 */
async function writeSearchWords(
  tx: Tx,
  complaint: { organisationId: string; id: string; receivedAt: Date; summary: string },
  customer: { name: string | null; email: string | null; postcode: string | null } | null,
  newCustomer: NewCustomer | null,
): Promise<void> {
  const parameters: unknown[] = [
    complaint.organisationId,
    complaint.receivedAt,
    complaint.id,
    complaint.summary,
    customer?.name ?? null,
    customer?.email ?? null,
    customer?.postcode ?? null,
  ];
  const customerRow = newCustomer
    ? `customer_row AS (INSERT INTO customer (${newCustomer.columns})
         VALUES (${newCustomer.values.map((v) => `$${parameters.push(v)}`).join(', ')})),`
    : '';
  await queryPrepared(
    tx.em,
    `WITH ${customerRow}
     words AS (
       INSERT INTO search_word (organisation_id, word, received_at, complaint_id)
       SELECT $1, w, $2, $3 FROM complaint_search_words($4, $5, $6, $7) w)
     SELECT set_config('chp.search_words_written', $3::text, true)`,
    parameters,
  );
}

/**
 * The complaint, its journey events and its audit row in one statement, which also takes the
 * reference's number from the counter row of the organisation and year (issue 19). That row stays
 * locked until COMMIT, so every recording of the organisation and year waits for this one: taking
 * the number in the last statement before COMMIT keeps that wait to this statement and the COMMIT,
 * and when it is the recording's `last` statement it goes with the COMMIT (EndingTx.endWith: no
 * round trip to the API in between). The events and the audit row are data-modifying WITH
 * queries (the events' foreign key is checked at the statement's end, when the complaint is
 * there); the audit row gets the reference in its changes. Returns the complaint row as written.
 */
async function insertRecording(
  tx: Tx | EndingTx,
  complaint: Partial<Complaint>,
  year: number,
  eventRows: unknown[][],
  audit: unknown[],
  last: boolean,
): Promise<Record<string, unknown>> {
  const [insert, params] = tx.em
    .createQueryBuilder()
    .insert()
    .into(Complaint)
    .values({ ...complaint, reference: () => '(SELECT reference FROM taken)' })
    .returning(aliasedColumns(tx.em.connection, Complaint, 'c'))
    .updateEntity(false)
    .getQueryAndParameters();
  const all: unknown[] = [...(params as unknown[])];
  const $ = (v: unknown) => `$${all.push(v)}`;
  const row = (values: unknown[]) => `(${values.map($).join(', ')})`;
  const organisation = $(complaint.organisationId);
  const year$ = `${$(year)}::int`;
  const auditValues = audit.map($);
  auditValues[auditValues.length - 1] +=
    `::jsonb || jsonb_build_object('reference', (SELECT reference FROM taken))`;
  const sql = `WITH counter AS (${takeNumberSql(organisation, year$)}),
          taken AS (SELECT ${formatReferenceSql(year$, 'last_number')} AS reference FROM counter),
          journey AS (INSERT INTO complaint_event (${EVENT_COLUMNS}) VALUES ${eventRows.map(row).join(', ')}),
          audit AS (INSERT INTO audit_log (${AUDIT_COLUMNS}) VALUES (${auditValues.join(', ')}))
     ${insert}`;
  const [written] =
    last && 'endWith' in tx
      ? await tx.endWith<Record<string, unknown>>(sql, all)
      : await queryPrepared<Record<string, unknown>>(tx.em, sql, all);
  return written!;
}

export function normalisePostcode(postcode: string): string {
  const compact = postcode.replace(/\s+/g, '').toUpperCase();
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}
