import type { MigrationInterface, QueryRunner } from 'typeorm';

const addInserted = (skipWritten: boolean) => `
      CREATE OR REPLACE FUNCTION search_words_add_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_word (organisation_id, word, received_at, complaint_id)
        SELECT c.organisation_id, w, c.received_at, c.id
          FROM inserted_complaints c
          LEFT JOIN customer cu ON cu.organisation_id = c.organisation_id AND cu.id = c.customer_id,
          LATERAL complaint_search_words(c.summary, cu.name, cu.email, cu.postcode) w
        ${skipWritten ? `WHERE c.id IS DISTINCT FROM nullif(current_setting('chp.search_words_written', true), '')::uuid` : ''};
        RETURN NULL;
      END $$`;

/**
 * A recording writes its complaint's search words before it takes the reference's number (issue
 * 19). The number's counter row stays locked from the statement that takes it until COMMIT, so
 * every recording of the organisation and year waits for that statement: the words (about twenty
 * rows, each a random place in a large index) were a third of it. The recording inserts them
 * itself with complaint_search_words, from the same values, and names the complaint in the
 * transaction's setting chp.search_words_written; the insert trigger writes the words of every
 * other inserted complaint as before (imports, demo data).
 */
export class SearchWordsBeforeNumber1795495700000 implements MigrationInterface {
  name = 'SearchWordsBeforeNumber1795495700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(addInserted(true));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(addInserted(false));
  }
}
