import type { MigrationInterface, QueryRunner } from 'typeorm';

const FIGURES = [
  'received',
  'closed',
  'resolved',
  'upheld',
  'partially_upheld',
  'not_upheld',
  'working_days',
  'within_timescale',
  'extended',
];

/**
 * `indicator_day`: the SPSO indicators' counts per organisation, local date and bucket
 * (0 = receipts by local date of receipt, 1 = stage 1 closures, 2 = stage 2 direct closures,
 * 3 = stage 2 closures after escalation, by closing date), summed from the complaint
 * projection columns that @chp/domain computes. A row trigger on `complaint` keeps it exact in
 * the same transaction as every write: it subtracts the old row's contribution and adds the new
 * one. A year's indicators then read about 1,500 summary rows instead of every complaint.
 */
export class IndicatorDaySummary1795430000000 implements MigrationInterface {
  name = 'IndicatorDaySummary1795430000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE indicator_day (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        date date NOT NULL,
        bucket smallint NOT NULL CHECK (bucket BETWEEN 0 AND 3),
        received integer NOT NULL DEFAULT 0,
        closed integer NOT NULL DEFAULT 0,
        resolved integer NOT NULL DEFAULT 0,
        upheld integer NOT NULL DEFAULT 0,
        partially_upheld integer NOT NULL DEFAULT 0,
        not_upheld integer NOT NULL DEFAULT 0,
        working_days bigint NOT NULL DEFAULT 0,
        within_timescale integer NOT NULL DEFAULT 0,
        extended integer NOT NULL DEFAULT 0,
        PRIMARY KEY (organisation_id, date, bucket)
      )`);
    // One complaint's contribution, signed: +1 for the new row, -1 for the old one.
    await q.query(`
      CREATE FUNCTION indicator_contributions(c complaint, sign integer)
      RETURNS TABLE (organisation_id uuid, date date, bucket smallint, ${FIGURES.map((f) => `${f} ${f === 'working_days' ? 'bigint' : 'integer'}`).join(', ')})
      LANGUAGE plpgsql IMMUTABLE AS $$
      BEGIN
        RETURN QUERY
        SELECT c.organisation_id, (c.received_at AT TIME ZONE 'Europe/London')::date, 0::smallint, sign, 0, 0, 0, 0, 0, 0::bigint, 0, 0
        UNION ALL
        SELECT c.organisation_id, c.stage1_closed_on, 1::smallint, 0, sign,
               sign * (c.stage1_outcome = 'resolved')::int, sign * (c.stage1_outcome = 'upheld')::int,
               sign * (c.stage1_outcome = 'partially_upheld')::int, sign * (c.stage1_outcome = 'not_upheld')::int,
               sign * coalesce(c.stage1_working_days, 0)::bigint, sign * coalesce(c.stage1_within_timescale, false)::int,
               sign * (c.stage1_extended_due_on IS NOT NULL)::int
         WHERE c.stage1_closed_on IS NOT NULL
        UNION ALL
        SELECT c.organisation_id, c.stage2_closed_on, CASE WHEN c.route = 'stage2_direct' THEN 2 ELSE 3 END::smallint, 0, sign,
               sign * (c.stage2_outcome = 'resolved')::int, sign * (c.stage2_outcome = 'upheld')::int,
               sign * (c.stage2_outcome = 'partially_upheld')::int, sign * (c.stage2_outcome = 'not_upheld')::int,
               sign * coalesce(c.stage2_working_days, 0)::bigint, sign * coalesce(c.stage2_within_timescale, false)::int,
               sign * (c.stage2_extended_due_on IS NOT NULL)::int
         WHERE c.stage2_closed_on IS NOT NULL;
      END $$`);
    const upsert = (source: string) => `
      INSERT INTO indicator_day AS d (organisation_id, date, bucket, ${FIGURES.join(', ')})
      SELECT * FROM ${source}
      ON CONFLICT (organisation_id, date, bucket) DO UPDATE SET ${FIGURES.map((f) => `${f} = d.${f} + EXCLUDED.${f}`).join(', ')}`;
    await q.query(`
      CREATE FUNCTION indicator_day_maintain() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN ${upsert('indicator_contributions(OLD, -1)')}; END IF;
        IF TG_OP <> 'DELETE' THEN ${upsert('indicator_contributions(NEW, 1)')}; END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER complaint_indicator_day_insert AFTER INSERT OR DELETE ON complaint
      FOR EACH ROW EXECUTE FUNCTION indicator_day_maintain()`);
    // updates that leave every counted column alone (notes, handler, version...) cost nothing
    await q.query(`
      CREATE TRIGGER complaint_indicator_day_update AFTER UPDATE ON complaint
      FOR EACH ROW WHEN (
        OLD.received_at IS DISTINCT FROM NEW.received_at OR OLD.route IS DISTINCT FROM NEW.route OR
        OLD.stage1_closed_on IS DISTINCT FROM NEW.stage1_closed_on OR OLD.stage1_outcome IS DISTINCT FROM NEW.stage1_outcome OR
        OLD.stage1_working_days IS DISTINCT FROM NEW.stage1_working_days OR OLD.stage1_within_timescale IS DISTINCT FROM NEW.stage1_within_timescale OR
        OLD.stage1_extended_due_on IS DISTINCT FROM NEW.stage1_extended_due_on OR
        OLD.stage2_closed_on IS DISTINCT FROM NEW.stage2_closed_on OR OLD.stage2_outcome IS DISTINCT FROM NEW.stage2_outcome OR
        OLD.stage2_working_days IS DISTINCT FROM NEW.stage2_working_days OR OLD.stage2_within_timescale IS DISTINCT FROM NEW.stage2_within_timescale OR
        OLD.stage2_extended_due_on IS DISTINCT FROM NEW.stage2_extended_due_on)
      EXECUTE FUNCTION indicator_day_maintain()`);
    // complaints already stored
    await q.query(`
      INSERT INTO indicator_day (organisation_id, date, bucket, ${FIGURES.join(', ')})
      SELECT x.organisation_id, x.date, x.bucket, ${FIGURES.map((f) => `sum(x.${f})`).join(', ')}
        FROM complaint c CROSS JOIN LATERAL indicator_contributions(c, 1) x
       GROUP BY x.organisation_id, x.date, x.bucket`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER complaint_indicator_day_update ON complaint`);
    await q.query(`DROP TRIGGER complaint_indicator_day_insert ON complaint`);
    await q.query(`DROP FUNCTION indicator_day_maintain()`);
    await q.query(`DROP FUNCTION indicator_contributions(complaint, integer)`);
    await q.query(`DROP TABLE indicator_day`);
  }
}
