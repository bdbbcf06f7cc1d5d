import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Single sign-on with OpenID Connect (docs/procedure.md, Accounts: single sign-on):
 * - `organisation_sso`: one organisation's directory: issuer, client id, the client secret
 *   (encrypted when CHP_SECRET_KEY is set; never returned by the API), the directory claim that
 *   names groups, its mapping from a group to a role, and the role for no match (null: refuse).
 * - `organisation_sso_domain`: the e-mail domains each organisation signs in; a domain belongs
 *   to one organisation, so an e-mail finds its organisation's directory.
 * - `sso_attempt`: a sign-in on its way through the directory: the PKCE verifier and nonce kept
 *   server-side, keyed by the SHA-256 of the state and bound to the browser that started it.
 */
export class SingleSignOn1795484000000 implements MigrationInterface {
  name = 'SingleSignOn1795484000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organisation_sso (
        organisation_id uuid PRIMARY KEY REFERENCES organisation (id),
        enabled boolean NOT NULL,
        issuer_url varchar(500) NOT NULL,
        client_id varchar(200) NOT NULL,
        client_secret text NOT NULL,
        group_claim varchar(100) NOT NULL,
        group_roles jsonb NOT NULL DEFAULT '[]',
        default_role varchar(30)
          CHECK (default_role IN ('admin','senior_manager','manager','handler','communications','staff')),
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE organisation_sso_domain (
        domain varchar(253) PRIMARY KEY CHECK (domain = lower(domain)),
        organisation_id uuid NOT NULL REFERENCES organisation_sso (organisation_id) ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE INDEX organisation_sso_domain_org_idx ON organisation_sso_domain (organisation_id)`,
    );
    await q.query(`
      CREATE TABLE sso_attempt (
        state_hash char(64) PRIMARY KEY,
        browser_hash char(64) NOT NULL,
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        code_verifier varchar(128) NOT NULL,
        nonce varchar(128) NOT NULL,
        redirect_uri varchar(600) NOT NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        CHECK (expires_at > created_at)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sso_attempt`);
    await q.query(`DROP TABLE organisation_sso_domain`);
    await q.query(`DROP TABLE organisation_sso`);
  }
}
