import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The first start's demo load, part by part: a start that is killed or interrupted halfway must
 * be finished by the next start, with the same data as an uninterrupted one. One row per
 * organisation loaded; `as_of` is the instant the data is generated as of (kept, so a restart on
 * another day generates the same rows); each part's time is set in the transaction that commits
 * that part. No entity maps it: only the demo loader (demo/start.ts) reads and writes it.
 */
export class DemoLoad1795462000000 implements MigrationInterface {
  name = 'DemoLoad1795462000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE demo_load (
        organisation_id uuid PRIMARY KEY REFERENCES organisation(id) ON DELETE CASCADE,
        seed integer NOT NULL,
        complaints integer NOT NULL,
        as_of timestamptz NOT NULL,
        started_at timestamptz NOT NULL DEFAULT now(),
        complaints_loaded_at timestamptz,
        actions_loaded_at timestamptz,
        published_at timestamptz,
        finished_at timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE demo_load`);
  }
}
