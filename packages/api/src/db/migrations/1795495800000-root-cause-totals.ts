import type { MigrationInterface, QueryRunner } from 'typeorm';

/** By day, or by month (the first of the month), as root_cause_day and root_cause_month. */
const GRAINS = [
  ['day', 'date'],
  ['month', 'month'],
] as const;

/**
 * Narrow summaries for the root-cause chart (issue 19): complaints received per organisation,
 * day (or month) and root cause (NULL: no root cause recorded), every other dimension summed.
 * The chart with no filter reads a few hundred rows a year here instead of root_cause_month's
 * hundred thousand (one per cause × service area × category × channel × stage × outcome).
 *
 * Each is kept from its wide table (root_cause_day, root_cause_month) by statement triggers on
 * it, in the same transaction: whatever changes wide rows (a complaint written, imported,
 * corrected or voided, its causes set or merged) passes the same differences on, summed per cause
 * (one upsert per key and statement, as in migration ReceivedByDimension). No trigger on complaint.
 */
export class RootCauseTotals1795495800000 implements MigrationInterface {
  name = 'RootCauseTotals1795495800000';

  async up(q: QueryRunner): Promise<void> {
    for (const [grain, column] of GRAINS) {
      await q.query(`
        CREATE TABLE root_cause_total_${grain} (
          organisation_id uuid NOT NULL REFERENCES organisation(id),
          ${column} date NOT NULL,
          root_cause_id uuid,
          complaints integer NOT NULL,
          CONSTRAINT root_cause_total_${grain}_key UNIQUE NULLS NOT DISTINCT (organisation_id, ${column}, root_cause_id)
        )`);
      // the wide rows a statement changed (`changes`: the row and its signed count n), summed per
      // cause: one upsert per key however many wide rows the statement touched
      const upsert = (changes: string) => `
        INSERT INTO root_cause_total_${grain} AS t (organisation_id, ${column}, root_cause_id, complaints)
        SELECT r.organisation_id, r.${column}, r.root_cause_id, sum(r.n) FROM (${changes}) r
         GROUP BY r.organisation_id, r.${column}, r.root_cause_id
        HAVING sum(r.n) <> 0
        ON CONFLICT (organisation_id, ${column}, root_cause_id) DO UPDATE SET complaints = t.complaints + EXCLUDED.complaints`;
      await q.query(`
        CREATE FUNCTION root_cause_total_${grain}_maintain() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          -- an upsert fires both the insert and the update trigger: one of them has no rows
          IF TG_OP = 'DELETE' THEN
            IF NOT EXISTS (SELECT FROM old_rows) THEN RETURN NULL; END IF;
          ELSIF NOT EXISTS (SELECT FROM new_rows) THEN RETURN NULL;
          END IF;
          IF TG_OP = 'INSERT' THEN ${upsert('SELECT *, complaints AS n FROM new_rows')};
          ELSIF TG_OP = 'UPDATE' THEN ${upsert('SELECT *, complaints AS n FROM new_rows UNION ALL SELECT *, -complaints FROM old_rows')};
          ELSE ${upsert('SELECT *, -complaints AS n FROM old_rows')};
          END IF;
          RETURN NULL;
        END $$`);
      // a transition table serves one event only: one trigger per event, one function for all
      await q.query(`
        CREATE TRIGGER root_cause_${grain}_totals_insert AFTER INSERT ON root_cause_${grain}
          REFERENCING NEW TABLE AS new_rows
          FOR EACH STATEMENT EXECUTE FUNCTION root_cause_total_${grain}_maintain()`);
      await q.query(`
        CREATE TRIGGER root_cause_${grain}_totals_update AFTER UPDATE ON root_cause_${grain}
          REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
          FOR EACH STATEMENT EXECUTE FUNCTION root_cause_total_${grain}_maintain()`);
      await q.query(`
        CREATE TRIGGER root_cause_${grain}_totals_delete AFTER DELETE ON root_cause_${grain}
          REFERENCING OLD TABLE AS old_rows
          FOR EACH STATEMENT EXECUTE FUNCTION root_cause_total_${grain}_maintain()`);
      await q.query(`
        INSERT INTO root_cause_total_${grain} (organisation_id, ${column}, root_cause_id, complaints)
        SELECT organisation_id, ${column}, root_cause_id, sum(complaints)
          FROM root_cause_${grain} GROUP BY organisation_id, ${column}, root_cause_id
        HAVING sum(complaints) <> 0`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [grain] of GRAINS) {
      for (const event of ['insert', 'update', 'delete'])
        await q.query(`DROP TRIGGER root_cause_${grain}_totals_${event} ON root_cause_${grain}`);
      await q.query(`DROP FUNCTION root_cause_total_${grain}_maintain()`);
      await q.query(`DROP TABLE root_cause_total_${grain}`);
    }
  }
}
