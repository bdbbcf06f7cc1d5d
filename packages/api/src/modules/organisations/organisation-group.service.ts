import type { DataSource, EntityManager } from 'typeorm';
import { OrganisationGroup } from './organisation-group.entity';

/** The group whose figures a person reads: their organisation's, when they hold group access. */
export async function groupOfReader(
  ds: DataSource,
  personId: string,
): Promise<OrganisationGroup | null> {
  const [row]: { id: string }[] = await ds.query(
    `SELECT o.group_id AS id FROM person p JOIN organisation o ON o.id = p.organisation_id
      WHERE p.id = $1 AND p.group_access AND o.group_id IS NOT NULL`,
    [personId],
  );
  return row ? ds.getRepository(OrganisationGroup).findOneBy({ id: row.id }) : null;
}

/** Whether an organisation or a group already uses `slug` (one namespace: the public site's addresses). */
export async function slugTaken(em: EntityManager, slug: string): Promise<boolean> {
  const rows: unknown[] = await em.query(
    `SELECT 1 FROM organisation WHERE lower(slug) = lower($1)
     UNION ALL SELECT 1 FROM organisation_group WHERE lower(slug) = lower($1)`,
    [slug],
  );
  return rows.length > 0;
}
