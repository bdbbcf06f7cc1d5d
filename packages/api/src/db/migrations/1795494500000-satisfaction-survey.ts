import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The satisfaction survey (docs/procedure.md, Satisfaction survey):
 * - customer.survey_consent: the customer agreed to be sent a survey (default no);
 * - survey_invitation: one per complaint and kind, the single-use link's token stored as its
 *   SHA-256 only, with when it expires and when it was used;
 * - survey_answer: the answers, with no link to the complaint or the customer (no personal data:
 *   the kind, the day, the scores, and a comment that passed the personal-data check);
 * - outbox_message.person_id may be null: a message to a customer's address.
 */
export class SatisfactionSurvey1795494500000 implements MigrationInterface {
  name = 'SatisfactionSurvey1795494500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE customer ADD COLUMN survey_consent boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE outbox_message ALTER COLUMN person_id DROP NOT NULL`);
    await q.query(`
      CREATE TABLE survey_invitation (
        organisation_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        complaint_id uuid NOT NULL,
        kind varchar(12) NOT NULL CHECK (kind IN ('closure', 'recurrence')),
        token_hash varchar(64) NOT NULL UNIQUE,
        sent_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        PRIMARY KEY (organisation_id, id),
        UNIQUE (organisation_id, complaint_id, kind),
        FOREIGN KEY (organisation_id, complaint_id) REFERENCES complaint(organisation_id, id) ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE survey_answer (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        kind varchar(12) NOT NULL CHECK (kind IN ('closure', 'recurrence')),
        answered_on date NOT NULL,
        ease_of_complaining smallint CHECK (ease_of_complaining BETWEEN 1 AND 5),
        kept_informed smallint CHECK (kept_informed BETWEEN 1 AND 5),
        outcome_explained smallint CHECK (outcome_explained BETWEEN 1 AND 5),
        problem_back varchar(10) CHECK (problem_back IN ('yes', 'no', 'not_sure')),
        comment text,
        PRIMARY KEY (organisation_id, id)
      )`);
    await q.query(
      `CREATE INDEX survey_answer_day_idx ON survey_answer (organisation_id, answered_on)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE survey_answer`);
    await q.query(`DROP TABLE survey_invitation`);
    await q.query(`DELETE FROM outbox_message WHERE person_id IS NULL`);
    await q.query(`ALTER TABLE outbox_message ALTER COLUMN person_id SET NOT NULL`);
    await q.query(`ALTER TABLE customer DROP COLUMN survey_consent`);
  }
}
