import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders and e-mail (issue 15; docs/procedure.md, Reminders and e-mail):
 * - the organisation's reminder lead (working days before an action's target date, default 5)
 *   and sending hours (London time, default 08:00 to 18:00, on its working days);
 * - each person's mail preferences (which reminders; immediately or in a daily summary);
 * - the outbox: every message is written here in the transaction that causes it (what it is about,
 *   a link path and the figures it quotes; never a customer's personal data) and sent from here
 *   by the mail sender, which renders it with the site's address. Unique (person, reason, subject record, day), so the same
 *   reminder for the same day is never written twice; a message leaves 'pending' only once the
 *   SMTP server has accepted it, so nothing is lost across restarts.
 */
export class MailOutbox1795486000000 implements MigrationInterface {
  name = 'MailOutbox1795486000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE organisation
        ADD COLUMN reminder_lead_days smallint NOT NULL DEFAULT 5 CHECK (reminder_lead_days BETWEEN 0 AND 30),
        ADD COLUMN mail_from_time varchar(5) NOT NULL DEFAULT '08:00',
        ADD COLUMN mail_until_time varchar(5) NOT NULL DEFAULT '18:00',
        ADD CONSTRAINT organisation_mail_hours_order CHECK (mail_from_time < mail_until_time)`);
    await q.query(`
      CREATE TABLE mail_preference (
        person_id uuid PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
        action_reminders boolean NOT NULL DEFAULT true,
        complaint_reminders boolean NOT NULL DEFAULT true,
        approval_reminders boolean NOT NULL DEFAULT true,
        weekly_digest boolean NOT NULL DEFAULT true,
        delivery varchar(20) NOT NULL DEFAULT 'immediate' CHECK (delivery IN ('immediate', 'daily_summary')),
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE outbox_message (
        id bigserial PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        to_address varchar NOT NULL,
        reason varchar(40) NOT NULL,
        subject_id uuid NOT NULL,
        day date NOT NULL,
        link_path varchar NOT NULL,
        details jsonb NOT NULL DEFAULT '{}',
        status varchar(12) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'held', 'summarised', 'sent')),
        created_at timestamptz NOT NULL,
        send_after timestamptz NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        sent_at timestamptz,
        summary_id bigint REFERENCES outbox_message(id),
        CONSTRAINT outbox_message_once UNIQUE (person_id, reason, subject_id, day)
      )`);
    // the sender's read: pending messages whose time has come, oldest first
    await q.query(
      `CREATE INDEX outbox_message_pending_idx ON outbox_message (send_after) WHERE status = 'pending'`,
    );
    // the Outbox page: an organisation's newest messages
    await q.query(
      `CREATE INDEX outbox_message_organisation_idx ON outbox_message (organisation_id, created_at DESC, id DESC)`,
    );
    // the reminder run's read: an organisation's open actions by target date, index-only
    await q.query(
      `CREATE INDEX improvement_action_open_target_idx ON improvement_action (organisation_id, target_date) INCLUDE (id, owner_id)
        WHERE status IN ('authorised', 'in_progress')`,
    );
    // a daily summary collects a person's held messages
    await q.query(
      `CREATE INDEX outbox_message_held_idx ON outbox_message (person_id) WHERE status = 'held'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX improvement_action_open_target_idx`);
    await q.query(`DROP TABLE outbox_message`);
    await q.query(`DROP TABLE mail_preference`);
    await q.query(`
      ALTER TABLE organisation DROP CONSTRAINT organisation_mail_hours_order,
        DROP COLUMN reminder_lead_days, DROP COLUMN mail_from_time, DROP COLUMN mail_until_time`);
  }
}
