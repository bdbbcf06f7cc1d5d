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
  'not_a_complaint',
  'withdrawn',
  'out_of_time',
  'duplicate',
];

/**
 * Inserted complaints keep indicator_day and search_word with one statement per INSERT (or COPY)
 * instead of one per row (issue 14: an import writes complaints a thousand at a time). The derived
 * rows are the same: the statement triggers read the inserted rows from a transition table and
 * use the same functions as the row triggers (indicator_contributions, complaint_search_words).
 * Deletes and updates keep their row triggers (a transition table serves one event only).
 */
export class SetBasedInsertTriggers1795493200000 implements MigrationInterface {
  name = 'SetBasedInsertTriggers1795493200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER complaint_indicator_day_insert ON complaint`);
    await q.query(`
      CREATE TRIGGER complaint_indicator_day_delete AFTER DELETE ON complaint
      FOR EACH ROW EXECUTE FUNCTION indicator_day_maintain()`);
    await q.query(`
      CREATE FUNCTION indicator_day_add_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO indicator_day AS d (organisation_id, date, bucket, ${FIGURES.join(', ')})
        SELECT x.organisation_id, x.date, x.bucket, ${FIGURES.map((f) => `sum(x.${f})`).join(', ')}
          FROM inserted_complaints c CROSS JOIN LATERAL indicator_contributions(c::complaint, 1) x
         GROUP BY x.organisation_id, x.date, x.bucket
        ON CONFLICT (organisation_id, date, bucket) DO UPDATE SET
          ${FIGURES.map((f) => `${f} = d.${f} + EXCLUDED.${f}`).join(', ')};
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER complaint_indicator_day_insert AFTER INSERT ON complaint
        REFERENCING NEW TABLE AS inserted_complaints
        FOR EACH STATEMENT EXECUTE FUNCTION indicator_day_add_inserted()`);

    await q.query(`DROP TRIGGER complaint_search_words ON complaint`);
    await q.query(`
      CREATE TRIGGER complaint_search_words AFTER DELETE
          OR UPDATE OF summary, customer_id, received_at, organisation_id ON complaint
      FOR EACH ROW EXECUTE FUNCTION complaint_search_words_sync()`);
    await q.query(`
      CREATE FUNCTION search_words_add_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_word (organisation_id, word, received_at, complaint_id)
        SELECT c.organisation_id, w, c.received_at, c.id
          FROM inserted_complaints c
          LEFT JOIN customer cu ON cu.organisation_id = c.organisation_id AND cu.id = c.customer_id,
          LATERAL complaint_search_words(c.summary, cu.name, cu.email, cu.postcode) w
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER complaint_search_words_insert AFTER INSERT ON complaint
        REFERENCING NEW TABLE AS inserted_complaints
        FOR EACH STATEMENT EXECUTE FUNCTION search_words_add_inserted()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER complaint_search_words_insert ON complaint`);
    await q.query(`DROP FUNCTION search_words_add_inserted()`);
    await q.query(`DROP TRIGGER complaint_search_words ON complaint`);
    await q.query(`
      CREATE TRIGGER complaint_search_words AFTER INSERT OR DELETE
          OR UPDATE OF summary, customer_id, received_at, organisation_id ON complaint
      FOR EACH ROW EXECUTE FUNCTION complaint_search_words_sync()`);
    await q.query(`DROP TRIGGER complaint_indicator_day_insert ON complaint`);
    await q.query(`DROP FUNCTION indicator_day_add_inserted()`);
    await q.query(`DROP TRIGGER complaint_indicator_day_delete ON complaint`);
    await q.query(`
      CREATE TRIGGER complaint_indicator_day_insert AFTER INSERT OR DELETE ON complaint
      FOR EACH ROW EXECUTE FUNCTION indicator_day_maintain()`);
  }
}
