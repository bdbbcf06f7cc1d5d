import { notFound } from '../../core/errors';
import type { DataSource } from 'typeorm';
import { randomUUID } from 'node:crypto';
import {
  approvalRefusal,
  mayTakePublicationStep,
  populationWording,
  sendBackComment,
  type ReturnSector,
} from '@chp/domain';
import type { ChpContext } from '../../core/context';
import { mutate } from '../../core/mutation';
import { indicatorFigures } from '../analytics';
import { previousPeriod, type Period } from '../analytics';
import { annualReport } from './annual-report';
import { periodFigures, type FrozenFigures } from './publication-figures';
import { Publication, PublicationKind, PublicationReviewComment } from './publication.entity';
import {
  assertPeriodOver,
  type Queryable,
  publicationPeriod,
  applyStep,
  itemsOf,
  save,
  open,
} from './publication-store';
import { findingsOf, assertNoPersonalData } from './publication-texts';
import { publicationError } from './publication.errors';

/** From draft to public: submit for review, approve (the figures freeze), publish, withdraw. */

export function submitPublication(
  ctx: ChpContext,
  id: string,
  version: number,
): Promise<Publication> {
  return mutate(ctx, 'submitPublicationForReview', async (tx) => {
    const p = await open(tx, id, version);
    const status = applyStep(p, 'submit');
    assertPeriodOver(p.period, tx.now);
    if (!p.introduction.trim()) throw publicationError('INTRODUCTION_REQUIRED');
    assertNoPersonalData(await findingsOf(tx.em, p, await itemsOf(tx.em, p)));
    return save(tx, p, { status: status });
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
  const [org] = await db.query<
    {
      population: number | null;
      population_label: string | null;
      public_small_number: number;
      sector: ReturnSector;
    }[]
  >(
    `SELECT population, population_label, public_small_number, sector FROM organisation WHERE id = $1`,
    [p.organisationId],
  );
  if (!org) throw notFound('Organisation');
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
    figures.annualReport = await annualReport(db, p.organisationId, period, threshold, {
      count: org.population,
      wording: populationWording(org.sector, org.population_label),
    });
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
    // docs/procedure.md, Reporting and publishing: approved by someone other than its author and
    // other than whoever last edited its text (review)
    const refusal = approvalRefusal({
      role: tx.viewer.role,
      isAuthor: p.authorId === tx.viewer.personId,
      isLastEditor: (p.lastEditedById ?? p.authorId) === tx.viewer.personId,
    });
    if (refusal === 'NOT_A_SECOND_APPROVER')
      throw publicationError(
        'NOT_A_SECOND_APPROVER',
        'A publication is approved by a manager other than its author',
      );
    if (refusal === 'PUBLICATION_OWN_EDIT') throw publicationError('PUBLICATION_OWN_EDIT');
    const status = applyStep(p, 'approve');
    assertPeriodOver(p.period, tx.now);
    assertNoPersonalData(await findingsOf(tx.em, p, await itemsOf(tx.em, p)));
    const frozenFigures = await freezeFigures(tx.em, p);
    return save(
      tx,
      p,
      {
        status: status,
        approvedById: tx.viewer.personId,
        approvedAt: tx.now,
        frozenFigures,
      },
      { figuresFrozen: true },
    );
  });
}

/**
 * In review → draft with the approver's comment for the author (docs/procedure.md, Reporting and
 * publishing: review): the comment is required and kept with who sent it back and when.
 */
export function sendBackPublication(
  ctx: ChpContext,
  id: string,
  version: number,
  comment: string,
): Promise<Publication> {
  const checked = sendBackComment(comment);
  if (!checked.ok)
    throw publicationError(
      checked.rule === 'required' ? 'SEND_BACK_COMMENT_REQUIRED' : 'SEND_BACK_COMMENT_MAX_LENGTH',
      checked.message,
    );
  return mutate(ctx, 'sendBackPublication', async (tx) => {
    const p = await open(tx, id, version);
    const who = { role: tx.viewer.role, isAuthor: p.authorId === tx.viewer.personId };
    if (!mayTakePublicationStep('sendBack', who))
      throw publicationError(
        'NOT_A_SECOND_APPROVER',
        'A publication is sent back by a manager other than its author',
      );
    const status = applyStep(p, 'sendBack');
    const row: PublicationReviewComment = {
      organisationId: p.organisationId,
      id: randomUUID(),
      publicationId: p.id,
      comment: checked.comment,
      sentBackById: tx.viewer.personId,
      sentBackAt: tx.now,
    };
    await tx.em.getRepository(PublicationReviewComment).insert(row);
    return save(tx, p, { status }, { sentBackWith: row.id, comment: row.comment });
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
    assertPeriodOver(p.period, tx.now);
    return save(tx, p, { status: status, publishedAt: tx.now });
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
      status: status,
      withdrawnAt: tx.now,
      withdrawnReason: reason.trim(),
    });
  });
}
