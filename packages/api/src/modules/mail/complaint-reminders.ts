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
 * extended stage 2, the update owed every 20 working days (§62). Dates are stored on the
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
  if (extended.length > 0) {
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
        updates.get(c.id) ?? [],
        organisation.calendar,
      );
      if (next) remind(c, 'update', next);
    }
  }
  return messages;
}
