import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { RootCause } from './root-cause.entity';
import { learningError } from './learning.errors';

/** Root causes of `organisationIds` in tree order: each top-level group by name, its children by name under it. */
export async function listRootCauses(
  em: EntityManager,
  organisationIds: string[],
  includeInactive: boolean,
): Promise<RootCause[]> {
  if (organisationIds.length === 0) return [];
  // a retired group hides its children too, unless inactive ones are asked for
  const ordered: { id: string }[] = await em.query(
    `WITH RECURSIVE tree AS (
       SELECT r.organisation_id, r.id, ARRAY[lower(r.name)::text, r.id::text] AS path
         FROM root_cause r
        WHERE r.organisation_id = ANY($1::uuid[]) AND r.parent_id IS NULL AND ($2 OR r.active)
       UNION ALL
       SELECT c.organisation_id, c.id, t.path || ARRAY[lower(c.name)::text, c.id::text]
         FROM root_cause c JOIN tree t ON c.organisation_id = t.organisation_id AND c.parent_id = t.id
        WHERE ($2 OR c.active)
     )
     SELECT id FROM tree ORDER BY organisation_id, path`,
    [organisationIds, includeInactive],
  );
  if (ordered.length === 0) return [];
  const rows = await em
    .getRepository(RootCause)
    .createQueryBuilder('r')
    .where('r.organisation_id IN (:...orgs)', { orgs: organisationIds })
    .andWhere('r.id IN (:...ids)', { ids: ordered.map((o) => o.id) })
    .getMany();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ordered.map((o) => byId.get(o.id)).filter((r): r is RootCause => r !== undefined);
}

/** CONFLICT ROOT_CAUSE_NAME_TAKEN unless `name` is free among the siblings under `parentId` (retired ones included). */
export async function assertRootCauseNameFree(
  em: EntityManager,
  organisationId: string,
  parentId: string | null,
  name: string,
  exceptId?: string,
): Promise<void> {
  const same: { active: boolean }[] = await em.query(
    `SELECT active FROM root_cause
      WHERE organisation_id = $1 AND parent_id IS NOT DISTINCT FROM $2 AND lower(name) = lower($3) AND id IS DISTINCT FROM $4`,
    [organisationId, parentId, name, exceptId ?? null],
  );
  if (same.length > 0) {
    throw learningError(
      'ROOT_CAUSE_NAME_TAKEN',
      same[0]!.active ? `(${name})` : `(${name} is retired: reactivate it instead.)`,
    );
  }
}

/** The parent must be an active root cause of the same organisation (BAD_USER_INPUT parentId otherwise). */
export async function assertParent(
  em: EntityManager,
  organisationId: string,
  parentId: string,
): Promise<void> {
  const parent = await em.getRepository(RootCause).findOneBy({ organisationId, id: parentId });
  if (!parent) throw learningError('PARENT_ID_EXISTS');
  if (!parent.active)
    throw learningError('PARENT_ID_ACTIVE', '(That root cause is retired: reactivate it first.)');
}

/** BAD_USER_INPUT parentId noCycle when `parentId` is `id` itself or one of its descendants. */
export async function assertNoCycle(
  em: EntityManager,
  organisationId: string,
  id: string,
  parentId: string,
): Promise<void> {
  const hit: unknown[] = await em.query(
    `WITH RECURSIVE up AS (
       SELECT id, parent_id FROM root_cause WHERE organisation_id = $1 AND id = $2
       UNION ALL
       SELECT r.id, r.parent_id FROM root_cause r JOIN up ON r.organisation_id = $1 AND r.id = up.parent_id
     )
     SELECT 1 FROM up WHERE id = $3 LIMIT 1`,
    [organisationId, parentId, id],
  );
  if (hit.length > 0) throw learningError('PARENT_ID_NO_CYCLE');
}

export async function insertRootCause(
  em: EntityManager,
  row: {
    organisationId: string;
    parentId: string | null;
    name: string;
    description: string;
    now: Date;
  },
): Promise<RootCause> {
  const rootCause = em.getRepository(RootCause).create({
    organisationId: row.organisationId,
    id: randomUUID(),
    parentId: row.parentId,
    name: row.name,
    description: row.description,
    active: true,
    version: 1,
    createdAt: row.now,
  });
  await em.getRepository(RootCause).insert(rootCause);
  return rootCause;
}
