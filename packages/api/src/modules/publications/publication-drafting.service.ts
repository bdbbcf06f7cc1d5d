import { randomUUID } from 'node:crypto';
import type { ChpContext } from '../../core/context';
import { mutate, type Tx } from '../../core/mutation';
import {
  Publication,
  PublicationItem,
  PublicationKind,
  PublicationStatusEnum,
} from './publication.entity';
import {
  publicationPeriod,
  applyStep,
  save,
  open,
  assertPeriodFree,
  assertPeriodOver,
  assertActions,
  linkActions,
  lockItem,
} from './publication-store';
import { publicationError } from './publication.errors';
import { assertTextQuota } from './publication-quota';

/** Drafting a publication: create it, edit its texts, add, edit and remove its items. */

/** Every change to the text makes its maker the last editor, who cannot approve that version (docs/procedure.md, Reporting and publishing: review). */
const editedBy = (tx: Tx): Pick<Publication, 'lastEditedById'> => ({
  lastEditedById: tx.viewer.personId,
});

export function createPublication(
  ctx: ChpContext,
  kind: PublicationKind,
  period: string,
  title: string,
): Promise<Publication> {
  return mutate(ctx, 'createPublication', async (tx) => {
    const range = publicationPeriod(kind, period);
    assertPeriodOver(period, tx.now, true);
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
      lastEditedById: tx.viewer.personId,
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
          throw publicationError('ANNUAL_ONLY', `(${k})`, k);
        changes[k] = input[k]?.trim() || null;
      }
    }
    const longest = (Object.keys(changes) as (keyof TextChanges)[]).sort(
      (a, b) => (changes[b]?.length ?? 0) - (changes[a]?.length ?? 0),
    )[0];
    if (longest) await assertTextQuota(tx, p, changes, longest);
    return save(tx, p, Object.keys(changes).length ? { ...changes, ...editedBy(tx) } : changes);
  });
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
    const [{ n }] = await tx.em.query<[{ n: number }]>(
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
    await assertTextQuota(
      tx,
      p,
      {},
      item.youSaid.length >= item.weDid.length ? 'youSaid' : 'weDid',
    );
    return save(tx, p, editedBy(tx), { addedItem: item.id, actionIds: ids });
  });
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
    if (changes.youSaid !== undefined || changes.weDid !== undefined)
      await assertTextQuota(
        tx,
        p,
        {},
        (changes.youSaid?.length ?? 0) >= (changes.weDid?.length ?? 0) ? 'youSaid' : 'weDid',
      );
    let ids: string[] | undefined;
    if (change.actionIds != null) {
      ids = [...new Set(change.actionIds)];
      await assertActions(tx.em, p.organisationId, ids);
      await linkActions(tx.em, p.organisationId, item.id, ids);
    }
    return save(tx, p, editedBy(tx), {
      updatedItem: item.id,
      ...changes,
      ...(ids ? { actionIds: ids } : {}),
    });
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
    return save(tx, p, editedBy(tx), { removedItem: item.id });
  });
}
