import {
  empoweredToSignOff,
  isManager,
  londonDate,
  nextSendingInstant,
  rolesThat,
  type IsoDate,
} from '@chp/domain';
import type { EntityManager } from 'typeorm';
import type { MailReason } from './mail-reasons';
import { organisationsMail, type OrganisationMail } from './mail-settings';
import { writeMessages, type NewMessage } from './outbox';

/** A handler's request for a manager's approval, as the messages about it need it. */
export interface AwaitedApproval {
  organisationId: string;
  id: string;
  kind: 'extension' | 'sign_off';
  complaintId: string;
  reference: string;
  stage: number;
  /** The due date asked for (an extension). */
  dueOn: string | null;
  requestedById: string;
}

/** §27, §62: any manager agrees an extension; §65: an empowered manager signs off (not the administrator). */
const APPROVERS = {
  extension: { reason: 'extension_to_approve', roles: rolesThat(isManager) },
  sign_off: { reason: 'sign_off_to_approve', roles: rolesThat(empoweredToSignOff) },
} as const satisfies Record<AwaitedApproval['kind'], { reason: MailReason; roles: string[] }>;

/** One message per approver (but the one who asked) about one request, for `day`. */
async function approverMessages(
  em: Pick<EntityManager, 'query'>,
  request: AwaitedApproval,
  day: IsoDate,
): Promise<NewMessage[]> {
  const { reason, roles } = APPROVERS[request.kind];
  const approvers: { id: string }[] = await em.query(
    `SELECT id FROM person WHERE organisation_id = $1 AND active AND role = ANY($2::text[]) AND id <> $3 ORDER BY id`,
    [request.organisationId, roles, request.requestedById],
  );
  return approvers.map((a) => ({
    personId: a.id,
    reason,
    subjectId: request.id,
    day,
    linkPath: `/complaints/${request.complaintId}`,
    // a reference, a stage and a date: never the customer's details nor the reason given
    details: { reference: request.reference, stage: request.stage, dueOn: request.dueOn },
  }));
}

/**
 * A handler asked for an extension or a sign-off (docs/procedure.md, Work queues): writes each
 * approver's message in the requesting transaction. Its day is the day it can first be sent, so
 * a request made at the weekend and the Monday reminder run do not both write one.
 */
export async function approvalAwaited(
  em: EntityManager,
  request: AwaitedApproval,
  now: Date,
): Promise<void> {
  const [organisation] = await organisationsMail(em, [request.organisationId]);
  const firstSending = nextSendingInstant(
    now.toISOString(),
    organisation!.hours,
    organisation!.calendar,
  );
  const messages = await approverMessages(em, request, londonDate(firstSending));
  await writeMessages(em, organisation!, messages, now);
}

/**
 * The reminder run's share: every request still waiting (the complaint open at the stage asked
 * about, no extension or sign-off recorded after it: the work queue's rule) reminds its approvers
 * once on `today`.
 */
export async function waitingApprovalReminders(
  em: Pick<EntityManager, 'query'>,
  organisation: OrganisationMail,
  today: IsoDate,
): Promise<NewMessage[]> {
  const waiting: AwaitedApproval[] = await em.query(
    `SELECT r.organisation_id AS "organisationId", r.id, r.kind, r.complaint_id AS "complaintId",
            c.reference, r.stage, r.due_on::text AS "dueOn", r.requested_by_id AS "requestedById"
       FROM approval_request r
       JOIN complaint c ON c.organisation_id = r.organisation_id AND c.id = r.complaint_id
      WHERE r.organisation_id = $1 AND c.status = 'open' AND c.current_stage = r.stage
        AND NOT EXISTS (SELECT 1 FROM complaint_event e
                         WHERE e.organisation_id = r.organisation_id AND e.complaint_id = r.complaint_id
                           AND e.sequence > r.after_sequence
                           AND e.type = CASE r.kind WHEN 'extension' THEN 'extended' ELSE 'signed_off' END)`,
    [organisation.id],
  );
  const messages: NewMessage[] = [];
  for (const request of waiting) messages.push(...(await approverMessages(em, request, today)));
  return messages;
}
