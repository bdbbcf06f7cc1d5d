import type { MigrationInterface, QueryRunner } from 'typeorm';

const addInserted = (onConflict: string) => `
      CREATE OR REPLACE FUNCTION search_words_add_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_word (organisation_id, word, received_at, complaint_id)
        SELECT c.organisation_id, w, c.received_at, c.id
          FROM inserted_complaints c
          LEFT JOIN customer cu ON cu.organisation_id = c.organisation_id AND cu.id = c.customer_id,
          LATERAL complaint_search_words(c.summary, cu.name, cu.email, cu.postcode) w
        ${onConflict};
        RETURN NULL;
      END $$`;

/**
 * The search words of inserted complaints are inserted without ON CONFLICT DO NOTHING (issue 14:
 * an import of 100,000 complaints writes about a million words; the speculative insertion that
 * ON CONFLICT needs was about a third of their cost). Nothing can conflict: a complaint's words
 * are distinct (complaint_search_words) and keyed by its id, which is new, and a deleted
 * complaint's words go with it (complaint_search_words trigger).
 */
export class SearchWordsInsertPlain1795494000000 implements MigrationInterface {
  name = 'SearchWordsInsertPlain1795494000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(addInserted(''));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(addInserted('ON CONFLICT DO NOTHING'));
  }
}
