import type { DataSource, EntityManager } from 'typeorm';
import { notFound } from '../../core/errors';
import { checkVersion, isUuid, lockInScope, type Tx } from '../../core/mutation';
import { financialYearPeriod, resolvePeriod, type Period } from '../analytics';
import {
  isCompletedPeriodKey,
  londonDateTime,
  publicationStep,
  type PublicationStatus,
  type PublicationStep,
} from '@chp/domain';
import { Publication, PublicationItem, PublicationKind } from './publication.entity';
import { publicationError } from './publication.errors';

/** How every publication step reads and writes: open (locked, version-checked), the workflow step, save (audited), items and their actions. */

export type Queryable = Pick<DataSource | EntityManager, 'query'>;

/** The period a publication covers: a calendar quarter ('2026-Q2') or a financial year ('2026/27'). */
export function publicationPeriod(kind: PublicationKind, period: string): Period {
  if (kind === PublicationKind.quarterly) return resolvePeriod({ quarter: period }, 'period');
  const m = /^(\d{4})\/(\d{2})$/.exec(period);
  if (!m || (Number(m[1]) + 1) % 100 !== Number(m[2]))
    throw publicationError(
      'PERIOD_MATCHES',
      "An annual report's period is a financial year like 2026/27.",
    );
  const year = Number(m[1]);
  if (year < 1990 || year > 2100) throw publicationError('PERIOD_YEAR_IN_RANGE');
  return financialYearPeriod(year);
}

/**
 * Publications cover complete periods only (docs/procedure.md, Reporting and publishing): the
 * unfinished current quarter or year, or a future one, would publish part of its figures. A new
 * one naming such a period is bad input; a draft whose period has not ended waits (CONFLICT).
 */
export function assertPeriodOver(period: string, now: Date, creating = false): void {
  const today = londonDateTime(now.toISOString()).date;
  if (isCompletedPeriodKey(period, today)) return;
  throw publicationError(creating ? 'PERIOD_COMPLETED' : 'PERIOD_NOT_OVER', `(${period})`);
}

export function applyStep(p: Publication, step: PublicationStep): PublicationStatus {
  const result = publicationStep(p.status, step);
  if (!result.ok) throw publicationError(result.rule, `(${result.message}.)`);
  return result.status;
}

export async function itemsOf(em: EntityManager, p: Publication): Promise<PublicationItem[]> {
  return em.getRepository(PublicationItem).find({
    where: { organisationId: p.organisationId, publicationId: p.id },
    order: { position: 'ASC' },
  });
}

/** Writes the changed fields, bumps the version, audits; returns the row as it now is. */
export async function save(
  tx: Tx,
  p: Publication,
  changes: Partial<Publication>,
  audit: Record<string, unknown> = {},
): Promise<Publication> {
  Object.assign(p, changes, { version: p.version + 1, updatedAt: tx.now });
  await tx.em.getRepository(Publication).update(
    { organisationId: p.organisationId, id: p.id },
    {
      ...changes,
      version: p.version,
      updatedAt: tx.now,
    },
  );
  const { frozenFigures: _f, ...shown } = changes;
  await tx.audit({
    organisationId: p.organisationId,
    entity: 'publication',
    entityId: p.id,
    changes: { ...shown, ...audit },
  });
  return p;
}

/** Locks the publication (NOT_FOUND outside the viewer's organisations) and checks the version. */
export async function open(tx: Tx, id: string, version: number): Promise<Publication> {
  const p = await lockInScope(tx, Publication, 'Publication', id);
  checkVersion('Publication', p, version);
  return p;
}

/**
 * One live publication per kind and period: a second '2026-Q2' would put two different sets of
 * figures before the public. A withdrawn one frees the period (migration PublicationPerPeriod
 * holds the same rule as a partial unique index, for concurrent creates).
 */
export async function assertPeriodFree(
  em: EntityManager,
  organisationId: string,
  kind: PublicationKind,
  period: string,
): Promise<void> {
  const [taken] = await em.query<{ status: string }[]>(
    `SELECT status FROM publication WHERE organisation_id = $1 AND kind = $2 AND period = $3 AND status <> 'withdrawn' LIMIT 1`,
    [organisationId, kind, period],
  );
  if (taken)
    throw publicationError(
      'PUBLICATION_EXISTS',
      `(${kind === PublicationKind.annual ? 'Annual report' : 'Publication'} for ${period}: ${String(taken.status).replace('_', ' ')}.)`,
    );
}

/** The actions must be done or verified improvement actions of the publication's organisation. */
export async function assertActions(
  em: EntityManager,
  organisationId: string,
  actionIds: string[],
): Promise<void> {
  if (actionIds.length === 0) return;
  const rows: { id: string; status: string }[] = await em.query(
    `SELECT id, status FROM improvement_action WHERE organisation_id = $1 AND id = ANY($2::uuid[])`,
    [organisationId, actionIds],
  );
  if (rows.length !== actionIds.length) throw publicationError('ACTION_IDS_EXISTS');
  if (rows.some((r) => r.status !== 'done' && r.status !== 'verified'))
    throw publicationError('ACTION_IDS_COMPLETED');
}

export async function linkActions(
  em: EntityManager,
  organisationId: string,
  itemId: string,
  actionIds: string[],
): Promise<void> {
  await em.query(
    `DELETE FROM publication_item_action WHERE organisation_id = $1 AND item_id = $2`,
    [organisationId, itemId],
  );
  if (actionIds.length) {
    await em.query(
      `INSERT INTO publication_item_action (organisation_id, item_id, action_id) SELECT $1, $2, unnest($3::uuid[])`,
      [organisationId, itemId, actionIds],
    );
  }
}

export async function lockItem(tx: Tx, p: Publication, itemId: string): Promise<PublicationItem> {
  if (!isUuid(itemId)) throw notFound('Publication item');
  const item = await tx.em
    .getRepository(PublicationItem)
    .findOne({ where: { organisationId: p.organisationId, publicationId: p.id, id: itemId } });
  if (!item) throw notFound('Publication item');
  return item;
}
