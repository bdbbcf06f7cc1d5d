import { randomUUID } from 'node:crypto';
import {
  BOARD_PACK_SECTIONS,
  boardPackStep,
  isBoardPackSection,
  londonDateTime,
  mayTakePublicationStep,
  sendBackComment,
  type BoardPackStep,
  type Period,
} from '@chp/domain';
import type { ChpContext } from '../../core/context';
import { checkVersion, lockInScope, mutate, type Tx } from '../../core/mutation';
import { boardPackFigures } from './board-pack-figures';
import { BoardPack, type BoardPackStatusEnum } from './board-pack.entity';
import { boardPackError } from './board-pack.errors';

/**
 * The board pack's steps (docs/procedure.md, The quarterly board pack): draft (figures computed
 * now), edit the narrative and refresh the figures while in draft or review, submit, approve (a
 * senior manager or manager who is not the author: publicationWorkflow.ts), withdraw. Every step
 * runs in one transaction, audited; an approved pack is frozen (and the database refuses changes).
 */

/** Drafts a pack for a quarter that has ended: the next edition when earlier ones exist. */
export function draftBoardPack(ctx: ChpContext, quarter: Period): Promise<BoardPack> {
  return mutate(ctx, 'draftBoardPack', async (tx) => {
    const orgId = tx.viewer.organisationId;
    const today = londonDateTime(tx.now.toISOString()).date;
    if (quarter.to >= today)
      throw boardPackError('QUARTER_COMPLETED', `(${quarter.label} ends on ${quarter.to}.)`);
    // one draft or review per quarter at a time (the partial unique index holds it for concurrent drafts)
    await tx.em.query(`SELECT pg_advisory_xact_lock(hashtext($1 || $2))`, [orgId, quarter.from]);
    const rows: { status: string; edition: number }[] = await tx.em.query(
      `SELECT status, edition FROM board_pack WHERE organisation_id = $1 AND period_from = $2 AND period_to = $3`,
      [orgId, quarter.from, quarter.to],
    );
    const open = rows.find((r) => r.status === 'draft' || r.status === 'in_review');
    if (open)
      throw boardPackError(
        'BOARD_PACK_EXISTS',
        `(${quarter.label}, edition ${open.edition}: ${open.status.replace('_', ' ')}.)`,
      );
    const pack = tx.em.getRepository(BoardPack).create({
      organisationId: orgId,
      id: randomUUID(),
      periodKind: quarter.kind as 'quarter' | 'financialQuarter',
      periodFrom: quarter.from,
      periodTo: quarter.to,
      periodLabel: quarter.label,
      edition: Math.max(0, ...rows.map((r) => r.edition)) + 1,
      status: 'draft',
      summary: '',
      commentary: {},
      figures: await boardPackFigures(tx.em, orgId, quarter),
      figuresComputedAt: tx.now,
      authorId: tx.viewer.personId,
      lastEditedById: tx.viewer.personId,
      approvedById: null,
      approvedAt: null,
      withdrawnAt: null,
      sentBackComment: null,
      sentBackById: null,
      sentBackAt: null,
      version: 1,
      createdAt: tx.now,
      updatedAt: tx.now,
    });
    const saved = await tx.em.getRepository(BoardPack).save(pack);
    await tx.audit({
      organisationId: orgId,
      entity: 'board_pack',
      entityId: saved.id,
      changes: { period: quarter.label, edition: saved.edition },
    });
    return saved;
  });
}

export interface NarrativeChanges {
  summary?: string | null;
  commentary?: { section: string; text: string }[] | null;
}

/** Changes the summary and the commentary of the sections given (an empty text removes one). */
export function updateBoardPackNarrative(
  ctx: ChpContext,
  id: string,
  version: number,
  changes: NarrativeChanges,
): Promise<BoardPack> {
  return mutate(ctx, 'updateBoardPackNarrative', async (tx) => {
    const p = await open(tx, id, version);
    step(p, 'edit');
    const commentary = { ...p.commentary };
    for (const c of changes.commentary ?? []) {
      if (!isBoardPackSection(c.section))
        throw boardPackError(
          'SECTION_EXISTS',
          `(${c.section} is not a section: ${BOARD_PACK_SECTIONS.map((s) => s.key).join(', ')}.)`,
        );
      if (c.text.trim()) commentary[c.section] = c.text.trim();
      else delete commentary[c.section];
    }
    return save(tx, p, {
      ...(changes.summary != null ? { summary: changes.summary.trim() } : {}),
      commentary,
      lastEditedById: tx.viewer.personId,
    });
  });
}

/** Computes the figures again from today's records (draft or review only: approved packs are frozen). */
export function refreshBoardPackFigures(
  ctx: ChpContext,
  id: string,
  version: number,
): Promise<BoardPack> {
  return mutate(ctx, 'refreshBoardPackFigures', async (tx) => {
    const p = await open(tx, id, version);
    step(p, 'edit');
    const figures = await boardPackFigures(tx.em, p.organisationId, periodOf(p));
    return save(tx, p, { figures, figuresComputedAt: tx.now }, { figuresRefreshed: true });
  });
}

export function submitBoardPack(ctx: ChpContext, id: string, version: number): Promise<BoardPack> {
  return mutate(ctx, 'submitBoardPackForReview', async (tx) => {
    const p = await open(tx, id, version);
    return save(tx, p, { status: step(p, 'submit') });
  });
}

export function approveBoardPack(ctx: ChpContext, id: string, version: number): Promise<BoardPack> {
  return mutate(ctx, 'approveBoardPack', async (tx) => {
    const p = await open(tx, id, version);
    const status = step(p, 'approve');
    // docs/procedure.md, Reporting and publishing: approved by a manager other than its author.
    // `isLastEditor` is for the publication review's "whoever last edited cannot approve".
    const who = {
      role: tx.viewer.role,
      isAuthor: p.authorId === tx.viewer.personId,
      isLastEditor: p.lastEditedById === tx.viewer.personId,
    };
    if (!mayTakePublicationStep('approve', who))
      throw boardPackError(
        'NOT_A_SECOND_APPROVER',
        'A board pack is approved by a senior manager or manager other than its author',
      );
    return save(tx, p, { status, approvedById: tx.viewer.personId, approvedAt: tx.now });
  });
}

/**
 * In review → draft with the approver's comment for the author (docs/procedure.md, The quarterly
 * board pack; as a publication): the comment is required and kept with who sent it back and when.
 */
export function sendBackBoardPack(
  ctx: ChpContext,
  id: string,
  version: number,
  comment: string,
): Promise<BoardPack> {
  const checked = sendBackComment(comment);
  if (!checked.ok)
    throw boardPackError(
      checked.rule === 'required' ? 'SEND_BACK_COMMENT_REQUIRED' : 'SEND_BACK_COMMENT_MAX_LENGTH',
      checked.message,
    );
  return mutate(ctx, 'sendBackBoardPack', async (tx) => {
    const p = await open(tx, id, version);
    const status = step(p, 'sendBack');
    const who = { role: tx.viewer.role, isAuthor: p.authorId === tx.viewer.personId };
    if (!mayTakePublicationStep('sendBack', who))
      throw boardPackError(
        'NOT_A_SECOND_APPROVER',
        'A board pack is sent back by a senior manager or manager other than its author',
      );
    return save(tx, p, {
      status,
      sentBackComment: checked.comment,
      sentBackById: tx.viewer.personId,
      sentBackAt: tx.now,
    });
  });
}

export function withdrawBoardPack(
  ctx: ChpContext,
  id: string,
  version: number,
): Promise<BoardPack> {
  return mutate(ctx, 'withdrawBoardPack', async (tx) => {
    const p = await open(tx, id, version);
    return save(tx, p, { status: step(p, 'withdraw'), withdrawnAt: tx.now });
  });
}

/** The quarter a pack covers, as the period helpers name it. */
export const periodOf = (p: BoardPack): Period => ({
  kind: p.periodKind,
  from: p.periodFrom,
  to: p.periodTo,
  label: p.periodLabel,
});

function step(p: BoardPack, s: BoardPackStep): BoardPackStatusEnum {
  const result = boardPackStep(p.status, s);
  if (!result.ok) throw boardPackError(result.rule, `(${result.message}.)`);
  return result.status;
}

async function open(tx: Tx, id: string, version: number): Promise<BoardPack> {
  const p = await lockInScope(tx, BoardPack, 'Board pack', id);
  checkVersion('Board pack', p, version);
  return p;
}

async function save(
  tx: Tx,
  p: BoardPack,
  changes: Partial<BoardPack>,
  audit: Record<string, unknown> = {},
): Promise<BoardPack> {
  Object.assign(p, changes, { version: p.version + 1, updatedAt: tx.now });
  await tx.em.getRepository(BoardPack).update(
    { organisationId: p.organisationId, id: p.id },
    {
      ...changes,
      version: p.version,
      updatedAt: tx.now,
    },
  );
  const { figures: _f, ...shown } = changes;
  await tx.audit({
    organisationId: p.organisationId,
    entity: 'board_pack',
    entityId: p.id,
    changes: { ...shown, ...audit },
  });
  return p;
}
