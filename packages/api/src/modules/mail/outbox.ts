import { nextSendingInstant, type IsoDate } from '@chp/domain';
import type { EntityManager } from 'typeorm';
import { PREFERENCE_OF, type MailReason } from './mail-reasons';
import type { OrganisationMail } from './mail-settings';

/** A message to one member of staff, about one record, for one day. */
export interface NewMessage {
  personId: string;
  reason: MailReason;
  /** The record it is about (an action, the organisation for a digest, the person for a summary). */
  subjectId: string;
  /** The day it belongs to: with person, reason and record, what makes it once only. */
  day: IsoDate;
  linkPath: string;
  details?: Record<string, unknown>;
}

const PREFERENCE_COLUMN = {
  actionReminders: 'action_reminders',
  complaintReminders: 'complaint_reminders',
  approvalReminders: 'approval_reminders',
  weeklyDigest: 'weekly_digest',
} as const;

/**
 * Writes messages into the outbox in the caller's transaction, so a message exists exactly when
 * what caused it was committed. Honours each person's preferences: a kind they turned off is not
 * written, and with a daily summary it is held for the summary. A message already written for
 * the same person, reason, record and day is not written again. Only active staff get mail;
 * each message may go from the first instant inside the organisation's sending hours.
 * Returns how many were written.
 */
export async function writeMessages(
  em: Pick<EntityManager, 'query'>,
  organisation: OrganisationMail,
  messages: NewMessage[],
  now: Date,
): Promise<number> {
  if (messages.length === 0) return 0;
  const sendAfter = nextSendingInstant(
    now.toISOString(),
    organisation.hours,
    organisation.calendar,
  );
  const rows: { id: string }[] = await em.query(
    `INSERT INTO outbox_message (organisation_id, person_id, to_address, reason, subject_id, day, link_path, details,
                                 status, created_at, send_after)
     SELECT p.organisation_id, p.id, p.email, m.reason, m.subject_id, m.day, m.link_path, m.details,
            CASE WHEN coalesce(mp.delivery, 'immediate') = 'daily_summary' AND m.reason <> 'daily_summary'
                 THEN 'held' ELSE 'pending' END,
            $9, $10
       FROM unnest($2::uuid[], $3::text[], $4::uuid[], $5::date[], $6::text[], $7::jsonb[], $8::text[])
              AS m(person_id, reason, subject_id, day, link_path, details, preference)
       JOIN person p ON p.id = m.person_id AND p.organisation_id = $1 AND p.active
       LEFT JOIN mail_preference mp ON mp.person_id = p.id AND mp.organisation_id = p.organisation_id
      WHERE m.preference IS NULL OR coalesce((to_jsonb(mp) ->> m.preference)::boolean, true)
     ON CONFLICT (organisation_id, person_id, reason, subject_id, day) DO NOTHING
     RETURNING id`,
    [
      organisation.id,
      messages.map((m) => m.personId),
      messages.map((m) => m.reason),
      messages.map((m) => m.subjectId),
      messages.map((m) => m.day),
      messages.map((m) => m.linkPath),
      messages.map((m) => JSON.stringify(m.details ?? {})),
      messages.map((m) => {
        const kind = PREFERENCE_OF[m.reason];
        return kind ? PREFERENCE_COLUMN[kind] : null;
      }),
      now,
      sendAfter,
    ],
  );
  return rows.length;
}

/** A message to a customer (docs/procedure.md, Satisfaction survey): an address, not a person. */
export interface CustomerMessage {
  to: string;
  reason: MailReason;
  subjectId: string;
  day: IsoDate;
  /** May carry a single-use token: the sender removes it once the message is sent. */
  linkPath: string;
  details?: Record<string, unknown>;
}

/**
 * Writes messages to customers into the outbox in the caller's transaction, to go from the first
 * instant inside the organisation's sending hours. No preferences and no daily summary: what
 * makes each once only is the caller's (the survey's invitation row).
 */
export async function writeCustomerMessages(
  em: Pick<EntityManager, 'query'>,
  organisation: OrganisationMail,
  messages: CustomerMessage[],
  now: Date,
): Promise<number> {
  if (messages.length === 0) return 0;
  const sendAfter = nextSendingInstant(
    now.toISOString(),
    organisation.hours,
    organisation.calendar,
  );
  const rows: { id: string }[] = await em.query(
    `INSERT INTO outbox_message (organisation_id, person_id, to_address, reason, subject_id, day, link_path, details,
                                 status, created_at, send_after)
     SELECT $1, NULL, m.to_address, m.reason, m.subject_id, m.day, m.link_path, m.details, 'pending', $8, $9
       FROM unnest($2::text[], $3::text[], $4::uuid[], $5::date[], $6::text[], $7::jsonb[])
              AS m(to_address, reason, subject_id, day, link_path, details)
     RETURNING id`,
    [
      organisation.id,
      messages.map((m) => m.to),
      messages.map((m) => m.reason),
      messages.map((m) => m.subjectId),
      messages.map((m) => m.day),
      messages.map((m) => m.linkPath),
      messages.map((m) => JSON.stringify(m.details ?? {})),
      now,
      sendAfter,
    ],
  );
  return rows.length;
}
