import {
  assertCanAppend,
  assertMayCloseStage,
  type StageOneResponders,
  checkClosure,
  complaintTimeline,
  localDate,
  stageOneLastDay,
  type ComplaintEvent as DomainEvent,
} from '@chp/domain';
import { withDomainRules } from '../../core/domain-errors';
import { type Tx } from '../../core/mutation';
import { Complaint } from './complaint.entity';
import { ComplaintPoint } from './complaint-point.entity';
import { JourneyEventType } from './complaint.enums';
import type { CloseComplaintInput, ComplaintRef } from './step.inputs';
import { outcomeFromFindings } from './findings';
import { closurePayload } from './journey-payloads';
import { AS_RECORDED, fromDomainEvent } from './journey';
import { append, assertRootCauses, eventAt, load, replaceRootCauses } from './journey-store';
import { inviteAfterClosure } from '../survey';

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
  const [setting] = await tx.em.query<{ responders: StageOneResponders }[]>(
    `SELECT stage_one_responders AS responders FROM organisation WHERE id = $1`,
    [c.organisationId],
  );
  // §21: who may respond at stage 1 is the organisation's choice; stage 2 stays with handlers
  withDomainRules(() =>
    assertMayCloseStage(
      tx.viewer.role,
      stage === 2 ? 2 : 1,
      setting?.responders ?? 'handlers_and_managers',
    ),
  );

  // findings on the agreed points; the outcome follows from them unless the stage was resolved
  const findings = input.findings ?? [];
  let outcome = input.outcome ?? null;
  const points =
    stage === 2
      ? await tx.em
          .getRepository(ComplaintPoint)
          .find({ where: { organisationId: c.organisationId, complaintId: c.id } })
      : [];
  if (findings.length > 0) {
    outcome = outcomeFromFindings(
      points.map((p) => p.id),
      findings,
      outcome,
    );
  }

  const domainEvent = {
    type: 'closed',
    at: at.toISOString(),
    stage,
    outcome,
  } as DomainEvent & { type: 'closed' };
  withDomainRules(() => assertCanAppend(l.events, domainEvent, l.settings));
  const before = l.rows.filter((r) => r.stage === stage && r.at.getTime() <= at.getTime());
  const signOff = [...before].reverse().find((r) => r.type === JourneyEventType.signed_off);
  const signedOffById =
    typeof signOff?.payload['byId'] === 'string' ? signOff.payload['byId'] : null;
  // §65: the points re-agreed or the response extended after the sign-off make it another response
  const changed = [...before]
    .reverse()
    .find((r) => r.type === JourneyEventType.points_agreed || r.type === JourneyEventType.extended);
  const stage1 = complaintTimeline(l.events, l.settings, AS_RECORDED).stage1;
  const lastDay = stage === 1 && stage1 ? stageOneLastDay(stage1, l.settings) : null;
  const closedOn = localDate(at.toISOString());
  const lateReason = input.lateReason?.trim() || null;
  // §29: the reason is kept only when stage 1 was in fact closed after its last day
  const keptLateReason = lastDay !== null && closedOn > lastDay ? lateReason : null;
  // §32, §69: the stage's response letter recorded as sent (the letters module's table) records
  // what was said and how
  const [sent] = await tx.em.query<{ sent_via: string }[]>(
    `SELECT sent_via FROM complaint_letter
      WHERE organisation_id = $1 AND complaint_id = $2 AND kind = $3
      ORDER BY version DESC LIMIT 1`,
    [c.organisationId, c.id, stage === 1 ? 'stage1_response' : 'stage2_final_response'],
  );
  const reasons = input.reasons?.trim() || null;
  const communicatedBy = input.communicatedBy ?? sent?.sent_via ?? null;
  const [org] = await tx.em.query<{ sector: string }[]>(
    `SELECT sector FROM organisation WHERE id = $1`,
    [c.organisationId],
  );
  withDomainRules(
    () =>
      checkClosure({
        stage,
        outcome,
        resolution: input.resolution ?? null,
        signOff: signedOffById
          ? {
              byId: signedOffById,
              empowered: signOff?.payload['empowered'] === true,
              at: signOff!.at.toISOString(),
            }
          : null,
        responseChangedAt: stage === 2 && changed ? changed.at.toISOString() : null,
        spsoSignposted: input.spsoSignposted,
        sector: org?.sector ?? null,
        tribunalCase: input.tribunalCase,
        tribunalSignposted: input.tribunalSignposted,
        closedOn,
        stageOneLastDay: lastDay,
        lateReason,
        agreedPointIds: points.map((p) => p.id),
        findingPointIds: findings.map((f) => f.pointId),
        reasons,
        communicatedBy,
        responseSent: sent !== undefined,
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
  const closed = await append(tx, l, {
    domainEvent,
    row: {
      ...fromDomainEvent(domainEvent),
      payload: closurePayload(domainEvent, {
        findings,
        resolution: input.resolution
          ? {
              agreedAction: input.resolution.agreedAction.trim(),
              customerAgreedOn: input.resolution.customerAgreedOn,
            }
          : null,
        spsoSignposted: input.spsoSignposted,
        tribunalCase: input.tribunalCase,
        tribunalSignposted: input.tribunalSignposted,
        signedOffById,
        lateReason: keptLateReason,
        reasons,
        communicatedBy,
      }),
    },
    audit: {
      stage,
      outcome,
      ...(rootCauseIds ? { rootCauseIds } : {}),
      ...(keptLateReason ? { lateReason: true } : {}),
    },
  });
  // the satisfaction survey, where the customer agreed (docs/procedure.md, Satisfaction survey)
  await inviteAfterClosure(tx.em, c.organisationId, c.id, tx.now);
  return closed;
}
