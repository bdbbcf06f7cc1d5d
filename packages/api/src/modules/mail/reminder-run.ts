import {
  actionReminderDue,
  addDays,
  deadlineReminderDue,
  addWorkingDays,
  inSendingHours,
  isWorkingDay,
  londonDate,
  rolesThat,
  isManager,
  approvesPublications,
  type IsoDate,
} from '@chp/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { organisationsMail, type OrganisationMail } from './mail-settings';
import { writeMessages, type NewMessage } from './outbox';
import { handlerReminders } from './complaint-reminders';
import { waitingApprovalReminders } from './approval-requests';

/**
 * More messages a run writes for an organisation on `today`, given by a module the mail module
 * may not import (the app passes the analytics module's quarterly indicators).
 */
export type OrganisationMessages = (
  em: EntityManager,
  organisation: OrganisationMail,
  today: IsoDate,
  now: Date,
) => Promise<NewMessage[]>;

/** What one reminder run wrote, by organisation. */
export interface ReminderRunResult {
  organisations: number;
  written: number;
}

/**
 * The scheduled reminder run at `now` (the caller's clock): for each organisation inside its
 * sending hours on one of its working days, writes the action owners' and handlers' reminders
 * due today, the approvers'
 * reminders, the weekly digest on the week's first working day, and the daily summaries. Each
 * organisation in one transaction; every message is once only per person, reason, record and
 * day, so running again (every 15 minutes, or after a restart) writes nothing new.
 */
export async function runReminders(
  dataSource: DataSource,
  now: Date,
  more: readonly OrganisationMessages[] = [],
): Promise<ReminderRunResult> {
  const result: ReminderRunResult = { organisations: 0, written: 0 };
  for (const organisation of await organisationsMail(dataSource.manager)) {
    if (!inSendingHours(now.toISOString(), organisation.hours, organisation.calendar)) continue;
    result.organisations++;
    result.written += await dataSource.transaction((em) =>
      remindOrganisation(em, organisation, now, more),
    );
  }
  return result;
}

async function remindOrganisation(
  em: EntityManager,
  organisation: OrganisationMail,
  now: Date,
  more: readonly OrganisationMessages[],
): Promise<number> {
  const today = londonDate(now.toISOString());
  const extra: NewMessage[] = [];
  for (const messagesOf of more) extra.push(...(await messagesOf(em, organisation, today, now)));
  const messages = [
    ...extra,
    ...(await actionOwnerReminders(em, organisation, today)),
    ...(await recommendationOwnerReminders(em, organisation, today)),
    ...(await handlerReminders(em, organisation, today)),
    ...(await approverReminders(em, organisation, today)),
    ...(await waitingApprovalReminders(em, organisation, today)),
    ...(await weeklyDigests(em, organisation, today)),
  ];
  const written = await writeMessages(em, organisation, messages, now);
  return written + (await dailySummaries(em, organisation, today, now));
}

/** Owners of authorised and in-progress actions: before, on and after the target date. */
async function actionOwnerReminders(
  em: EntityManager,
  organisation: OrganisationMail,
  today: IsoDate,
): Promise<NewMessage[]> {
  // no lead reminder can be due for a target date later than this (the domain decides exactly)
  const latestTarget = addDays(
    addWorkingDays(today, organisation.reminderLeadDays, organisation.calendar),
    7,
  );
  const actions: { id: string; ownerId: string; targetDate: string }[] = await em.query(
    `SELECT id, owner_id AS "ownerId", target_date::text AS "targetDate"
       FROM improvement_action
      WHERE organisation_id = $1 AND status IN ('authorised', 'in_progress') AND target_date <= $2`,
    [organisation.id, latestTarget],
  );
  const messages: NewMessage[] = [];
  for (const action of actions) {
    const due = actionReminderDue(
      action.targetDate,
      today,
      organisation.reminderLeadDays,
      organisation.calendar,
    );
    if (!due) continue;
    messages.push({
      personId: action.ownerId,
      reason: due.reason,
      subjectId: action.id,
      day: due.day,
      linkPath: `/actions/${action.id}`,
      details: { targetDate: action.targetDate },
    });
  }
  return messages;
}

/**
 * Owners of open SPSO recommendations: before, on and after the due date, as for improvement
 * actions (docs/procedure.md, SPSO recommendations). The message names the complaint.
 */
async function recommendationOwnerReminders(
  em: EntityManager,
  organisation: OrganisationMail,
  today: IsoDate,
): Promise<NewMessage[]> {
  const latestDue = addDays(
    addWorkingDays(today, organisation.reminderLeadDays, organisation.calendar),
    7,
  );
  const open: {
    id: string;
    ownerId: string;
    dueOn: string;
    complaintId: string;
    reference: string;
  }[] = await em.query(
    `SELECT r.id, r.owner_id AS "ownerId", r.due_on::text AS "dueOn",
              c.reference
         FROM spso_recommendation r
         JOIN complaint c ON c.organisation_id = r.organisation_id AND c.id = r.complaint_id
        WHERE r.organisation_id = $1 AND r.completed_on IS NULL AND r.due_on <= $2`,
    [organisation.id, latestDue],
  );
  const messages: NewMessage[] = [];
  for (const r of open) {
    const due = deadlineReminderDue(
      r.dueOn,
      today,
      organisation.reminderLeadDays,
      organisation.calendar,
    );
    if (!due) continue;
    messages.push({
      personId: r.ownerId,
      reason: `recommendation_${due.reason}`,
      subjectId: r.id,
      day: due.day,
      // every owner's "My actions" lists the recommendations they own; not every role reads complaints
      linkPath: '/actions/mine',
      details: { reference: r.reference, dueOn: r.dueOn },
    });
  }
  return messages;
}

/** What waits for an approver: counted each working day, one reminder a day while any waits. */
const WAITING = [
  {
    // Part 4, Learning from complaints: a manager authorises each proposed action
    reason: 'actions_waiting_authorisation' as const,
    count: `SELECT count(*)::int AS count FROM improvement_action WHERE organisation_id = $1 AND status = 'proposed'`,
    roles: rolesThat(isManager),
    linkPath: '/actions',
  },
  {
    // docs/procedure.md, Reporting and publishing: a publication in review waits for its approver
    reason: 'publications_waiting_review' as const,
    count: `SELECT count(*)::int AS count FROM publication WHERE organisation_id = $1 AND status = 'in_review'`,
    roles: rolesThat(approvesPublications),
    linkPath: '/publications',
  },
];

/** Approvers, once a working day, while something waits for them. */
async function approverReminders(
  em: EntityManager,
  organisation: OrganisationMail,
  today: IsoDate,
): Promise<NewMessage[]> {
  const messages: NewMessage[] = [];
  for (const waiting of WAITING) {
    const [{ count } = { count: 0 }]: { count: number }[] = await em.query(waiting.count, [
      organisation.id,
    ]);
    if (count === 0) continue;
    for (const personId of await peopleWithRoles(em, organisation.id, waiting.roles))
      messages.push({
        personId,
        reason: waiting.reason,
        subjectId: organisation.id,
        day: today,
        linkPath: waiting.linkPath,
        details: { count },
      });
  }
  return messages;
}

/** Senior managers, on the first working day of the week: the week before in figures. */
async function weeklyDigests(
  em: EntityManager,
  organisation: OrganisationMail,
  today: IsoDate,
): Promise<NewMessage[]> {
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
  const monday = addDays(today, -weekday);
  for (let d = monday; d < today; d = addDays(d, 1))
    if (isWorkingDay(d, organisation.calendar)) return []; // not the week's first working day
  const from = addDays(monday, -7);
  const to = addDays(monday, -1);
  const [figures]: {
    received: number;
    closed: number;
    overdueComplaints: number;
    overdueActions: number;
  }[] = await em.query(
    `SELECT
       (SELECT count(*)::int FROM complaint
         WHERE organisation_id = $1 AND received_at >= ($2::date::timestamp AT TIME ZONE 'Europe/London')
           AND received_at < (($3::date + 1)::timestamp AT TIME ZONE 'Europe/London')) AS received,
       -- closed on its last stage's closing date (two counts, each on its closing date's index)
       (SELECT count(*)::int FROM complaint
         WHERE organisation_id = $1 AND status = 'closed' AND stage2_closed_on BETWEEN $2 AND $3)
       + (SELECT count(*)::int FROM complaint
         WHERE organisation_id = $1 AND status = 'closed' AND stage2_closed_on IS NULL
           AND stage1_closed_on BETWEEN $2 AND $3) AS closed,
       (SELECT count(*)::int FROM complaint
         WHERE organisation_id = $1 AND status = 'open'
           AND CASE current_stage WHEN 1 THEN coalesce(stage1_extended_due_on, stage1_due_on)
                                  ELSE coalesce(stage2_extended_due_on, stage2_due_on) END < $4) AS "overdueComplaints",
       (SELECT count(*)::int FROM improvement_action
         WHERE organisation_id = $1 AND status IN ('authorised', 'in_progress') AND target_date < $4) AS "overdueActions"`,
    [organisation.id, from, to, today],
  );
  const seniors = await peopleWithRoles(em, organisation.id, ['senior_manager']);
  return seniors.map((personId) => ({
    personId,
    reason: 'weekly_digest' as const,
    subjectId: organisation.id,
    day: today,
    linkPath: '/',
    details: { from, to, ...figures },
  }));
}

/**
 * People who chose a daily summary: their held messages in one message, once a working day. A
 * message held after today's summary was written waits for the next one.
 */
async function dailySummaries(
  em: EntityManager,
  organisation: OrganisationMail,
  today: IsoDate,
  now: Date,
): Promise<number> {
  const held: { personId: string; ids: string[]; items: unknown[] }[] = await em.query(
    `SELECT m.person_id AS "personId", array_agg(m.id ORDER BY m.id)::text[] AS ids,
            jsonb_agg(jsonb_build_object('reason', m.reason, 'linkPath', m.link_path, 'details', m.details) ORDER BY m.id) AS items
       FROM outbox_message m
      WHERE m.organisation_id = $1 AND m.status = 'held'
      GROUP BY m.person_id`,
    [organisation.id],
  );
  let written = 0;
  for (const { personId, ids, items } of held) {
    const added = await writeMessages(
      em,
      organisation,
      [
        {
          personId,
          reason: 'daily_summary',
          subjectId: personId,
          day: today,
          linkPath: '/',
          details: { day: today, items },
        },
      ],
      now,
    );
    if (added === 0) continue;
    written += added;
    await em.query(
      `UPDATE outbox_message s SET status = 'summarised',
              summary_id = (SELECT id FROM outbox_message
                             WHERE organisation_id = $4 AND person_id = $1 AND reason = 'daily_summary' AND subject_id = $1 AND day = $2)
        WHERE s.organisation_id = $4 AND s.id = ANY($3::bigint[])`,
      [personId, today, ids, organisation.id],
    );
  }
  return written;
}

async function peopleWithRoles(
  em: EntityManager,
  organisationId: string,
  roles: readonly string[],
): Promise<string[]> {
  const rows: { id: string }[] = await em.query(
    `SELECT id FROM person WHERE organisation_id = $1 AND active AND role = ANY($2::text[]) ORDER BY id`,
    [organisationId, roles],
  );
  return rows.map((r) => r.id);
}
