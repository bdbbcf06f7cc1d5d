import { addDays, londonInstant } from '@chp/domain';
import type { EntityManager } from 'typeorm';
import { AuditLog } from './audit-log.entity';
import { auditError } from './audit.errors';
import type { AuditFilter } from './audit.inputs';

/** An audit row with the name of who made it (null for the platform itself). */
export type AuditRow = AuditLog & { actorName: string | null };

/** The WHERE clause and its parameters for a filter, within the viewer's organisations. */
function where(
  organisationIds: readonly string[],
  f: AuditFilter,
): { sql: string; params: unknown[] } {
  if (f.from && f.to && f.to < f.from)
    throw auditError('AUDIT_TO_BEFORE_FROM', `(${f.to} < ${f.from})`);
  const params: unknown[] = [organisationIds];
  const parts = ['a.organisation_id = ANY($1::uuid[])'];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    parts.push(sql.replace('?', `$${params.length}`));
  };
  if (f.actorId) add('a.actor_id = ?::uuid', f.actorId);
  if (f.entity) add('a.entity = ?', f.entity);
  if (f.operation) add('a.operation = ?', f.operation);
  if (f.entityId) add('a.entity_id = ?', f.entityId);
  // London days: from its midnight, to the next day's midnight
  if (f.from) add('a.at >= ?::timestamptz', londonInstant(f.from, '00:00'));
  if (f.to) add('a.at < ?::timestamptz', londonInstant(addDays(f.to, 1), '00:00'));
  return { sql: parts.join(' AND '), params };
}

const toRow = (r: Record<string, unknown>): AuditRow =>
  Object.assign(new AuditLog(), {
    organisationId: r['organisation_id'] as string,
    id: String(r['id']),
    at: new Date(r['at'] as string | Date),
    actorId: (r['actor_id'] as string | null) ?? null,
    operation: r['operation'] as string,
    entity: r['entity'] as string,
    entityId: r['entity_id'] as string,
    changes: (r['changes'] as Record<string, unknown>) ?? {},
    actorName: (r['actor_name'] as string | null) ?? null,
  });

/** The filtered log, newest first, `limit` rows from `offset`, and how many match. */
export async function auditPage(
  em: EntityManager,
  organisationIds: readonly string[],
  filter: AuditFilter,
  offset: number,
  limit: number,
): Promise<{ items: AuditRow[]; totalCount: number }> {
  const w = where(organisationIds, filter);
  const [count]: { n: string }[] = await em.query(
    `SELECT count(*) AS n FROM audit_log a WHERE ${w.sql}`,
    w.params,
  );
  const rows: Record<string, unknown>[] = await em.query(
    `SELECT a.* FROM audit_log a
      WHERE ${w.sql}
      ORDER BY a.at DESC, a.id DESC
      OFFSET $${w.params.length + 1} LIMIT $${w.params.length + 2}`,
    [...w.params, offset, limit],
  );
  const names = await actorNames(em, rows);
  return {
    items: rows.map((r) => toRow({ ...r, actor_name: names.get(r['actor_id'] as string) ?? null })),
    totalCount: Number(count?.n ?? 0),
  };
}

/**
 * The names of the page's actors, read apart from the page: an actor may be a platform
 * administrator of another organisation, so the join would cross organisations, which a database
 * distributed by organisation cannot run (docs/scaling.md).
 */
async function actorNames(
  em: EntityManager,
  rows: readonly Record<string, unknown>[],
): Promise<Map<string, string>> {
  const ids = [...new Set(rows.map((r) => r['actor_id'] as string | null).filter((id) => id))];
  if (ids.length === 0) return new Map();
  const people: { id: string; name: string }[] = await em.query(
    `SELECT id, name FROM person WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  return new Map(people.map((p) => [p.id, p.name]));
}

/** Who appears in the log and which kinds of record and operations it holds: the filter's choices. */
export async function auditChoices(
  em: EntityManager,
  organisationIds: readonly string[],
): Promise<{ actors: { id: string; name: string }[]; entities: string[]; operations: string[] }> {
  const actors: { id: string; name: string }[] = await em.query(
    `SELECT p.id, p.name FROM person p
      WHERE p.organisation_id = ANY($1::uuid[])
        AND p.id IN (SELECT a.actor_id FROM audit_log a WHERE a.organisation_id = ANY($1::uuid[]))
      ORDER BY p.name, p.id`,
    [organisationIds],
  );
  const entities: { v: string }[] = await em.query(
    `SELECT DISTINCT entity AS v FROM audit_log WHERE organisation_id = ANY($1::uuid[]) ORDER BY 1`,
    [organisationIds],
  );
  const operations: { v: string }[] = await em.query(
    `SELECT DISTINCT operation AS v FROM audit_log WHERE organisation_id = ANY($1::uuid[]) ORDER BY 1`,
    [organisationIds],
  );
  return {
    actors,
    entities: entities.map((r) => r.v),
    operations: operations.map((r) => r.v),
  };
}
