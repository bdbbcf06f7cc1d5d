import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Publication review (docs/procedure.md, Reporting and publishing: review):
 * - `publication.last_edited_by_id`: whoever last changed the text (the author at first; null reads
 *   as the author); they cannot approve that version;
 * - `publication_review_comment`: the comments an approver sent a publication back to draft with,
 *   every one kept (who, when, what).
 */
export class PublicationReview1795494600000 implements MigrationInterface {
  name = 'PublicationReview1795494600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE publication ADD COLUMN last_edited_by_id uuid`);
    await q.query(`UPDATE publication SET last_edited_by_id = author_id`);
    // null (a row written without it, e.g. by an older seeder) reads as the author
    await q.query(`
      ALTER TABLE publication
        ADD CONSTRAINT publication_last_edited_by FOREIGN KEY (organisation_id, last_edited_by_id)
          REFERENCES person(organisation_id, id)`);
    await q.query(`
      CREATE TABLE publication_review_comment (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        id uuid NOT NULL,
        publication_id uuid NOT NULL,
        comment text NOT NULL CHECK (length(btrim(comment)) > 0),
        sent_back_by_id uuid NOT NULL,
        sent_back_at timestamptz NOT NULL,
        PRIMARY KEY (organisation_id, id),
        FOREIGN KEY (organisation_id, publication_id) REFERENCES publication(organisation_id, id) ON DELETE CASCADE,
        FOREIGN KEY (organisation_id, sent_back_by_id) REFERENCES person(organisation_id, id)
      )`);
    await q.query(
      `CREATE INDEX publication_review_comment_publication_idx ON publication_review_comment (organisation_id, publication_id, sent_back_at DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE publication_review_comment`);
    await q.query(`ALTER TABLE publication DROP COLUMN last_edited_by_id`);
  }
}
