import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisations and groups (issue 13, docs/architecture.md, Organisations and groups):
 * - a group is a row of its own (`organisation_group`), not an organisation: it has no complaints,
 *   settings or staff of its own; `organisation.group_id` puts an organisation in one group;
 * - the former `organisation.parent_id` (a group was a parent organisation) becomes a group named
 *   after the parent, holding the parent and its children;
 * - `person.platform_admin`: who creates organisations and groups on this deployment.
 */
export class OrganisationGroups1795483000000 implements MigrationInterface {
  name = 'OrganisationGroups1795483000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organisation_group (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL CHECK (btrim(name) <> ''),
        slug varchar(80) NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `ALTER TABLE organisation ADD COLUMN group_id uuid REFERENCES organisation_group(id)`,
    );
    await q.query(`CREATE INDEX organisation_group_id ON organisation (group_id)`);
    await q.query(`
      WITH parents AS (
        SELECT DISTINCT p.id, p.name, p.slug FROM organisation p JOIN organisation c ON c.parent_id = p.id
      ), groups AS (
        INSERT INTO organisation_group (name, slug)
        SELECT name || ' group', left(slug, 74) || '-group' FROM parents
        RETURNING id, slug
      )
      UPDATE organisation o SET group_id = g.id
        FROM parents p JOIN groups g ON g.slug = left(p.slug, 74) || '-group'
       WHERE o.id = p.id OR o.parent_id = p.id`);
    await q.query(`ALTER TABLE organisation DROP COLUMN parent_id`);
    await q.query(`ALTER TABLE person ADD COLUMN platform_admin boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE person DROP COLUMN platform_admin`);
    await q.query(`ALTER TABLE organisation ADD COLUMN parent_id uuid REFERENCES organisation(id)`);
    // the group's first organisation by name becomes the parent of the others
    await q.query(`
      UPDATE organisation o SET parent_id = h.id
        FROM (SELECT DISTINCT ON (group_id) group_id, id FROM organisation
               WHERE group_id IS NOT NULL ORDER BY group_id, name) h
       WHERE o.group_id = h.group_id AND o.id <> h.id`);
    await q.query(`ALTER TABLE organisation DROP COLUMN group_id`);
    await q.query(`DROP TABLE organisation_group`);
  }
}
