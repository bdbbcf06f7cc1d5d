import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The current stage's working deadline (extended due date if any), as complaint.queries.ts writes it: the register sorts by it. */
const REGISTER_DEADLINE_SQL = `(CASE WHEN current_stage = 1 THEN coalesce(stage1_extended_due_on, stage1_due_on)
                        ELSE coalesce(stage2_extended_due_on, stage2_due_on) END)`;

/**
 * The register as a handler works it (issue 17): search and sort on a million complaints without
 * reading every row.
 * - pg_trgm trigram indexes for "contains" search on the customer's name, e-mail and postcode
 *   (postcode without its space, as people type it either way) and on the reference;
 * - a full-text index on the summary (English stemming: "leaking" finds "leaks");
 * - complaint by customer, to go from the matching customers to their complaints;
 * - the register's orders by due date, stage and status, each then newest received first.
 * pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
 */
export class RegisterSearch1795474000000 implements MigrationInterface {
  name = 'RegisterSearch1795474000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE INDEX customer_name_trgm_idx ON customer USING gin (name gin_trgm_ops)`);
    await q.query(
      `CREATE INDEX customer_email_trgm_idx ON customer USING gin (email gin_trgm_ops)`,
    );
    await q.query(
      `CREATE INDEX customer_postcode_trgm_idx ON customer USING gin ((upper(replace(postcode, ' ', ''))) gin_trgm_ops)`,
    );
    await q.query(
      `CREATE INDEX complaint_reference_trgm_idx ON complaint USING gin (reference gin_trgm_ops)`,
    );
    await q.query(
      `CREATE INDEX complaint_summary_fts_idx ON complaint USING gin (to_tsvector('english', summary))`,
    );
    await q.query(
      `CREATE INDEX complaint_customer_idx ON complaint (organisation_id, customer_id)`,
    );
    // the register's orders: the column, then newest received first, then id (read backwards
    // for the reverse order)
    await q.query(
      `CREATE INDEX complaint_deadline_idx ON complaint (organisation_id, ${REGISTER_DEADLINE_SQL}, received_at DESC, id)`,
    );
    await q.query(
      `CREATE INDEX complaint_stage_order_idx ON complaint (organisation_id, current_stage, received_at DESC, id)`,
    );
    await q.query(
      `CREATE INDEX complaint_status_order_idx ON complaint (organisation_id, status, received_at DESC, id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of [
      'complaint_status_order_idx',
      'complaint_stage_order_idx',
      'complaint_deadline_idx',
      'complaint_customer_idx',
      'complaint_summary_fts_idx',
      'complaint_reference_trgm_idx',
      'customer_postcode_trgm_idx',
      'customer_email_trgm_idx',
      'customer_name_trgm_idx',
    ])
      await q.query(`DROP INDEX ${index}`);
    await q.query(`DROP EXTENSION IF EXISTS pg_trgm`);
  }
}
