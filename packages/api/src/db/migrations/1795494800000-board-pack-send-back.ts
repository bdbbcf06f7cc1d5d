import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sending a board pack back (docs/procedure.md, The quarterly board pack): an approver returns a
 * pack in review to draft with a comment for the author. The latest comment, who sent it back and
 * when are kept with the pack (earlier ones stay in the audit trail).
 */
export class BoardPackSendBack1795494800000 implements MigrationInterface {
  name = 'BoardPackSendBack1795494800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE board_pack
        ADD COLUMN sent_back_comment text,
        ADD COLUMN sent_back_by_id uuid,
        ADD COLUMN sent_back_at timestamptz,
        ADD CONSTRAINT board_pack_sent_back_by_fk
          FOREIGN KEY (organisation_id, sent_back_by_id) REFERENCES person(organisation_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE board_pack
        DROP CONSTRAINT board_pack_sent_back_by_fk,
        DROP COLUMN sent_back_comment,
        DROP COLUMN sent_back_by_id,
        DROP COLUMN sent_back_at`);
  }
}
