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
 * Each is kept from its wide table (root_cause_day, root_cause_month) by a row trigger on it, in
 * the same transaction: whatever changes the wide row (a complaint written, imported, corrected
 * or voided, its causes set or merged) passes the same difference on. No trigger on complaint.
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
      // the wide row's old count leaves its key, the new count joins its key
      const upsert = (row: 'OLD' | 'NEW', n: string) => `
        INSERT INTO root_cause_total_${grain} AS t (organisation_id, ${column}, root_cause_id, complaints)
        VALUES (${row}.organisation_id, ${row}.${column}, ${row}.root_cause_id, ${n})
        ON CONFLICT (organisation_id, ${column}, root_cause_id) DO UPDATE SET complaints = t.complaints + EXCLUDED.complaints`;
      await q.query(`
        CREATE FUNCTION root_cause_total_${grain}_maintain() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'UPDATE' AND OLD.organisation_id = NEW.organisation_id AND OLD.${column} = NEW.${column}
             AND OLD.root_cause_id IS NOT DISTINCT FROM NEW.root_cause_id THEN
            IF NEW.complaints <> OLD.complaints THEN ${upsert('NEW', 'NEW.complaints - OLD.complaints')}; END IF;
            RETURN NULL;
          END IF;
          IF TG_OP <> 'INSERT' THEN ${upsert('OLD', '-OLD.complaints')}; END IF;
          IF TG_OP <> 'DELETE' THEN ${upsert('NEW', 'NEW.complaints')}; END IF;
          RETURN NULL;
        END $$`);
      await q.query(`
        CREATE TRIGGER root_cause_${grain}_totals AFTER INSERT OR UPDATE OR DELETE ON root_cause_${grain}
          FOR EACH ROW EXECUTE FUNCTION root_cause_total_${grain}_maintain()`);
      await q.query(`
        INSERT INTO root_cause_total_${grain} (organisation_id, ${column}, root_cause_id, complaints)
        SELECT organisation_id, ${column}, root_cause_id, sum(complaints)
          FROM root_cause_${grain} GROUP BY organisation_id, ${column}, root_cause_id
        HAVING sum(complaints) <> 0`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [grain] of GRAINS) {
      await q.query(`DROP TRIGGER root_cause_${grain}_totals ON root_cause_${grain}`);
      await q.query(`DROP FUNCTION root_cause_total_${grain}_maintain()`);
      await q.query(`DROP TABLE root_cause_total_${grain}`);
    }
  }
}
