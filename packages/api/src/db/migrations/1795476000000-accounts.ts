import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts that protect themselves (docs/procedure.md, Accounts):
 * - `sign_in_attempt`: rate-limiter-flexible's PostgreSQL store, in its own layout (key, points,
 *   expire in epoch milliseconds), made here so the limiter never creates tables at run time
 *   (`tableCreated: true`). Every process over this database shares the counts.
 * - `password_link`: single-use, expiring links to set a password (an invitation or a reset).
 *   Only the SHA-256 of the link's token is stored.
 */
export class Accounts1795476000000 implements MigrationInterface {
  name = 'Accounts1795476000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sign_in_attempt (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
    await q.query(`
      CREATE TABLE password_link (
        token_hash char(64) PRIMARY KEY,
        person_id uuid NOT NULL REFERENCES person (id),
        purpose varchar NOT NULL CHECK (purpose IN ('invitation', 'reset')),
        created_by uuid NOT NULL REFERENCES person (id),
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        CHECK (expires_at > created_at),
        CHECK (used_at IS NULL OR used_at >= created_at)
      )`);
    await q.query(`CREATE INDEX password_link_person_idx ON password_link (person_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE password_link`);
    await q.query(`DROP TABLE sign_in_attempt`);
  }
}
