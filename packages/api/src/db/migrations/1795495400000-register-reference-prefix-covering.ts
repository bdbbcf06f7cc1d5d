import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The register's search by the start of a reference (issue 19) from the index alone: the prefix
 * index (organisation, lower(reference)) also carries the reference, the receipt and the id, so
 * the search's matches and their capped count are index-only scans. Without them PostgreSQL
 * counted a broad prefix such as "CMP-2026-" on the (organisation, reference) key instead,
 * reading every reference before the prefix, or read every matching complaint from the table.
 */
export class RegisterReferencePrefixCovering1795495400000 implements MigrationInterface {
  name = 'RegisterReferencePrefixCovering1795495400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX complaint_reference_prefix_covering ON complaint (organisation_id, lower(reference) text_pattern_ops) INCLUDE (reference, received_at, id)`,
    );
    await q.query(`DROP INDEX complaint_reference_prefix_idx`);
    await q.query(
      `ALTER INDEX complaint_reference_prefix_covering RENAME TO complaint_reference_prefix_idx`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX complaint_reference_prefix_plain ON complaint (organisation_id, lower(reference) text_pattern_ops)`,
    );
    await q.query(`DROP INDEX complaint_reference_prefix_idx`);
    await q.query(
      `ALTER INDEX complaint_reference_prefix_plain RENAME TO complaint_reference_prefix_idx`,
    );
  }
}
