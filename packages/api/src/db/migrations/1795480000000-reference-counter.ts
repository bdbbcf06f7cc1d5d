import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Complaint references numbered from a counter row per organisation and year of receipt (issue 19:
 * recording no longer takes an organisation-wide lock and a max() over the organisation's
 * references; the counter row locks only the recordings of one organisation and year, for the
 * rest of their transaction).
 * - `last_number` is the highest number used in the year: recording takes the next one with one
 *   INSERT ... ON CONFLICT DO UPDATE ... RETURNING (intake.service.ts).
 * - It never falls below a reference already stored, whoever stored it: a statement trigger on
 *   complaint raises it to the highest number each INSERT (or COPY) wrote, so the demo loader, the
 *   bench's loader and any import of history keep it right without knowing about it.
 * - Back-filled here from the references already stored.
 * The patterns are the domain's reference (CMP-<year>-<n>) at the time of this migration.
 */
export class ReferenceCounter1795480000000 implements MigrationInterface {
  name = 'ReferenceCounter1795480000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reference_counter (
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        year integer NOT NULL,
        last_number integer NOT NULL CHECK (last_number >= 0),
        PRIMARY KEY (organisation_id, year)
      )`);
    await q.query(`
      CREATE FUNCTION reference_counter_follow() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO reference_counter AS c (organisation_id, year, last_number)
        SELECT organisation_id,
               substring(reference FROM '^CMP-([0-9]{4})-[0-9]+$')::int,
               max(substring(reference FROM '^CMP-[0-9]{4}-([0-9]+)$')::int)
          FROM new_complaints
         WHERE reference ~ '^CMP-[0-9]{4}-[0-9]+$'
         GROUP BY 1, 2
        ON CONFLICT (organisation_id, year) DO UPDATE SET last_number = EXCLUDED.last_number
         WHERE c.last_number < EXCLUDED.last_number;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER complaint_reference_counter AFTER INSERT ON complaint
        REFERENCING NEW TABLE AS new_complaints
        FOR EACH STATEMENT EXECUTE FUNCTION reference_counter_follow()`);
    await q.query(`
      INSERT INTO reference_counter (organisation_id, year, last_number)
      SELECT organisation_id,
             substring(reference FROM '^CMP-([0-9]{4})-[0-9]+$')::int,
             max(substring(reference FROM '^CMP-[0-9]{4}-([0-9]+)$')::int)
        FROM complaint
       WHERE reference ~ '^CMP-[0-9]{4}-[0-9]+$'
       GROUP BY 1, 2`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER complaint_reference_counter ON complaint`);
    await q.query(`DROP FUNCTION reference_counter_follow()`);
    await q.query(`DROP TABLE reference_counter`);
  }
}
