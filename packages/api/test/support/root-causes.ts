import type { World, WorldOrganisation } from './world';

/** The first `n` sub-causes (by name) of `org`'s root-cause tree. */
export async function rootCauseIds(world: World, org: WorldOrganisation, n = 2): Promise<string[]> {
  const rows: { id: string }[] = await world.db.dataSource.query(
    `SELECT id FROM root_cause WHERE organisation_id = $1 AND parent_id IS NOT NULL ORDER BY name LIMIT $2`,
    [org.id, n],
  );
  return rows.map((r) => r.id);
}

/** A sub-cause of the default tree (e.g. 'No update given'). */
export async function defaultRootCause(
  world: World,
  org: WorldOrganisation,
  name = 'No update given',
): Promise<string> {
  const [row] = await world.db.dataSource.query(
    `SELECT id FROM root_cause WHERE organisation_id = $1 AND name = $2`,
    [org.id, name],
  );
  return row.id;
}
