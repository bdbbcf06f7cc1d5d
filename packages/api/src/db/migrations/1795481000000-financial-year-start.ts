import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The month an organisation's financial year starts in (1 = January … 12 = December), for the
 * quarters it reports in (docs/procedure.md, Reporting and publishing). Most Scottish bodies run
 * April to March, so April is the default; colleges often start in August.
 */
export class FinancialYearStart1795481000000 implements MigrationInterface {
  name = 'FinancialYearStart1795481000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE organisation ADD COLUMN financial_year_start_month smallint NOT NULL DEFAULT 4
         CONSTRAINT organisation_financial_year_start_month CHECK (financial_year_start_month BETWEEN 1 AND 12)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organisation DROP COLUMN financial_year_start_month`);
  }
}
