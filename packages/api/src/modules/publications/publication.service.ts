import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import type { ChpContext } from '../../core/context';
import { badInput, conflict, forbidden, notFound } from '../../core/errors';
import { checkVersion, isUuid, lockInScope, mutate, type Tx } from '../../core/mutation';
import { indicatorFigures } from '../analytics';
import { financialYearPeriod, previousPeriod, resolvePeriod, type Period } from '../analytics';
import { actionTexts, annualActions, annualReport } from './annual-report';
import {
  candidateNames,
  checkPersonalData,
  type KnownName,
  type PersonalDataFinding,
  type PublicText,
} from './personal-data-check';
import { periodFigures, type FrozenFigures } from './publication-figures';
import {
  publicationStep,
  type PublicationStatus,
  type PublicationStep,
} from './publication-status';
import {
  Publication,
  PublicationItem,
  PublicationKind,
  PublicationStatusEnum,
} from './publication.entity';

type Queryable = Pick<DataSource | EntityManager, 'query'>;

/** The period a publication covers: a calendar quarter ('2026-Q2') or a financial year ('2026/27'). */
export function publicationPeriod(kind: PublicationKind, period: string): Period {
  if (kind === PublicationKind.quarterly) return resolvePeriod({ quarter: period }, 'period');
  const m = /^(\d{4})\/(\d{2})$/.exec(period);
  if (!m || (Number(m[1]) + 1) % 100 !== Number(m[2]))
    throw badInput(
      'period',
      'matches',
      "An annual report's period is a financial year like 2026/27",
    );
  const year = Number(m[1]);
  if (year < 1990 || year > 2100)
    throw badInput('period', 'yearInRange', 'period must be a year from 1990 to 2100');
  return financialYearPeriod(year);
}

/** The public texts of a publication and its items, named as the findings name them. */
export function publicTexts(p: Publication, items: PublicationItem[]): PublicText[] {
  return [
    { field: 'title', text: p.title },
    { field: 'introduction', text: p.introduction },
    { field: 'learning', text: p.learning ?? '' },
    { field: 'customerExperience', text: p.customerExperience ?? '' },
    { field: 'staffTraining', text: p.staffTraining ?? '' },
    ...[...items]
      .sort((a, b) => a.position - b.position)
      .flatMap((i) => [
        { field: `items[${i.position}].youSaid`, text: i.youSaid },
        { field: `items[${i.position}].weDid`, text: i.weDid },
      ]),
  ];
}

/**
 * The names of the organisation's customers and staff that occur in the texts. Only the texts'
 * two-to-four-word phrases (both orders) are sent to the database: one statement, however many
 * customers there are.
 */
export async function loadKnownNames(
  db: Queryable,
  organisationId: string,
  texts: PublicText[],
): Promise<KnownName[]> {
  const candidates = candidateNames(texts);
  if (candidates.length === 0) return [];
  const rows: { kind: KnownName['kind']; name: string }[] = await db.query(
    `SELECT DISTINCT 'customer_name' AS kind, name FROM customer
      WHERE organisation_id = $1 AND name IS NOT NULL AND lower(regexp_replace(btrim(name), '[^[:alpha:]''’-]+', ' ', 'g')) = ANY($2::text[])
     UNION
     SELECT DISTINCT 'staff_name' AS kind, name FROM person
      WHERE organisation_id = $1 AND lower(regexp_replace(btrim(name), '[^[:alpha:]''’-]+', ' ', 'g')) = ANY($2::text[])`,
    [organisationId, candidates],
  );
  return rows;
}

export async function findingsOf(
  db: Queryable,
  p: Publication,
  items: PublicationItem[],
): Promise<PersonalDataFinding[]> {
  const texts = publicTexts(p, items);
  // The annual report also publishes the public summaries of the year's actions.
  if (p.kind === PublicationKind.annual)
    texts.push(
      ...actionTexts(
        await annualActions(db, p.organisationId, { from: p.periodFrom, to: p.periodTo }),
      ),
    );
  return checkPersonalData(texts, await loadKnownNames(db, p.organisationId, texts));
}

/** BAD_USER_INPUT (rule PERSONAL_DATA) with the findings, when there are any. */
export function assertNoPersonalData(findings: PersonalDataFinding[]): void {
  if (findings.length === 0) return;
  const first = findings[0]!;
  throw new GraphQLError(
    `The public text contains what looks like personal data (${findings.length} finding${findings.length === 1 ? '' : 's'}, first: ${first.kind.replace('_', ' ')} in ${first.field}); change the text and try again`,
    { extensions: { code: 'BAD_USER_INPUT', field: first.field, rule: 'PERSONAL_DATA', findings } },
  );
}

function applyStep(p: Publication, step: PublicationStep): PublicationStatus {
  const result = publicationStep(p.status as PublicationStatus, step);
  if (!result.ok) throw conflict(result.rule, result.message);
  return result.status;
}

async function itemsOf(em: EntityManager, p: Publication): Promise<PublicationItem[]> {
  return em.getRepository(PublicationItem).find({
    where: { organisationId: p.organisationId, publicationId: p.id },
    order: { position: 'ASC' },
  });
}

/** Writes the changed fields, bumps the version, audits; returns the row as it now is. */
async function save(
  tx: Tx,
  p: Publication,
  changes: Partial<Publication>,
  audit: Record<string, unknown> = {},
): Promise<Publication> {
  Object.assign(p, changes, { version: p.version + 1, updatedAt: tx.now });
  await tx.em.getRepository(Publication).update({ organisationId: p.organisationId, id: p.id }, {
    ...changes,
    version: p.version,
    updatedAt: tx.now,
  } as never);
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
async function open(tx: Tx, id: string, version: number): Promise<Publication> {
  const p = await lockInScope(tx, Publication, 'Publication', id);
  checkVersion('Publication', p, version);
  return p;
}

/**
 * One live publication per kind and period: a second '2026-Q2' would put two different sets of
 * figures before the public. A withdrawn one frees the period (migration PublicationPerPeriod
 * holds the same rule as a partial unique index, for concurrent creates).
 */
async function assertPeriodFree(
  em: EntityManager,
  organisationId: string,
  kind: PublicationKind,
  period: string,
): Promise<void> {
  const [taken] = await em.query(
    `SELECT status FROM publication WHERE organisation_id = $1 AND kind = $2 AND period = $3 AND status <> 'withdrawn' LIMIT 1`,
    [organisationId, kind, period],
  );
  if (taken)
    throw conflict(
      'PUBLICATION_EXISTS',
      `There is already ${kind === PublicationKind.annual ? 'an annual report' : 'a publication'} for ${period} (${String(taken.status).replace('_', ' ')}); edit it, or withdraw it first`,
    );
}

export function createPublication(
  ctx: ChpContext,
  kind: PublicationKind,
  period: string,
  title: string,
): Promise<Publication> {
  return mutate(ctx, 'createPublication', async (tx) => {
    const range = publicationPeriod(kind, period);
    await assertPeriodFree(tx.em, tx.viewer.organisationId, kind, period);
    const repo = tx.em.getRepository(Publication);
    const p = repo.create({
      organisationId: tx.viewer.organisationId,
      id: randomUUID(),
      kind,
      period,
      periodFrom: range.from,
      periodTo: range.to,
      title: title.trim(),
      introduction: '',
      learning: null,
      customerExperience: null,
      staffTraining: null,
      status: PublicationStatusEnum.draft,
      authorId: tx.viewer.personId,
      approvedById: null,
      approvedAt: null,
      publishedAt: null,
      withdrawnAt: null,
      withdrawnReason: null,
      frozenFigures: null,
      version: 1,
      createdAt: tx.now,
      updatedAt: tx.now,
    });
    await repo.insert(p);
    await tx.audit({
      organisationId: p.organisationId,
      entity: 'publication',
      entityId: p.id,
      changes: { kind, period, title: p.title, status: p.status },
    });
    return p;
  });
}

export interface TextChanges {
  title?: string | null;
  introduction?: string | null;
  learning?: string | null;
  customerExperience?: string | null;
  staffTraining?: string | null;
}

export function updatePublication(
  ctx: ChpContext,
  id: string,
  version: number,
  input: TextChanges,
): Promise<Publication> {
  return mutate(ctx, 'updatePublication', async (tx) => {
    const p = await open(tx, id, version);
    applyStep(p, 'edit');
    const changes: Partial<Publication> = {};
    if (input.title != null) changes.title = input.title.trim();
    if (input.introduction != null) changes.introduction = input.introduction.trim();
    for (const k of ['learning', 'customerExperience', 'staffTraining'] as const) {
      if (input[k] !== undefined) {
        if (p.kind !== PublicationKind.annual && input[k])
          throw badInput(k, 'annualOnly', `${k} is a part of the annual report only`);
        changes[k] = input[k]?.trim() || null;
      }
    }
    return save(tx, p, changes);
  });
}

/** The actions must be done or verified improvement actions of the publication's organisation. */
async function assertActions(
  em: EntityManager,
  organisationId: string,
  actionIds: string[],
): Promise<void> {
  if (actionIds.length === 0) return;
  const rows: { id: string; status: string }[] = await em.query(
    `SELECT id, status FROM improvement_action WHERE organisation_id = $1 AND id = ANY($2::uuid[])`,
    [organisationId, actionIds],
  );
  if (rows.length !== actionIds.length)
    throw badInput(
      'actionIds',
      'exists',
      'Not every actionIds names an improvement action of this organisation',
    );
  if (rows.some((r) => r.status !== 'done' && r.status !== 'verified'))
    throw badInput(
      'actionIds',
      'completed',
      'Only done or verified improvement actions can be reported',
    );
}

async function linkActions(
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

export function addPublicationItem(
  ctx: ChpContext,
  id: string,
  version: number,
  youSaid: string,
  weDid: string,
  actionIds: string[],
): Promise<Publication> {
  return mutate(ctx, 'addPublicationItem', async (tx) => {
    const p = await open(tx, id, version);
    applyStep(p, 'edit');
    const ids = [...new Set(actionIds)];
    await assertActions(tx.em, p.organisationId, ids);
    const [{ n }] = await tx.em.query(
      `SELECT coalesce(max(position), 0)::int AS n FROM publication_item WHERE organisation_id = $1 AND publication_id = $2`,
      [p.organisationId, p.id],
    );
    const item = {
      organisationId: p.organisationId,
      id: randomUUID(),
      publicationId: p.id,
      position: n + 1,
      youSaid: youSaid.trim(),
      weDid: weDid.trim(),
    };
    await tx.em.getRepository(PublicationItem).insert(item);
    await linkActions(tx.em, p.organisationId, item.id, ids);
    return save(tx, p, {}, { addedItem: item.id, actionIds: ids });
  });
}

async function lockItem(tx: Tx, p: Publication, itemId: string): Promise<PublicationItem> {
  if (!isUuid(itemId)) throw notFound('Publication item');
  const item = await tx.em
    .getRepository(PublicationItem)
    .findOne({ where: { organisationId: p.organisationId, publicationId: p.id, id: itemId } });
  if (!item) throw notFound('Publication item');
  return item;
}

export function updatePublicationItem(
  ctx: ChpContext,
  id: string,
  version: number,
  itemId: string,
  change: { youSaid?: string | null; weDid?: string | null; actionIds?: string[] | null },
): Promise<Publication> {
  return mutate(ctx, 'updatePublicationItem', async (tx) => {
    const p = await open(tx, id, version);
    applyStep(p, 'edit');
    const item = await lockItem(tx, p, itemId);
    const changes: Partial<PublicationItem> = {};
    if (change.youSaid != null) changes.youSaid = change.youSaid.trim();
    if (change.weDid != null) changes.weDid = change.weDid.trim();
    if (Object.keys(changes).length)
      await tx.em
        .getRepository(PublicationItem)
        .update({ organisationId: p.organisationId, id: item.id }, changes);
    let ids: string[] | undefined;
    if (change.actionIds != null) {
      ids = [...new Set(change.actionIds)];
      await assertActions(tx.em, p.organisationId, ids);
      await linkActions(tx.em, p.organisationId, item.id, ids);
    }
    return save(
      tx,
      p,
      {},
      { updatedItem: item.id, ...changes, ...(ids ? { actionIds: ids } : {}) },
    );
  });
}

export function removePublicationItem(
  ctx: ChpContext,
  id: string,
  version: number,
  itemId: string,
): Promise<Publication> {
  return mutate(ctx, 'removePublicationItem', async (tx) => {
    const p = await open(tx, id, version);
    applyStep(p, 'edit');
    const item = await lockItem(tx, p, itemId);
    await tx.em.query(`DELETE FROM publication_item WHERE organisation_id = $1 AND id = $2`, [
      p.organisationId,
      item.id,
    ]);
    await tx.em.query(
      `UPDATE publication_item SET position = position - 1 WHERE organisation_id = $1 AND publication_id = $2 AND position > $3`,
      [p.organisationId, p.id, item.position],
    );
    return save(tx, p, {}, { removedItem: item.id });
  });
}

export function submitPublication(
  ctx: ChpContext,
  id: string,
  version: number,
): Promise<Publication> {
  return mutate(ctx, 'submitPublicationForReview', async (tx) => {
    const p = await open(tx, id, version);
    const status = applyStep(p, 'submit');
    if (!p.introduction.trim())
      throw badInput('introduction', 'required', 'Write an introduction before submitting');
    assertNoPersonalData(await findingsOf(tx.em, p, await itemsOf(tx.em, p)));
    return save(tx, p, { status: status as PublicationStatusEnum });
  });
}

/** The headline figures of the period and the one before, under the organisation's small-number rule. */
/** The service names each item shows, frozen too: renaming a service later must not change a published page. */
async function itemServiceAreas(db: Queryable, p: Publication): Promise<Record<string, string[]>> {
  const rows: { id: string; names: string[] }[] = await db.query(
    `SELECT i.id, coalesce(array_agg(DISTINCT s.name ORDER BY s.name) FILTER (WHERE s.name IS NOT NULL), '{}') AS names
       FROM publication_item i
       LEFT JOIN publication_item_action l ON l.organisation_id = i.organisation_id AND l.item_id = i.id
       LEFT JOIN improvement_action a ON a.organisation_id = l.organisation_id AND a.id = l.action_id
       LEFT JOIN service_area s ON s.organisation_id = a.organisation_id AND s.id = a.service_area_id
      WHERE i.organisation_id = $1 AND i.publication_id = $2
      GROUP BY i.id`,
    [p.organisationId, p.id],
  );
  return Object.fromEntries(rows.map((r) => [r.id, r.names]));
}

export async function freezeFigures(db: Queryable, p: Publication): Promise<FrozenFigures> {
  const [org] = await db.query(
    `SELECT population, population_label, public_small_number FROM organisation WHERE id = $1`,
    [p.organisationId],
  );
  const period: Period = {
    kind: p.kind === PublicationKind.quarterly ? 'quarter' : 'financialYear',
    from: p.periodFrom,
    to: p.periodTo,
    label:
      p.kind === PublicationKind.quarterly ? publicationPeriod(p.kind, p.period).label : p.period,
  };
  const [current, previous] = await indicatorFigures(
    db as DataSource,
    p.organisationId,
    [period, previousPeriod(period)],
    { population: org.population, populationLabel: org.population_label },
  );
  const threshold = Number(org.public_small_number);
  const figures: FrozenFigures = {
    smallNumberThreshold: threshold,
    current: periodFigures(current!, threshold),
    previous: periodFigures(previous!, threshold),
  };
  if (p.kind === PublicationKind.annual)
    figures.annualReport = await annualReport(db, p.organisationId, period, threshold);
  figures.itemServiceAreas = await itemServiceAreas(db, p);
  return figures;
}

export function approvePublication(
  ctx: ChpContext,
  id: string,
  version: number,
): Promise<Publication> {
  return mutate(ctx, 'approvePublication', async (tx) => {
    const p = await open(tx, id, version);
    if (p.authorId === tx.viewer.personId)
      throw forbidden('A publication is approved by a manager other than its author');
    const status = applyStep(p, 'approve');
    assertNoPersonalData(await findingsOf(tx.em, p, await itemsOf(tx.em, p)));
    const frozenFigures = await freezeFigures(tx.em, p);
    return save(
      tx,
      p,
      {
        status: status as PublicationStatusEnum,
        approvedById: tx.viewer.personId,
        approvedAt: tx.now,
        frozenFigures,
      },
      { figuresFrozen: true },
    );
  });
}

export function publishPublication(
  ctx: ChpContext,
  id: string,
  version: number,
): Promise<Publication> {
  return mutate(ctx, 'publishPublication', async (tx) => {
    const p = await open(tx, id, version);
    const status = applyStep(p, 'publish');
    return save(tx, p, { status: status as PublicationStatusEnum, publishedAt: tx.now });
  });
}

export function withdrawPublication(
  ctx: ChpContext,
  id: string,
  version: number,
  reason: string,
): Promise<Publication> {
  return mutate(ctx, 'withdrawPublication', async (tx) => {
    const p = await open(tx, id, version);
    const status = applyStep(p, 'withdraw');
    return save(tx, p, {
      status: status as PublicationStatusEnum,
      withdrawnAt: tx.now,
      withdrawnReason: reason.trim(),
    });
  });
}
