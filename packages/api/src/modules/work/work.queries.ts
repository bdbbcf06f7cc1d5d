import { localDate, type AccessibleFormat, type StageTwoUpdatesSent } from '@chp/domain';
import type { EntityManager } from 'typeorm';

/**
 * The queue's read-only SQL (docs/procedure.md, Work queues): one statement per source, each on
 * an index. Dates come in as arguments worked out by @chp/domain (`dueSoonLimit`, today); the
 * rules of what joins the queue are the domain's `inWorkQueue`, which the API tests hold these
 * filters equal to.
 */

/** The updates sent on a row's stage 2, the customer's and each named member of staff's apart (§62). */
export const updatesSent = (
  c: Pick<OpenComplaintRow, 'last_update_at' | 'staff_updates'>,
): StageTwoUpdatesSent => ({
  customer: c.last_update_at ? [localDate(c.last_update_at.toISOString())] : [],
  staff: c.staff_updates.map((s) => ({
    personId: s.personId,
    updatesSentOn: s.lastAt ? [localDate(new Date(s.lastAt).toISOString())] : [],
  })),
});

/** The current stage's due date (day 5 / day 20, or the latest extension). */
const DEADLINE_SQL = `(CASE WHEN c.current_stage = 1 THEN coalesce(c.stage1_extended_due_on, c.stage1_due_on)
                       ELSE coalesce(c.stage2_extended_due_on, c.stage2_due_on) END)`;

/** The complaint's customer's support needs as recorded (SPSO practice note: accessibility), for a marker on the item. */
const SUPPORT_SQL = `(SELECT json_build_object('formats', cu.support_formats, 'bsl', cu.bsl,
                        'interpreterLanguage', cu.interpreter_language,
                        'namedContact', cu.support_contact, 'other', cu.support_other)
                       FROM customer cu
                      WHERE cu.organisation_id = c.organisation_id AND cu.id = c.customer_id)`;

/** Support needs as recorded on the customer (docs/procedure.md, The customer's side). */
export interface SupportNeedsRow {
  formats: AccessibleFormat[];
  bsl: boolean;
  interpreterLanguage: string | null;
  namedContact: string | null;
  other: string | null;
}

export interface OpenComplaintRow {
  id: string;
  reference: string;
  version: number;
  current_stage: 1 | 2;
  deadline: string | null;
  stage2_acknowledge_by: string | null;
  stage2_acknowledged_on: string | null;
  stage2_due_on: string | null;
  stage2_extended_due_on: string | null;
  /** The latest update to the customer at stage 2 (§62). */
  last_update_at: Date | null;
  /** Each named member of staff and the latest update to them (§62), counted apart. */
  staff_updates: { personId: string; lastAt: string | null }[];
  support: SupportNeedsRow | null;
}

/**
 * Open complaints of `handlerId` (and, for a manager, those nobody handles) with something that
 * may be due: an unacknowledged stage 2 (§40), a deadline on or before `dueSoonLimit` (§26, §60),
 * or an extended stage 2 that owes updates to the customer or the staff it names (§62).
 */
export function openComplaintsToWork(
  em: EntityManager,
  organisationId: string,
  handlerId: string,
  includeUnassigned: boolean,
  dueSoonLimit: string,
): Promise<OpenComplaintRow[]> {
  return em.query(
    `SELECT c.id, c.reference, c.version, c.current_stage, ${DEADLINE_SQL}::text AS deadline,
            c.stage2_acknowledge_by::text AS stage2_acknowledge_by,
            c.stage2_acknowledged_on::text AS stage2_acknowledged_on,
            c.stage2_due_on::text AS stage2_due_on,
            c.stage2_extended_due_on::text AS stage2_extended_due_on,
            (SELECT max(e.at) FROM complaint_event e
              WHERE e.organisation_id = c.organisation_id AND e.complaint_id = c.id
                AND e.type = 'contact_update' AND e.stage = 2) AS last_update_at,
            (SELECT coalesce(json_agg(json_build_object('personId', m.person_id, 'lastAt',
                      (SELECT max(u.at) FROM complaint_staff_update u
                        WHERE u.organisation_id = m.organisation_id AND u.complaint_id = m.complaint_id
                          AND u.person_id = m.person_id))), '[]')
               FROM complaint_staff_member m
              WHERE m.organisation_id = c.organisation_id AND m.complaint_id = c.id) AS staff_updates,
            ${SUPPORT_SQL} AS support
       FROM complaint c
      WHERE c.organisation_id = $1 AND c.status = 'open'
        AND (c.handler_id = $2 OR ($3 AND c.handler_id IS NULL))
        AND ((c.current_stage = 2 AND c.stage2_acknowledged_on IS NULL)
             OR ${DEADLINE_SQL} <= $4
             OR (c.current_stage = 2 AND c.stage2_extended_due_on IS NOT NULL))`,
    [organisationId, handlerId, includeUnassigned, dueSoonLimit],
  );
}

export interface PendingRequestRow {
  id: string;
  kind: 'extension' | 'sign_off';
  due_on: string | null;
  reason: string | null;
  requested_at: Date;
  complaint_id: string;
  reference: string;
  version: number;
  deadline: string | null;
  support: SupportNeedsRow | null;
}

/**
 * Requests still waiting (docs/procedure.md, Work queues): the complaint is open at the stage asked
 * about, and its journey has no extension (or sign-off) after the request.
 */
export function pendingRequests(
  em: EntityManager,
  organisationId: string,
  kinds: readonly string[],
): Promise<PendingRequestRow[]> {
  if (kinds.length === 0) return Promise.resolve([]);
  return em.query(
    `SELECT r.id, r.kind, r.due_on::text AS due_on, r.reason, r.requested_at,
            c.id AS complaint_id, c.reference, c.version, ${DEADLINE_SQL}::text AS deadline,
            ${SUPPORT_SQL} AS support
       FROM approval_request r
       JOIN complaint c ON c.organisation_id = r.organisation_id AND c.id = r.complaint_id
      WHERE r.organisation_id = $1 AND r.kind = ANY($2::text[])
        AND c.status = 'open' AND c.current_stage = r.stage
        AND NOT EXISTS (SELECT 1 FROM complaint_event e
                         WHERE e.organisation_id = r.organisation_id AND e.complaint_id = r.complaint_id
                           AND e.sequence > r.after_sequence
                           AND e.type = CASE r.kind WHEN 'extension' THEN 'extended' ELSE 'signed_off' END)`,
    [organisationId, kinds],
  );
}

export interface ActionRow {
  kind: 'my_action' | 'authorise_action' | 'review_effect';
  id: string;
  title: string;
  status: 'proposed' | 'authorised' | 'in_progress' | 'done';
  target_date: string;
  completed_on: string | null;
  monitoring_until: string | null;
  /** Actions to authorise or review: how many wait in all (only the first rows are returned); null for one's own. */
  waiting: number | null;
}

/**
 * Improvement actions that may wait (Part 4, Learning from complaints): one's own open actions due
 * by `dueSoonLimit`; for a manager, proposed actions to authorise and done actions whose
 * monitoring ended by `today`. One statement, each branch on an index of improvement_action.
 *
 * Actions to authorise and to review build up with the organisation (every action done and not
 * yet verified waits for its review), so with `first` those two branches return only the rows
 * that can be among the queue's first `first` items: ranked by due date, ties at the last date
 * kept (the queue's own order then decides), each with `waiting`, how many wait in all.
 */
export function actionsToWork(
  em: EntityManager,
  organisationId: string,
  ownerId: string,
  mine: boolean,
  manager: boolean,
  dueSoonLimit: string,
  today: string,
  first: number | null,
): Promise<ActionRow[]> {
  const columns = `a.id, a.title, a.status, a.target_date::text AS target_date,
                   a.completed_on::text AS completed_on, a.monitoring_until::text AS monitoring_until`;
  /**
   * One branch cut to the due dates that can be shown (every row on or before the `first`th row's
   * due date, so ties stay), with the count of all its rows. Both read an index in due-date order
   * (improvement_action_due_idx, improvement_action_effect_due_idx): the rows grow with the
   * organisation's history, what is read does not, but for the count's index entries.
   */
  const firstOf = (kind: string, dueOn: string, where: string) =>
    `SELECT '${kind}' AS kind, ${columns},
            (SELECT count(*)::int FROM improvement_action a WHERE ${where}) AS waiting
       FROM improvement_action a
      WHERE ${where}
        AND ($7::int IS NULL
             OR ${dueOn} <= coalesce((SELECT ${dueOn} FROM improvement_action a WHERE ${where}
                                       ORDER BY ${dueOn} OFFSET greatest($7, 1) - 1 LIMIT 1),
                                     'infinity'::date))`;
  return em.query(
    `SELECT 'my_action' AS kind, ${columns}, NULL::int AS waiting FROM improvement_action a
      WHERE $3 AND a.organisation_id = $1 AND a.owner_id = $2
        AND a.status IN ('proposed','authorised','in_progress') AND a.target_date <= $5
     UNION ALL
     ${firstOf('authorise_action', 'a.target_date', `$4 AND a.organisation_id = $1 AND a.status = 'proposed'`)}
     UNION ALL
     ${firstOf(
       'review_effect',
       'coalesce(a.monitoring_until, a.completed_on)',
       `$4 AND a.organisation_id = $1 AND a.status = 'done'
          AND coalesce(a.monitoring_until, a.completed_on) <= $6`,
     )}`,
    [organisationId, ownerId, mine, manager, dueSoonLimit, today, first],
  );
}

export interface PublicationRow {
  id: string;
  title: string;
  updated_at: Date;
}

/** Publications in review that `approverId` did not write (an author never approves their own). */
export function publicationsToReview(
  em: EntityManager,
  organisationId: string,
  approverId: string,
): Promise<PublicationRow[]> {
  return em.query(
    `SELECT p.id, p.title, p.updated_at FROM publication p
      WHERE p.organisation_id = $1 AND p.status = 'in_review' AND p.author_id <> $2`,
    [organisationId, approverId],
  );
}
