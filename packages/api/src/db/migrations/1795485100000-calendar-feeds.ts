import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Calendar feeds (docs/procedure.md, Work queues): each member of staff may have one private iCal
 * address with their actions' target dates and their complaints' deadlines. Only the SHA-256 of
 * the address's token is stored; revoking sets `revoked_at`, and issuing a new one revokes the
 * old. The unique index finds a feed by its token; the partial one keeps one live feed a person.
 */
export class CalendarFeeds1795485100000 implements MigrationInterface {
  name = 'CalendarFeeds1795485100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE calendar_feed (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL,
        token_hash varchar(64) NOT NULL,
        issued_at timestamptz NOT NULL,
        revoked_at timestamptz,
        PRIMARY KEY (organisation_id, id),
        FOREIGN KEY (organisation_id, person_id) REFERENCES person(organisation_id, id)
      )`);
    await q.query(`CREATE UNIQUE INDEX calendar_feed_token_idx ON calendar_feed (token_hash)`);
    await q.query(
      `CREATE UNIQUE INDEX calendar_feed_live_idx ON calendar_feed (person_id) WHERE revoked_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE calendar_feed`);
  }
}
