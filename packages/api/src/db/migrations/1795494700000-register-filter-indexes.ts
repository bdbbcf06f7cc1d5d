import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The current stage's outcome, as complaint.queries.ts writes it for the register's outcome filter. */
const CURRENT_OUTCOME_SQL = `(CASE WHEN current_stage = 1 THEN stage1_outcome ELSE stage2_outcome END)`;

/**
 * The register's search and filters on indexes (issue 19), each read in the register's default
 * order (newest received first, then id) so a page of 50 stops after 50 index entries:
 * - the start of a reference, case-insensitive, as a btree range (text_pattern_ops) within the
 *   organisation: the trigram index answered a prefix such as "CMP-2026-" by visiting most rows;
 * - the current stage's outcome;
 * - the service area, and the service area with a status (the old (organisation, service area)
 *   index is a prefix of both, so it goes).
 */
export class RegisterFilterIndexes1795494700000 implements MigrationInterface {
  name = 'RegisterFilterIndexes1795494700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX complaint_reference_prefix_idx ON complaint (organisation_id, lower(reference) text_pattern_ops)`,
    );
    await q.query(
      `CREATE INDEX complaint_outcome_order_idx ON complaint (organisation_id, ${CURRENT_OUTCOME_SQL}, received_at DESC, id)`,
    );
    await q.query(
      `CREATE INDEX complaint_area_order_idx ON complaint (organisation_id, service_area_id, received_at DESC, id)`,
    );
    await q.query(
      `CREATE INDEX complaint_area_status_order_idx ON complaint (organisation_id, service_area_id, status, received_at DESC, id)`,
    );
    await q.query(`DROP INDEX complaint_service_area_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX complaint_service_area_idx ON complaint (organisation_id, service_area_id)`,
    );
    for (const index of [
      'complaint_area_status_order_idx',
      'complaint_area_order_idx',
      'complaint_outcome_order_idx',
      'complaint_reference_prefix_idx',
    ]) {
      await q.query(`DROP INDEX ${index}`);
    }
  }
}
