import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The earliest date an organisation records a complaint as received: a receipt before it (a
 * mistyped 1900 for 2019) is refused as bad input. An administrator can move it back for old
 * records brought in from another system.
 */
export class EarliestRecordDate1795465000000 implements MigrationInterface {
  name = 'EarliestRecordDate1795465000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE organisation ADD COLUMN earliest_record_date date NOT NULL DEFAULT '2000-01-01'
         CHECK (earliest_record_date >= '1900-01-01')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organisation DROP COLUMN earliest_record_date`);
  }
}
