import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The customer's side (docs/procedure.md, The customer's side):
 * - a complaint recorded as anonymous by choice (§11): it has no customer row;
 * - the customer's representative and the consent given (date, what it covers; Part 1 §15–17);
 * - support needs and reasonable adjustments (SPSO practice note: equality and accessibility);
 * - the organisation's choice of who may close stage 1 (§21).
 */
export class CustomerSide1795493500000 implements MigrationInterface {
  name = 'CustomerSide1795493500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE complaint
        ADD COLUMN anonymous boolean NOT NULL DEFAULT false,
        ADD CONSTRAINT complaint_anonymous_no_customer CHECK (NOT anonymous OR customer_id IS NULL)`);
    await q.query(`
      ALTER TABLE customer
        ADD COLUMN representative_name varchar,
        ADD COLUMN representative_relationship varchar,
        ADD COLUMN representative_email varchar,
        ADD COLUMN representative_phone varchar,
        ADD COLUMN representative_address text,
        ADD COLUMN consent_given_on date,
        ADD COLUMN consent_scope text[] NOT NULL DEFAULT '{}',
        ADD COLUMN consent_note text,
        ADD COLUMN support_formats text[] NOT NULL DEFAULT '{}',
        ADD COLUMN interpreter_language varchar,
        ADD COLUMN bsl boolean NOT NULL DEFAULT false,
        ADD COLUMN support_contact varchar,
        ADD COLUMN support_other text,
        ADD CONSTRAINT customer_consent_needs_representative
          CHECK (consent_given_on IS NULL OR representative_name IS NOT NULL),
        ADD CONSTRAINT customer_consent_scope
          CHECK (consent_scope <@ ARRAY['act_on_complaint', 'share_information', 'receive_response']::text[]),
        ADD CONSTRAINT customer_support_formats
          CHECK (support_formats <@ ARRAY['large_print', 'easy_read', 'braille', 'audio']::text[])`);
    await q.query(`
      ALTER TABLE organisation
        ADD COLUMN stage_one_responders varchar NOT NULL DEFAULT 'handlers_and_managers'
          CONSTRAINT organisation_stage_one_responders
          CHECK (stage_one_responders IN ('handlers_and_managers', 'any_staff'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organisation DROP COLUMN stage_one_responders`);
    await q.query(`
      ALTER TABLE customer
        DROP CONSTRAINT customer_consent_needs_representative,
        DROP CONSTRAINT customer_consent_scope,
        DROP CONSTRAINT customer_support_formats,
        DROP COLUMN representative_name, DROP COLUMN representative_relationship,
        DROP COLUMN representative_email, DROP COLUMN representative_phone,
        DROP COLUMN representative_address, DROP COLUMN consent_given_on,
        DROP COLUMN consent_scope, DROP COLUMN consent_note, DROP COLUMN support_formats,
        DROP COLUMN interpreter_language, DROP COLUMN bsl, DROP COLUMN support_contact,
        DROP COLUMN support_other`);
    await q.query(
      `ALTER TABLE complaint DROP CONSTRAINT complaint_anonymous_no_customer, DROP COLUMN anonymous`,
    );
  }
}
