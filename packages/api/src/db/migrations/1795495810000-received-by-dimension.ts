import type { MigrationInterface, QueryRunner } from 'typeorm';

/** By day, or by month (the first of the month), as received_day and received_month. */
const GRAINS = [
  ['day', 'date'],
  ['month', 'month'],
] as const;

/**
 * The trend dimensions one at a time: `dimension` names the received_* column (null: 'all',
 * every complaint received) and `key` is its value as text.
 */
const DIMENSIONS = [
  ['all', null],
  ['service_area', 'service_area_id'],
  ['category', 'category'],
  ['channel', 'channel'],
  ['stage', 'stage'],
  ['outcome', 'outcome'],
  ['contractor', 'contractor'],
] as const;

/** One wide row's (alias `r`) keys, a row per dimension: VALUES (dimension, key), .... */
const keys = (r: string) =>
  DIMENSIONS.map(([d, c]) => `('${d}', ${c === null ? `'all'` : `${r}.${c}::text`})`).join(', ');

/**
 * Narrow summaries for the trends with no filter (issue 19): complaints received per
 * organisation, day (or month), dimension and key, every other dimension summed. A trend by one
 * dimension over 24 months reads a few rows per key and month instead of received_month's rows
 * for every combination of service area × category × channel × stage × outcome × contractor,
 * which grow with the data.
 *
 * Each is kept from its wide table (received_day, received_month) by statement triggers on it, in
 * the same transaction: whatever changes wide rows (a complaint written, imported, corrected,
 * closed or voided) passes the same differences on, summed per dimension and key, so an import's
 * statement updates each narrow row once (a row trigger would update the same 'all' row once per
 * wide row, a chain of row versions that grows within the transaction). No trigger on complaint.
 */
export class ReceivedByDimension1795495810000 implements MigrationInterface {
  name = 'ReceivedByDimension1795495810000';

  async up(q: QueryRunner): Promise<void> {
    for (const [grain, column] of GRAINS) {
      await q.query(`
        CREATE TABLE received_by_${grain} (
          organisation_id uuid NOT NULL REFERENCES organisation(id),
          ${column} date NOT NULL,
          dimension text NOT NULL,
          key text NOT NULL,
          received integer NOT NULL,
          PRIMARY KEY (organisation_id, ${column}, dimension, key)
        )`);
      // the wide rows a statement changed (`changes`: the row and its signed count n), summed per
      // dimension and key: one upsert per key however many wide rows the statement touched
      const upsert = (changes: string) => `
        INSERT INTO received_by_${grain} AS t (organisation_id, ${column}, dimension, key, received)
        SELECT r.organisation_id, r.${column}, v.dimension, v.key, sum(r.n)
          FROM (${changes}) r CROSS JOIN LATERAL (VALUES ${keys('r')}) v(dimension, key)
         GROUP BY r.organisation_id, r.${column}, v.dimension, v.key
        HAVING sum(r.n) <> 0
        ON CONFLICT (organisation_id, ${column}, dimension, key) DO UPDATE SET received = t.received + EXCLUDED.received`;
      await q.query(`
        CREATE FUNCTION received_by_${grain}_maintain() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          -- an upsert fires both the insert and the update trigger: one of them has no rows
          IF TG_OP = 'DELETE' THEN
            IF NOT EXISTS (SELECT FROM old_rows) THEN RETURN NULL; END IF;
          ELSIF NOT EXISTS (SELECT FROM new_rows) THEN RETURN NULL;
          END IF;
          IF TG_OP = 'INSERT' THEN ${upsert('SELECT *, received AS n FROM new_rows')};
          ELSIF TG_OP = 'UPDATE' THEN ${upsert('SELECT *, received AS n FROM new_rows UNION ALL SELECT *, -received FROM old_rows')};
          ELSE ${upsert('SELECT *, -received AS n FROM old_rows')};
          END IF;
          RETURN NULL;
        END $$`);
      // a transition table serves one event only: one trigger per event, one function for all
      await q.query(`
        CREATE TRIGGER received_${grain}_by_dimension_insert AFTER INSERT ON received_${grain}
          REFERENCING NEW TABLE AS new_rows
          FOR EACH STATEMENT EXECUTE FUNCTION received_by_${grain}_maintain()`);
      await q.query(`
        CREATE TRIGGER received_${grain}_by_dimension_update AFTER UPDATE ON received_${grain}
          REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
          FOR EACH STATEMENT EXECUTE FUNCTION received_by_${grain}_maintain()`);
      await q.query(`
        CREATE TRIGGER received_${grain}_by_dimension_delete AFTER DELETE ON received_${grain}
          REFERENCING OLD TABLE AS old_rows
          FOR EACH STATEMENT EXECUTE FUNCTION received_by_${grain}_maintain()`);
      await q.query(`
        INSERT INTO received_by_${grain} (organisation_id, ${column}, dimension, key, received)
        SELECT r.organisation_id, r.${column}, v.dimension, v.key, sum(r.received)
          FROM received_${grain} r
         CROSS JOIN LATERAL (VALUES ${keys('r')}) v(dimension, key)
         GROUP BY r.organisation_id, r.${column}, v.dimension, v.key
        HAVING sum(r.received) <> 0`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [grain] of GRAINS) {
      for (const event of ['insert', 'update', 'delete'])
        await q.query(`DROP TRIGGER received_${grain}_by_dimension_${event} ON received_${grain}`);
      await q.query(`DROP FUNCTION received_by_${grain}_maintain()`);
      await q.query(`DROP TABLE received_by_${grain}`);
    }
  }
}
