import { actionReminderDue, isManager, londonDate, rolesThat } from '@chp/domain';
import type { EntityManager } from 'typeorm';
import { organisationsMail } from './mail-settings';
import { writeMessages } from './outbox';

/**
 * A proposed improvement action waits for a manager's authorisation (Part 4): writes each active
 * manager's message (but the proposer's own) in the proposing transaction.
 */
export async function actionAwaitsAuthorisation(
  em: EntityManager,
  action: { organisationId: string; id: string; targetDate: string; proposedById: string | null },
  now: Date,
): Promise<void> {
  const managers: { id: string }[] = await em.query(
    `SELECT id FROM person WHERE organisation_id = $1 AND active AND role = ANY($2::text[]) AND id IS DISTINCT FROM $3`,
    [action.organisationId, rolesThat(isManager), action.proposedById],
  );
  const [organisation] = await organisationsMail(em, [action.organisationId]);
  await writeMessages(
    em,
    organisation!,
    managers.map((m) => ({
      personId: m.id,
      reason: 'action_to_authorise',
      subjectId: action.id,
      day: londonDate(now.toISOString()),
      linkPath: `/actions/${action.id}`,
      details: { targetDate: action.targetDate },
    })),
    now,
  );
}

/**
 * An action just authorised, reassigned or given a new target date whose owner's reminder is
 * already due (its target date is within the lead days, or past): writes that reminder in the
 * same transaction, so the owner hears of it without waiting for the next scheduled run (which
 * then finds it written).
 */
export async function ownerReminderIfDue(
  em: EntityManager,
  action: {
    organisationId: string;
    id: string;
    ownerId: string;
    targetDate: string;
    status: string;
  },
  now: Date,
): Promise<void> {
  if (action.status !== 'authorised' && action.status !== 'in_progress') return;
  const [organisation] = await organisationsMail(em, [action.organisationId]);
  const due = actionReminderDue(
    action.targetDate,
    londonDate(now.toISOString()),
    organisation!.reminderLeadDays,
    organisation!.calendar,
  );
  if (!due) return;
  await writeMessages(
    em,
    organisation!,
    [
      {
        personId: action.ownerId,
        reason: due.reason,
        subjectId: action.id,
        day: due.day,
        linkPath: `/actions/${action.id}`,
        details: { targetDate: action.targetDate },
      },
    ],
    now,
  );
}
