import { assertCanAppend } from '@chp/domain';
import { withDomainRules } from '../../core/domain-errors';
import { forbidden } from '../../core/errors';
import { lockInScope, type Tx } from '../../core/mutation';
import {
  Complaint,
  ComplaintEvent,
  ComplaintStatus,
  loadTimelineSettings,
  toDomainEvents,
} from '../complaints';
import { approvalAwaited } from '../mail';
import { ApprovalRequest } from './approval-request.entity';
import type { RequestExtensionArgs, RequestSignOffArgs } from './approval-request.inputs';
import { ApprovalKind } from './work.enums';
import { workError } from './work.errors';

/**
 * A handler asks a manager to agree an extension (§27, §62) or to sign off the stage 2 response
 * (§65). Nothing on the complaint changes: the request waits in the managers' queue until the
 * journey records the extension or sign-off (docs/procedure.md, Work queues).
 */

async function openComplaint(tx: Tx, complaintId: string) {
  const complaint = await lockInScope(tx, Complaint, 'Complaint', complaintId);
  if (complaint.organisationId !== tx.viewer.organisationId)
    throw forbidden(
      "Group access is read-only: a complaint is changed by its own organisation's staff",
    );
  if (complaint.status !== ComplaintStatus.open) throw workError('NOT_OPEN');
  const rows = await tx.em.getRepository(ComplaintEvent).find({
    where: { organisationId: complaint.organisationId, complaintId: complaint.id },
    order: { sequence: 'ASC' },
  });
  return { complaint, rows };
}

async function assertNonePending(tx: Tx, complaint: Complaint, kind: ApprovalKind) {
  const [pending] = await tx.em.query<unknown[]>(
    `SELECT 1 FROM approval_request r
      WHERE r.organisation_id = $1 AND r.complaint_id = $2 AND r.kind = $3 AND r.stage = $4
        AND NOT EXISTS (SELECT 1 FROM complaint_event e
                         WHERE e.organisation_id = r.organisation_id AND e.complaint_id = r.complaint_id
                           AND e.sequence > r.after_sequence
                           AND e.type = CASE r.kind WHEN 'extension' THEN 'extended' ELSE 'signed_off' END)`,
    [complaint.organisationId, complaint.id, kind, complaint.currentStage],
  );
  if (pending) throw workError('REQUEST_PENDING');
}

async function save(
  tx: Tx,
  complaint: Complaint,
  afterSequence: number,
  kind: ApprovalKind,
  extension: { dueOn: string; reason: string } | null,
): Promise<ApprovalRequest> {
  const [row] = await tx.em.query<{ id: string }[]>(
    `INSERT INTO approval_request (organisation_id, complaint_id, kind, stage, after_sequence, due_on, reason, requested_by_id, requested_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      complaint.organisationId,
      complaint.id,
      kind,
      complaint.currentStage,
      afterSequence,
      extension?.dueOn ?? null,
      extension?.reason ?? null,
      tx.viewer.personId,
      tx.now,
    ],
  );
  const saved = await tx.em
    .getRepository(ApprovalRequest)
    .findOneByOrFail({ organisationId: complaint.organisationId, id: row!.id });
  await tx.audit({
    organisationId: complaint.organisationId,
    entity: 'approval_request',
    entityId: saved.id,
    changes: {
      complaintId: complaint.id,
      kind,
      stage: complaint.currentStage,
      ...(extension ?? {}),
    },
  });
  await approvalAwaited(
    tx.em,
    {
      organisationId: complaint.organisationId,
      id: saved.id,
      kind,
      complaintId: complaint.id,
      reference: complaint.reference,
      stage: complaint.currentStage,
      dueOn: saved.dueOn,
      requestedById: tx.viewer.personId,
    },
    tx.now,
  );
  return saved;
}

/** §27, §62: the new date must be one a manager could agree (the domain's extension rules). */
export async function requestExtension(
  tx: Tx,
  args: RequestExtensionArgs,
): Promise<ApprovalRequest> {
  const { complaint, rows } = await openComplaint(tx, args.complaintId);
  const settings = await loadTimelineSettings(tx.em, complaint.organisationId);
  withDomainRules(() =>
    assertCanAppend(
      toDomainEvents(rows),
      {
        type: 'extended',
        at: tx.now.toISOString(),
        stage: complaint.currentStage,
        dueOn: args.dueOn,
      },
      settings,
    ),
  );
  await assertNonePending(tx, complaint, ApprovalKind.extension);
  const reason = args.reason.trim();
  return save(tx, complaint, rows.at(-1)!.sequence, ApprovalKind.extension, {
    dueOn: args.dueOn,
    reason,
  });
}

/** §65: only an open stage 2 response is signed off. */
export async function requestSignOff(tx: Tx, args: RequestSignOffArgs): Promise<ApprovalRequest> {
  const { complaint, rows } = await openComplaint(tx, args.complaintId);
  if (complaint.currentStage !== 2) throw workError('NOT_AT_STAGE_2');
  await assertNonePending(tx, complaint, ApprovalKind.sign_off);
  return save(tx, complaint, rows.at(-1)!.sequence, ApprovalKind.sign_off, null);
}
