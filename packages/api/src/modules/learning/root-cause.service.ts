import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { RootCause } from './root-cause.entity';
import {
  newRootCauseProblem,
  rootCauseMergeProblem,
  rootCauseMoveProblem,
  type RootCauseNode,
} from '@chp/domain';
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

/**
 * The organisation's taxonomy, every row locked until the transaction ends, so two moves or
 * merges at once cannot together make a cycle or a tree too deep.
 */
export async function lockTaxonomy(
  em: EntityManager,
  organisationId: string,
): Promise<RootCauseNode[]> {
  const rows: {
    id: string;
    parent_id: string | null;
    active: boolean;
    merged_into_id: string | null;
  }[] = await em.query(
    `SELECT id, parent_id, active, merged_into_id FROM root_cause WHERE organisation_id = $1 ORDER BY id FOR UPDATE`,
    [organisationId],
  );
  return rows.map((r) => ({
    id: r.id,
    parentId: r.parent_id,
    active: r.active,
    mergedIntoId: r.merged_into_id,
  }));
}

/** BAD_USER_INPUT parentId noCycle / taxonomyDepth when `id` may not move under `parentId` (@chp/domain). */
export function assertMove(nodes: RootCauseNode[], id: string, parentId: string | null): void {
  const problem = rootCauseMoveProblem(nodes, id, parentId);
  if (problem === 'noCycle') throw learningError('PARENT_ID_NO_CYCLE');
  if (problem === 'taxonomyDepth') throw learningError('PARENT_ID_TAXONOMY_DEPTH');
}

/** BAD_USER_INPUT parentId taxonomyDepth when a new cause under `parentId` would be too deep. */
export function assertNewCauseFits(nodes: RootCauseNode[], parentId: string | null): void {
  if (newRootCauseProblem(nodes, parentId)) throw learningError('PARENT_ID_TAXONOMY_DEPTH');
}

const MERGE_ERRORS = {
  exists: 'SURVIVOR_ID_EXISTS',
  mergeIntoItself: 'SURVIVOR_ID_MERGE_INTO_ITSELF',
  mergeIntoRetired: 'SURVIVOR_ID_MERGE_INTO_RETIRED',
  alreadyMerged: 'ID_ALREADY_MERGED',
  hasSubCauses: 'ID_HAS_SUB_CAUSES',
} as const;

export interface MergeResult {
  complaintsMoved: number;
  actionsMoved: number;
}

/**
 * Merges `merged` into `survivorId` (docs/procedure.md, Root causes), in the caller's
 * transaction: every complaint and action linked to the merged cause is linked to the survivor
 * instead (a record linked to both keeps one link), and the merged cause is retired with
 * merged_into_id, keeping its name for history and the audit log.
 */
export async function mergeRootCause(
  em: EntityManager,
  nodes: RootCauseNode[],
  merged: RootCause,
  survivorId: string,
): Promise<MergeResult> {
  const problem = rootCauseMergeProblem(nodes, merged.id, survivorId);
  if (problem) throw learningError(MERGE_ERRORS[problem]);
  const org = merged.organisationId;
  const moved = async (table: string, owner: string): Promise<number> => {
    const [, count]: [unknown, number] = await em.query(
      `UPDATE ${table} l SET root_cause_id = $3
        WHERE l.organisation_id = $1 AND l.root_cause_id = $2
          AND NOT EXISTS (SELECT 1 FROM ${table} s WHERE s.organisation_id = $1 AND s.${owner} = l.${owner} AND s.root_cause_id = $3)`,
      [org, merged.id, survivorId],
    );
    const [, collapsed]: [unknown, number] = await em.query(
      `DELETE FROM ${table} WHERE organisation_id = $1 AND root_cause_id = $2`,
      [org, merged.id],
    );
    return count + collapsed;
  };
  const complaintsMoved = await moved('complaint_root_cause', 'complaint_id');
  const actionsMoved = await moved('improvement_action_root_cause', 'action_id');
  await em.query(
    `UPDATE root_cause SET active = false, merged_into_id = $3, version = version + 1
      WHERE organisation_id = $1 AND id = $2`,
    [org, merged.id, survivorId],
  );
  return { complaintsMoved, actionsMoved };
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
