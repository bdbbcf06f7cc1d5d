import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention and erasure (docs/procedure.md, Retention and erasure):
 * - the organisation's retention period, in months after closure (default 72, six years);
 * - a legal hold on a complaint (reason, when, by whom): a held complaint is never anonymised;
 * - when a complaint's personal data was anonymised;
 * - the journey stays append-only, except that the anonymiser may blank a free-text note or
 *   reason in an event's payload: it says so with the transaction setting chp.anonymising, and
 *   may change nothing but the payload.
 */
export class Retention1795489000000 implements MigrationInterface {
  name = 'Retention1795489000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE organisation ADD COLUMN retention_months smallint NOT NULL DEFAULT 72
         CONSTRAINT organisation_retention_months CHECK (retention_months BETWEEN 12 AND 240)`,
    );
    await q.query(`
      ALTER TABLE complaint
        ADD COLUMN legal_hold_reason text,
        ADD COLUMN legal_hold_at timestamptz,
        ADD COLUMN legal_hold_by_id uuid,
        ADD COLUMN anonymised_at timestamptz,
        ADD CONSTRAINT complaint_legal_hold_by FOREIGN KEY (organisation_id, legal_hold_by_id)
          REFERENCES person(organisation_id, id),
        ADD CONSTRAINT complaint_legal_hold_whole
          CHECK ((legal_hold_reason IS NULL) = (legal_hold_at IS NULL))`);
    await q.query(`
      CREATE OR REPLACE FUNCTION complaint_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND current_setting('chp.anonymising', true) = 'on'
           AND (to_jsonb(NEW) - 'payload') = (to_jsonb(OLD) - 'payload') THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'complaint_event is append-only' USING ERRCODE = 'restrict_violation';
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION complaint_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'complaint_event is append-only' USING ERRCODE = 'restrict_violation';
      END $$`);
    await q.query(`
      ALTER TABLE complaint DROP CONSTRAINT complaint_legal_hold_whole,
        DROP CONSTRAINT complaint_legal_hold_by, DROP COLUMN anonymised_at,
        DROP COLUMN legal_hold_by_id, DROP COLUMN legal_hold_at, DROP COLUMN legal_hold_reason`);
    await q.query(`ALTER TABLE organisation DROP COLUMN retention_months`);
  }
}
