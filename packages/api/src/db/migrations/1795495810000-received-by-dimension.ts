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
 * Each is kept from its wide table (received_day, received_month) by a row trigger on it, in the
 * same transaction: whatever changes the wide row (a complaint written, imported, corrected,
 * closed or voided) passes the same difference on, one row per dimension. No trigger on complaint.
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
      const upsert = (row: 'OLD' | 'NEW', n: string) => `
        INSERT INTO received_by_${grain} AS t (organisation_id, ${column}, dimension, key, received)
        SELECT ${row}.organisation_id, ${row}.${column}, v.dimension, v.key, ${n}
          FROM (VALUES ${keys(row)}) v(dimension, key)
        ON CONFLICT (organisation_id, ${column}, dimension, key) DO UPDATE SET received = t.received + EXCLUDED.received`;
      const sameKey = ['organisation_id', column, ...DIMENSIONS.map(([, c]) => c)]
        .filter((c) => c !== null)
        .map((c) => `OLD.${c} = NEW.${c}`)
        .join(' AND ');
      await q.query(`
        CREATE FUNCTION received_by_${grain}_maintain() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'UPDATE' AND ${sameKey} THEN
            IF NEW.received <> OLD.received THEN ${upsert('NEW', 'NEW.received - OLD.received')}; END IF;
            RETURN NULL;
          END IF;
          IF TG_OP <> 'INSERT' THEN ${upsert('OLD', '-OLD.received')}; END IF;
          IF TG_OP <> 'DELETE' THEN ${upsert('NEW', 'NEW.received')}; END IF;
          RETURN NULL;
        END $$`);
      await q.query(`
        CREATE TRIGGER received_${grain}_by_dimension AFTER INSERT OR UPDATE OR DELETE ON received_${grain}
          FOR EACH ROW EXECUTE FUNCTION received_by_${grain}_maintain()`);
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
      await q.query(`DROP TRIGGER received_${grain}_by_dimension ON received_${grain}`);
      await q.query(`DROP FUNCTION received_by_${grain}_maintain()`);
      await q.query(`DROP TABLE received_by_${grain}`);
    }
  }
}
