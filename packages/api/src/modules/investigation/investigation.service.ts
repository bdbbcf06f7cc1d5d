import {
  checkAlternativeResolution,
  checkMeetingRecord,
  localDate,
  meetingRecordDueOn,
} from '@chp/domain';
import type { EntityTarget } from 'typeorm';
import { withDomainRules } from '../../core/domain-errors';
import { badInput, forbidden, notFound, ruleText } from '../../core/errors';
import { checkVersion, lockInScope, type Tx } from '../../core/mutation';
import { Complaint, ComplaintStatus, loadTimelineSettings } from '../complaints';
import { EvidenceFile } from './evidence-file.entity';
import type {
  AddAlternativeResolutionArgs,
  AddInvestigationMeetingArgs,
  RecordAlternativeResolutionResultArgs,
  RecordMeetingRecordSentArgs,
  SaveInvestigationPlanArgs,
  SaveInvestigationReportArgs,
} from './investigation.inputs';
import { investigationError } from './investigation.errors';
import { AlternativeResolution, InvestigationMeeting } from './meeting.entity';
import { InvestigationPlan, InvestigationReport } from './plan-and-report.entity';

/**
 * The investigation file of a stage 2 complaint (§50, §54–59; docs/procedure.md, The
 * investigation file): each change in one transaction, audited. Only an open complaint at
 * stage 2 takes changes: stage 1 is frontline resolution, with no investigation (§50 is part of
 * stage 2), and a closed stage's file is the record of what was done.
 */
export async function openStageTwo(tx: Tx, complaintId: string): Promise<Complaint> {
  const complaint = await lockInScope(tx, Complaint, 'Complaint', complaintId);
  if (complaint.organisationId !== tx.viewer.organisationId)
    throw forbidden(
      "Group access is read-only: a complaint is changed by its own organisation's staff",
    );
  if (complaint.currentStage !== 2) throw investigationError('NOT_AT_STAGE_2');
  if (complaint.status !== ComplaintStatus.open) throw investigationError('NOT_OPEN');
  return complaint;
}

/** Inserts a row whose id the database generates, and reads it back. */
async function insertRow<E extends { id: string; organisationId: string }>(
  tx: Tx,
  entity: EntityTarget<E>,
  values: Omit<E, 'id' | 'version'>,
): Promise<E> {
  const repo = tx.em.getRepository(entity);
  const result = await repo
    .createQueryBuilder()
    .insert()
    .values(values as never)
    .returning('id')
    .execute();
  const id = (result.raw as { id: string }[])[0]!.id;
  return repo.findOneByOrFail({ organisationId: values.organisationId, id } as never);
}

const today = (tx: Tx) => localDate(tx.now.toISOString());
const orNull = (text: string | null | undefined) => (text?.trim() ? text.trim() : null);

/** §50: saves the plan (what happened, what should have happened, the difference, the evidence needed). */
export async function saveInvestigationPlan(
  tx: Tx,
  args: SaveInvestigationPlanArgs,
): Promise<InvestigationPlan> {
  const complaint = await openStageTwo(tx, args.complaintId);
  const repo = tx.em.getRepository(InvestigationPlan);
  const key = { organisationId: complaint.organisationId, complaintId: complaint.id };
  const stored = await repo.findOne({ where: key, lock: { mode: 'pessimistic_write' } });
  checkVersion('InvestigationPlan', stored ?? { version: 0 }, args.version);
  const fields = {
    whatHappened: args.whatHappened.trim(),
    whatShouldHaveHappened: args.whatShouldHaveHappened.trim(),
    difference: args.difference.trim(),
    evidenceNeeded: args.evidenceNeeded.trim(),
  };
  const saved = await repo.save({
    ...key,
    ...fields,
    version: args.version + 1,
    updatedById: tx.viewer.personId,
    updatedAt: tx.now,
  });
  await tx.audit({
    organisationId: complaint.organisationId,
    entity: 'investigation_plan',
    entityId: complaint.id,
    changes: { complaintId: complaint.id, version: saved.version, ...fields },
  });
  return saved;
}

/** §58–59: a meeting with the customer; its record is due by the date they were told. */
export async function addInvestigationMeeting(
  tx: Tx,
  args: AddInvestigationMeetingArgs,
): Promise<InvestigationMeeting> {
  const complaint = await openStageTwo(tx, args.complaintId);
  const settings = await loadTimelineSettings(tx.em, complaint.organisationId);
  const dates = {
    heldOn: args.heldOn,
    recordDueOn: args.recordDueOn ?? null,
    recordSentOn: args.recordSentOn ?? null,
  };
  const recordDueOn = withDomainRules(() => {
    checkMeetingRecord(dates, today(tx));
    return meetingRecordDueOn(dates, settings);
  });
  const saved = await insertRow(tx, InvestigationMeeting, {
    organisationId: complaint.organisationId,
    complaintId: complaint.id,
    heldOn: args.heldOn,
    staffPresent: args.staffPresent.trim(),
    customerSidePresent: args.customerSidePresent.trim(),
    recordFormat: args.recordFormat,
    recordDueOn,
    recordSentOn: dates.recordSentOn,
    recordedById: tx.viewer.personId,
    recordedAt: tx.now,
  });

  await tx.audit({
    organisationId: complaint.organisationId,
    entity: 'investigation_meeting',
    entityId: saved.id,
    changes: {
      complaintId: complaint.id,
      heldOn: saved.heldOn,
      staffPresent: saved.staffPresent,
      customerSidePresent: saved.customerSidePresent,
      recordFormat: saved.recordFormat,
      recordDueOn,
      recordSentOn: saved.recordSentOn,
    },
  });
  return saved;
}

/** §59: the record of the meeting was given to the customer on `sentOn`. */
export async function recordMeetingRecordSent(
  tx: Tx,
  args: RecordMeetingRecordSentArgs,
): Promise<InvestigationMeeting> {
  const meeting = await lockInScope(
    tx,
    InvestigationMeeting,
    'InvestigationMeeting',
    args.meetingId,
  );
  await openStageTwo(tx, meeting.complaintId);
  checkVersion('InvestigationMeeting', meeting, args.version);
  withDomainRules(() => checkMeetingRecord({ ...meeting, recordSentOn: args.sentOn }, today(tx)));
  const saved = await tx.em
    .getRepository(InvestigationMeeting)
    .save({ ...meeting, recordSentOn: args.sentOn, version: meeting.version + 1 });
  await tx.audit({
    organisationId: meeting.organisationId,
    entity: 'investigation_meeting',
    entityId: meeting.id,
    changes: { recordSentOn: { from: meeting.recordSentOn, to: args.sentOn } },
  });
  return saved;
}

/** §54–57: an alternative approach used (mediation, conciliation, ...), when, and its result. */
export async function addAlternativeResolution(
  tx: Tx,
  args: AddAlternativeResolutionArgs,
): Promise<AlternativeResolution> {
  const complaint = await openStageTwo(tx, args.complaintId);
  const record = {
    approach: args.approach,
    startedOn: args.startedOn,
    endedOn: args.endedOn ?? null,
    result: orNull(args.result),
  };
  withDomainRules(() => checkAlternativeResolution(record));
  const saved = await insertRow(tx, AlternativeResolution, {
    organisationId: complaint.organisationId,
    complaintId: complaint.id,
    ...record,
    description: orNull(args.description),
    recordedById: tx.viewer.personId,
    recordedAt: tx.now,
  });

  await tx.audit({
    organisationId: complaint.organisationId,
    entity: 'alternative_resolution',
    entityId: saved.id,
    changes: { complaintId: complaint.id, ...record, description: saved.description },
  });
  return saved;
}

/** §55: the approach ended on `endedOn` with `result`. */
export async function recordAlternativeResolutionResult(
  tx: Tx,
  args: RecordAlternativeResolutionResultArgs,
): Promise<AlternativeResolution> {
  const row = await lockInScope(
    tx,
    AlternativeResolution,
    'AlternativeResolution',
    args.alternativeResolutionId,
  );
  await openStageTwo(tx, row.complaintId);
  checkVersion('AlternativeResolution', row, args.version);
  const result = args.result.trim();
  withDomainRules(() => checkAlternativeResolution({ ...row, endedOn: args.endedOn, result }));
  const saved = await tx.em
    .getRepository(AlternativeResolution)
    .save({ ...row, endedOn: args.endedOn, result, version: row.version + 1 });
  await tx.audit({
    organisationId: row.organisationId,
    entity: 'alternative_resolution',
    entityId: row.id,
    changes: { endedOn: args.endedOn, result },
  });
  return saved;
}

/** Part 4: the investigator's report, as text and/or one of the complaint's evidence files. */
export async function saveInvestigationReport(
  tx: Tx,
  args: SaveInvestigationReportArgs,
): Promise<InvestigationReport> {
  const complaint = await openStageTwo(tx, args.complaintId);
  const text = args.text.trim();
  const fileId = args.fileId ?? null;
  if (!text && !fileId) throw badInput('text', 'notBlank', ruleText('notBlank'));
  if (fileId) {
    const file = await tx.em.getRepository(EvidenceFile).findOneBy({
      organisationId: complaint.organisationId,
      id: fileId,
      complaintId: complaint.id,
    });
    if (!file) throw notFound('EvidenceFile');
  }
  const repo = tx.em.getRepository(InvestigationReport);
  const key = { organisationId: complaint.organisationId, complaintId: complaint.id };
  const stored = await repo.findOne({ where: key, lock: { mode: 'pessimistic_write' } });
  checkVersion('InvestigationReport', stored ?? { version: 0 }, args.version);
  const saved = await repo.save({
    ...key,
    text,
    fileId,
    writtenOn: args.writtenOn,
    writtenById: tx.viewer.personId,
    version: args.version + 1,
    updatedAt: tx.now,
  });
  await tx.audit({
    organisationId: complaint.organisationId,
    entity: 'investigation_report',
    entityId: complaint.id,
    changes: { complaintId: complaint.id, text, fileId, writtenOn: args.writtenOn },
  });
  return saved;
}
