import {
  HANDLER_REMINDER_LEAD_DAYS,
  deadlineReminderDue,
  localDate,
  nextStageTwoUpdateDue,
  type IsoDate,
} from '@chp/domain';
import type { EntityManager } from 'typeorm';
import type { MailReason } from './mail-reasons';
import type { OrganisationMail } from './mail-settings';
import type { NewMessage } from './outbox';

interface OpenComplaint {
  id: string;
  reference: string;
  handlerId: string;
  stage: number;
  dueOn: string | null;
  acknowledgeBy: string | null;
  stage2DueOn: string | null;
  stage2ExtendedDueOn: string | null;
}

/**
 * Handlers of open complaints: before, on and after the current stage's response deadline
 * (Appendix 1 §2, §3, §7, §8), the stage 2 acknowledgement (day 3, Appendix 1 §6) and, on an
 * extended stage 2, the update owed every 20 working days to the customer and to each member of
 * staff named, counted apart (§62). Dates are stored on the
 * complaint (kept by the complaints module); the reminder rules are @chp/domain's.
 */
export async function handlerReminders(
  em: Pick<EntityManager, 'query'>,
  organisation: OrganisationMail,
  today: IsoDate,
): Promise<NewMessage[]> {
  const open: OpenComplaint[] = await em.query(
    `SELECT id, reference, handler_id AS "handlerId", current_stage AS stage,
            (CASE current_stage WHEN 1 THEN coalesce(stage1_extended_due_on, stage1_due_on)
                                ELSE coalesce(stage2_extended_due_on, stage2_due_on) END)::text AS "dueOn",
            (CASE WHEN current_stage = 2 AND stage2_acknowledged_on IS NULL THEN stage2_acknowledge_by END)::text AS "acknowledgeBy",
            stage2_due_on::text AS "stage2DueOn", stage2_extended_due_on::text AS "stage2ExtendedDueOn"
       FROM complaint
      WHERE organisation_id = $1 AND status = 'open' AND other_outcome IS NULL AND handler_id IS NOT NULL`,
    [organisation.id],
  );
  const extended = open.filter((c) => c.stage === 2 && c.stage2ExtendedDueOn && c.stage2DueOn);
  const updates = new Map<string, string[]>();
  // §62: each member of staff named is owed their own updates, counted apart from the customer's
  const staffUpdates = new Map<string, { personId: string; updatesSentOn: string[] }[]>();
  if (extended.length > 0) {
    const staff: { complaintId: string; personId: string; at: Date[] | null }[] = await em.query(
      `SELECT m.complaint_id AS "complaintId", m.person_id AS "personId",
              array_agg(u.at) FILTER (WHERE u.at IS NOT NULL) AS at
         FROM complaint_staff_member m
         LEFT JOIN complaint_staff_update u USING (organisation_id, complaint_id, person_id)
        WHERE m.organisation_id = $1 AND m.complaint_id = ANY($2::uuid[])
        GROUP BY m.complaint_id, m.person_id`,
      [organisation.id, extended.map((c) => c.id)],
    );
    for (const r of staff)
      staffUpdates.set(r.complaintId, [
        ...(staffUpdates.get(r.complaintId) ?? []),
        {
          personId: r.personId,
          updatesSentOn: (r.at ?? []).map((at) => localDate(new Date(at).toISOString())),
        },
      ]);
    const rows: { complaintId: string; at: Date[] }[] = await em.query(
      `SELECT complaint_id AS "complaintId", array_agg(at) AS at FROM complaint_event
        WHERE organisation_id = $1 AND complaint_id = ANY($2::uuid[]) AND type = 'contact_update' AND stage = 2
        GROUP BY complaint_id`,
      [organisation.id, extended.map((c) => c.id)],
    );
    for (const r of rows)
      updates.set(
        r.complaintId,
        r.at.map((at) => localDate(new Date(at).toISOString())),
      );
  }
  const messages: NewMessage[] = [];
  const remind = (
    c: OpenComplaint,
    kind: 'response' | 'acknowledgement' | 'update',
    dueOn: string,
  ) => {
    const due = deadlineReminderDue(
      dueOn,
      today,
      HANDLER_REMINDER_LEAD_DAYS,
      organisation.calendar,
    );
    if (!due) return;
    messages.push({
      personId: c.handlerId,
      reason: `${kind}_${due.reason}` as MailReason,
      subjectId: c.id,
      day: due.day,
      linkPath: `/complaints/${c.id}`,
      details: { reference: c.reference, stage: c.stage, dueOn },
    });
  };
  for (const c of open) {
    if (c.dueOn) remind(c, 'response', c.dueOn);
    if (c.acknowledgeBy) remind(c, 'acknowledgement', c.acknowledgeBy);
    if (c.stage === 2 && c.stage2ExtendedDueOn && c.stage2DueOn) {
      const next = nextStageTwoUpdateDue(
        { dueOn: c.stage2DueOn, extendedDueOn: c.stage2ExtendedDueOn, closedOn: null },
        { customer: updates.get(c.id) ?? [], staff: staffUpdates.get(c.id) ?? [] },
        organisation.calendar,
      );
      if (next) remind(c, 'update', next);
    }
  }
  return messages;
}
