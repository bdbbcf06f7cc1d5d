import { type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { ChpContext } from './context';
import { ownOrganisationOnly, type Viewer } from './viewer';
import { requireViewer } from './auth-checker';
import { notFound, staleVersion } from './errors';
import { boundAuditChanges } from './audit-payload';

/** What a mutation's work receives: its transaction, the viewer, the request's clock, and the audit log. */
export interface Tx {
  em: EntityManager;
  /** The viewer narrowed to their own organisation: every write is checked against it, never against a group. */
  viewer: Viewer;
  now: Date;
  /** Writes one audit row: who (the viewer), when (now), which operation, what changed (long texts by length and hash). */
  audit(entry: {
    organisationId: string;
    entity: string;
    entityId: string;
    changes?: Record<string, unknown>;
  }): Promise<void>;
  /**
   * The same audit row as `audit` writes, as the values of AUDIT_COLUMNS, for a write that sends
   * it within one of its own statements (fewer round trips while a counter row is locked).
   */
  auditRow(entry: {
    organisationId: string;
    entity: string;
    entityId: string;
    changes?: Record<string, unknown>;
  }): unknown[];
}

/** The columns of an audit row, in the order of `Tx.auditRow`'s values. */
export const AUDIT_COLUMNS = 'organisation_id, at, actor_id, operation, entity, entity_id, changes';

/** An audit row's values (AUDIT_COLUMNS): long texts by length and hash (boundAuditChanges). */
export function auditValues(
  actorId: string,
  operation: string,
  at: Date,
  entry: {
    organisationId: string;
    entity: string;
    entityId: string;
    changes?: Record<string, unknown>;
  },
): unknown[] {
  return [
    entry.organisationId,
    at,
    actorId,
    operation,
    entry.entity,
    entry.entityId,
    JSON.stringify(boundAuditChanges(entry.changes ?? {})),
  ];
}

/**
 * Runs a mutation's work in one transaction with an audit trail. Any error rolls back every
 * write, including the audit rows: a rejected request changes nothing. The work sees the viewer
 * narrowed to their own organisation, so every record it loads by id (lockInScope, findInScope,
 * or its own SQL over `tx.viewer.organisationIds`) must be their own organisation's: group access
 * only reads.
 */
export async function mutate<T>(
  ctx: ChpContext,
  operation: string,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  const viewer = ownOrganisationOnly(requireViewer(ctx));
  const now = ctx.clock();
  // what the request read with its session (the organisation's calendar) may be what this changes
  ctx.loaders.forgetReadAhead();
  return ctx.dataSource.transaction((em) => work(transactionFor(em, viewer, now, operation)));
}

/** A transaction's handle for `operation`: its entity manager, viewer, moment and audit trail. */
export function transactionFor(
  em: EntityManager,
  viewer: Tx['viewer'],
  now: Date,
  operation: string,
): Tx {
  return {
    em,
    viewer,
    now,
    audit: async (entry) => {
      await em.query(
        `INSERT INTO audit_log (${AUDIT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        auditValues(viewer.personId, operation, now, entry),
      );
    },
    auditRow: (entry) => auditValues(viewer.personId, operation, now, entry),
  };
}

/**
 * Loads a row of the viewer's own organisation and locks it for the rest of the transaction.
 * Rows of other organisations, a group's other members included, answer NOT_FOUND, exactly as
 * missing ones do.
 */
export async function lockInScope<E extends ObjectLiteral>(
  tx: Tx,
  entity: EntityTarget<E>,
  label: string,
  id: string,
): Promise<E> {
  if (!isUuid(id)) throw notFound(label);
  const row = await tx.em.getRepository(entity).findOne({
    where: { id, organisationId: inScope(tx.viewer) } as never,
    lock: { mode: 'pessimistic_write' },
  });
  if (!row) throw notFound(label);
  return row;
}

/** Loads a row of the viewer's own organisation (no lock), for a write that refers to it. */
export async function findInScope<E extends ObjectLiteral>(
  tx: Tx,
  entity: EntityTarget<E>,
  label: string,
  id: string,
): Promise<E> {
  if (!isUuid(id)) throw notFound(label);
  const row = await tx.em
    .getRepository(entity)
    .findOne({ where: { id, organisationId: inScope(tx.viewer) } as never });
  if (!row) throw notFound(label);
  return row;
}

/** The one organisation a write may touch: the viewer's own, never a group's other members. */
export const inScope = (viewer: Viewer) => viewer.organisationId;

/** Optimistic concurrency: the client's version must be the stored one (CONFLICT otherwise). */
export function checkVersion(label: string, row: { version: number }, expected: number): void {
  if (row.version !== expected) throw staleVersion(label, expected, row.version);
}

export const isUuid = (id: unknown): id is string =>
  typeof id === 'string' &&
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
