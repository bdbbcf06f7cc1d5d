import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per organisation and date with a working-day ordinal, built by @chp/domain's
 * `workingDayCalendar` (weekends, Scottish bank holidays, the organisation's closure days).
 * SQL counts working days by subtraction instead of re-implementing the calendar.
 */
export class WorkingDayCalendar1795410000000 implements MigrationInterface {
  name = 'WorkingDayCalendar1795410000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE working_day (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        date date NOT NULL,
        is_working_day boolean NOT NULL,
        ordinal integer NOT NULL,
        PRIMARY KEY (organisation_id, date)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE working_day`);
  }
}
