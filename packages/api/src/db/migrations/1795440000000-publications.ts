import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Publications ("you said, we did" each quarter, the annual complaints performance report;
 * docs/procedure.md, Reporting and publishing): `publication`, its `publication_item`s and the improvement actions each item
 * links to (`publication_item_action`). Every key starts with organisation_id (Citus-ready).
 * `organisation.public_small_number`: public counts below it are shown as "fewer than N".
 */
export class Publications1795440000000 implements MigrationInterface {
  name = 'Publications1795440000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE organisation ADD COLUMN public_small_number integer NOT NULL DEFAULT 5 CHECK (public_small_number BETWEEN 1 AND 100)`,
    );
    await q.query(`
      CREATE TABLE publication (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        kind varchar(20) NOT NULL CHECK (kind IN ('quarterly', 'annual')),
        period varchar(20) NOT NULL,
        period_from date NOT NULL,
        period_to date NOT NULL,
        title varchar(200) NOT NULL,
        introduction text NOT NULL DEFAULT '',
        learning text,
        customer_experience text,
        staff_training text,
        status varchar(20) NOT NULL CHECK (status IN ('draft', 'in_review', 'approved', 'published', 'withdrawn')),
        author_id uuid NOT NULL,
        approved_by_id uuid,
        approved_at timestamptz,
        published_at timestamptz,
        withdrawn_at timestamptz,
        withdrawn_reason text,
        frozen_figures jsonb,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, id),
        FOREIGN KEY (organisation_id, author_id) REFERENCES person(organisation_id, id),
        FOREIGN KEY (organisation_id, approved_by_id) REFERENCES person(organisation_id, id),
        CHECK (status IN ('draft', 'in_review') OR frozen_figures IS NOT NULL OR status = 'withdrawn')
      )`);
    await q.query(
      `CREATE INDEX publication_status_idx ON publication (organisation_id, status, published_at DESC)`,
    );
    await q.query(`
      CREATE TABLE publication_item (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        publication_id uuid NOT NULL,
        position integer NOT NULL,
        you_said text NOT NULL,
        we_did text NOT NULL,
        PRIMARY KEY (organisation_id, id),
        FOREIGN KEY (organisation_id, publication_id) REFERENCES publication(organisation_id, id)
      )`);
    await q.query(
      `CREATE INDEX publication_item_publication_idx ON publication_item (organisation_id, publication_id, position)`,
    );
    await q.query(`
      CREATE TABLE publication_item_action (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        item_id uuid NOT NULL,
        action_id uuid NOT NULL,
        PRIMARY KEY (organisation_id, item_id, action_id),
        FOREIGN KEY (organisation_id, item_id) REFERENCES publication_item(organisation_id, id) ON DELETE CASCADE,
        FOREIGN KEY (organisation_id, action_id) REFERENCES improvement_action(organisation_id, id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE publication_item_action`);
    await q.query(`DROP TABLE publication_item`);
    await q.query(`DROP TABLE publication`);
    await q.query(`ALTER TABLE organisation DROP COLUMN public_small_number`);
  }
}
