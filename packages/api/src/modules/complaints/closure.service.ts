import { assertCanAppend, checkClosure, type ComplaintEvent as DomainEvent } from '@chp/domain';
import { withDomainRules } from '../../core/domain-errors';
import { type Tx } from '../../core/mutation';
import { Complaint } from './complaint.entity';
import { ComplaintPoint } from './complaint-point.entity';
import { JourneyEventType } from './complaint.enums';
import type { CloseComplaintInput, ComplaintRef } from './step.inputs';
import { outcomeFromFindings } from './findings';
import { closurePayload } from './journey-payloads';
import { fromDomainEvent } from './journey';
import { append, assertRootCauses, eventAt, load, replaceRootCauses } from './journey-store';

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
  return append(tx, l, {
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
      }),
    },
    audit: { stage, outcome, ...(rootCauseIds ? { rootCauseIds } : {}) },
  });
}
