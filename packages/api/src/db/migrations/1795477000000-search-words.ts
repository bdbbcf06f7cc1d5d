import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The register's search words (issue 17, search under 50 ms at 1,000,000 complaints): one row per
 * word of a complaint's summary and of its customer's name, e-mail and postcode, keyed
 * (organisation, word, received, complaint) so a word's newest complaints are an ordered,
 * index-only read of the primary key, and its matches are counted from the index alone.
 * - a word is a run of letters and digits, lower case, reduced to its English stem ("leaking" and
 *   "leaks" are both "leak"); the summary's stop words ("the", "was") are left out;
 * - a postcode is also stored whole without its space and split as outward and inward code
 *   (G24AB, G2, 4AB), so it is found typed either way;
 * - kept by triggers on complaint (insert, delete, a changed summary, customer or receipt time)
 *   and on customer (a corrected name, e-mail or postcode), in the writing transaction, so the
 *   recording service, corrections, the demo loader and the bench's COPY loader all fill it.
 */
export class SearchWords1795477000000 implements MigrationInterface {
  name = 'SearchWords1795477000000';

  async up(q: QueryRunner): Promise<void> {
    // one typed or stored token as a search word: its English stem, or the token itself when the
    // stemmer drops it as a stop word
    await q.query(`
      CREATE FUNCTION search_word(token text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT coalesce((ts_lexize('english_stem', lower(token)))[1], lower(token)) $$`);
    await q.query(`
      CREATE FUNCTION complaint_search_words(summary text, name text, email text, postcode text)
      RETURNS SETOF text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT DISTINCT w FROM (
          SELECT search_word(t) AS w
            FROM regexp_split_to_table(lower(concat_ws(' ', name, email, postcode)), '[^[:alnum:]]+') t
           WHERE t <> ''
          UNION ALL
          SELECT x FROM (SELECT lower(regexp_replace(postcode, '[^[:alnum:]]+', '', 'g')) AS p) pc,
                 LATERAL (VALUES (p), (CASE WHEN length(p) >= 5 THEN left(p, -3) END),
                                 (CASE WHEN length(p) >= 5 THEN right(p, 3) END)) v(x)
          UNION ALL
          SELECT (ts_lexize('english_stem', t))[1]
            FROM regexp_split_to_table(lower(coalesce(summary, '')), '[^[:alnum:]]+') t
           WHERE t <> ''
        ) s
        WHERE w IS NOT NULL AND w <> '' $$`);
    await q.query(`
      CREATE TABLE search_word (
        organisation_id uuid NOT NULL,
        word text COLLATE "C" NOT NULL,
        received_at timestamptz NOT NULL,
        complaint_id uuid NOT NULL,
        PRIMARY KEY (organisation_id, word, received_at, complaint_id)
      )`);
    // a complaint's words, from its row and its customer's
    await q.query(`
      CREATE FUNCTION search_words_of(c complaint, cu customer) RETURNS SETOF text LANGUAGE sql
      STABLE AS $$ SELECT complaint_search_words(c.summary, cu.name, cu.email, cu.postcode) $$`);
    await q.query(`
      CREATE FUNCTION complaint_search_words_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE cu customer;
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          SELECT * INTO cu FROM customer
           WHERE organisation_id = OLD.organisation_id AND id = OLD.customer_id;
          DELETE FROM search_word
           WHERE organisation_id = OLD.organisation_id AND received_at = OLD.received_at
             AND complaint_id = OLD.id AND word IN (SELECT search_words_of(OLD, cu));
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          SELECT * INTO cu FROM customer
           WHERE organisation_id = NEW.organisation_id AND id = NEW.customer_id;
          INSERT INTO search_word (organisation_id, word, received_at, complaint_id)
          SELECT NEW.organisation_id, w, NEW.received_at, NEW.id FROM search_words_of(NEW, cu) w
          ON CONFLICT DO NOTHING;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER complaint_search_words AFTER INSERT OR DELETE
          OR UPDATE OF summary, customer_id, received_at, organisation_id ON complaint
      FOR EACH ROW EXECUTE FUNCTION complaint_search_words_sync()`);
    await q.query(`
      CREATE FUNCTION customer_search_words_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE c complaint;
      BEGIN
        FOR c IN SELECT * FROM complaint
                  WHERE organisation_id = NEW.organisation_id AND customer_id = NEW.id LOOP
          DELETE FROM search_word
           WHERE organisation_id = c.organisation_id AND received_at = c.received_at
             AND complaint_id = c.id AND word IN (SELECT search_words_of(c, OLD));
          INSERT INTO search_word (organisation_id, word, received_at, complaint_id)
          SELECT c.organisation_id, w, c.received_at, c.id FROM search_words_of(c, NEW) w
          ON CONFLICT DO NOTHING;
        END LOOP;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER customer_search_words AFTER UPDATE OF name, email, postcode ON customer
      FOR EACH ROW EXECUTE FUNCTION customer_search_words_sync()`);
    // the complaints already recorded
    await q.query(`
      INSERT INTO search_word (organisation_id, word, received_at, complaint_id)
      SELECT c.organisation_id, w, c.received_at, c.id
        FROM complaint c
        LEFT JOIN customer cu ON cu.organisation_id = c.organisation_id AND cu.id = c.customer_id,
        LATERAL complaint_search_words(c.summary, cu.name, cu.email, cu.postcode) w
      ON CONFLICT DO NOTHING`);
    await q.query(`ANALYZE search_word`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER customer_search_words ON customer`);
    await q.query(`DROP TRIGGER complaint_search_words ON complaint`);
    await q.query(`DROP FUNCTION customer_search_words_sync()`);
    await q.query(`DROP FUNCTION complaint_search_words_sync()`);
    await q.query(`DROP TABLE search_word`);
    await q.query(`DROP FUNCTION search_words_of(complaint, customer)`);
    await q.query(`DROP FUNCTION complaint_search_words(text, text, text, text)`);
    await q.query(`DROP FUNCTION search_word(text)`);
  }
}
