import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Responses as documents (docs/procedure.md, Responses and letters):
 * - letter_template: an organisation's own text for a kind of letter (the product's default
 *   otherwise);
 * - complaint_letter: a letter as sent, with how (§32, §69: the record of what was said). A row
 *   is never changed (but for the anonymiser blanking its text): sending again adds the next version.
 */
export class Letters1795493600000 implements MigrationInterface {
  name = 'Letters1795493600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE letter_template (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        kind varchar NOT NULL,
        body text NOT NULL,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL,
        updated_by_id uuid,
        PRIMARY KEY (organisation_id, kind),
        FOREIGN KEY (organisation_id, updated_by_id) REFERENCES person(organisation_id, id)
      )`);
    await q.query(`
      CREATE TABLE complaint_letter (
        organisation_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        complaint_id uuid NOT NULL,
        stage smallint NOT NULL CHECK (stage IN (1, 2)),
        kind varchar NOT NULL,
        version integer NOT NULL CHECK (version >= 1),
        text text NOT NULL,
        sent_via varchar NOT NULL CHECK (sent_via IN ('letter', 'email', 'in_person', 'phone')),
        sent_on date NOT NULL,
        sent_at timestamptz NOT NULL,
        sent_by_id uuid NOT NULL,
        PRIMARY KEY (organisation_id, id),
        UNIQUE (organisation_id, complaint_id, kind, version),
        FOREIGN KEY (organisation_id, complaint_id) REFERENCES complaint(organisation_id, id),
        FOREIGN KEY (organisation_id, sent_by_id) REFERENCES person(organisation_id, id)
      )`);
    // what was sent stays as it was sent (§32, §69)
    await q.query(`
      CREATE FUNCTION complaint_letter_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- the anonymiser alone may blank the text (docs/procedure.md, Retention and erasure)
        IF current_setting('chp.anonymising', true) = 'on'
           AND (to_jsonb(NEW) - 'text') = (to_jsonb(OLD) - 'text') THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'complaint_letter is immutable' USING ERRCODE = 'restrict_violation';
      END $$`);
    await q.query(`
      CREATE TRIGGER complaint_letter_immutable BEFORE UPDATE ON complaint_letter
        FOR EACH ROW EXECUTE FUNCTION complaint_letter_is_immutable()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE complaint_letter`);
    await q.query(`DROP FUNCTION complaint_letter_is_immutable()`);
    await q.query(`DROP TABLE letter_template`);
  }
}
