import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The /graphql request budget, shared by every process over this database: one row per address
 * or person, the window it counts and the requests used in it (see core/request-budget.ts).
 * Unlogged: counters lost in a crash cost nothing, and they are written on every request.
 */
export class RequestBudget1795467200000 implements MigrationInterface {
  name = 'RequestBudget1795467200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE UNLOGGED TABLE request_budget (key varchar PRIMARY KEY, window_start bigint NOT NULL, used integer NOT NULL)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE request_budget`);
  }
}
