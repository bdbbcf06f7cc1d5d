import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One live publication per organisation, kind and period: two '2026-Q2' pages would put two
 * sets of figures before the public. A withdrawn publication frees its period. The service
 * checks first (CONFLICT PUBLICATION_EXISTS); this index holds the rule for concurrent creates.
 */
export class PublicationPerPeriod1795450000000 implements MigrationInterface {
  name = 'PublicationPerPeriod1795450000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE UNIQUE INDEX publication_period_live_idx ON publication (organisation_id, kind, period) WHERE status <> 'withdrawn'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX publication_period_live_idx`);
  }
}
