import { randomUUID } from 'node:crypto';
import {
  completeSpsoRecommendation as completeRule,
  isManager,
  newSpsoRecommendation,
  readsComplaints,
} from '@chp/domain';
import type { ChpContext } from '../../core/context';
import { withDomainRules } from '../../core/domain-errors';
import { badInput, conflict, forbidden, ruleText } from '../../core/errors';
import { checkVersion, lockInScope, mutate } from '../../core/mutation';
import type { Viewer } from '../../core/viewer';
import { SpsoRecommendation } from './spso-recommendation.entity';
import type {
  CompleteSpsoRecommendationArgs,
  RecordSpsoRecommendationInput,
} from './spso-recommendation.inputs';

/**
 * A manager records what the SPSO recommended on a complaint of their organisation that has an
 * SPSO decision (CONFLICT NO_SPSO_DECISION otherwise), with a due date and an active owner.
 */
export async function recordSpsoRecommendation(
  ctx: ChpContext,
  input: RecordSpsoRecommendationInput,
): Promise<SpsoRecommendation> {
  return mutate(ctx, 'recordSpsoRecommendation', async (tx) => {
    const organisationId = tx.viewer.organisationId;
    const record = withDomainRules(() => newSpsoRecommendation(input));
    const [complaint] = await tx.em.query<{ spso_decision: string | null }[]>(
      `SELECT spso_decision FROM complaint WHERE organisation_id = $1 AND id = $2 FOR UPDATE`,
      [organisationId, input.complaintId],
    );
    if (!complaint)
      throw badInput(
        'complaintId',
        'exists',
        ruleText('exists', undefined, { field: 'complaintId' }),
      );
    if (complaint.spso_decision === null)
      throw conflict('NO_SPSO_DECISION', ruleText('NO_SPSO_DECISION'));
    const [owner] = await tx.em.query<{ active: boolean }[]>(
      `SELECT active FROM person WHERE organisation_id = $1 AND id = $2`,
      [organisationId, input.ownerId],
    );
    if (!owner)
      throw badInput('ownerId', 'exists', ruleText('exists', undefined, { field: 'ownerId' }));
    if (!owner.active)
      throw badInput('ownerId', 'active', ruleText('active', undefined, { field: 'ownerId' }));
    const repo = tx.em.getRepository(SpsoRecommendation);
    const row = repo.create({
      organisationId,
      id: randomUUID(),
      complaintId: input.complaintId,
      recommendation: record.recommendation,
      dueOn: record.dueOn,
      ownerId: record.ownerId,
      completedOn: null,
      evidence: null,
      recordedById: tx.viewer.personId,
      version: 1,
      createdAt: tx.now,
      updatedAt: tx.now,
    });
    await repo.insert(row);
    await tx.audit({
      organisationId,
      entity: 'spso_recommendation',
      entityId: row.id,
      changes: {
        complaintId: row.complaintId,
        recommendation: row.recommendation,
        dueOn: row.dueOn,
        ownerId: row.ownerId,
      },
    });
    return row;
  });
}

/** Its owner or a manager records it completed, with evidence. */
export async function completeSpsoRecommendation(
  ctx: ChpContext,
  args: CompleteSpsoRecommendationArgs,
): Promise<SpsoRecommendation> {
  return mutate(ctx, 'completeSpsoRecommendation', async (tx) => {
    const row = await lockInScope(tx, SpsoRecommendation, 'SPSO recommendation', args.id);
    if (!isManager(tx.viewer.role) && row.ownerId !== tx.viewer.personId)
      throw forbidden("Only the recommendation's owner or a manager may complete it");
    checkVersion('SPSO recommendation', row, args.version);
    const done = withDomainRules(() =>
      completeRule(row, args.evidence, args.completedOn ?? ctx.today, ctx.today),
    );
    const changes = { completedOn: done.completedOn!, evidence: done.evidence! };
    Object.assign(row, changes, { version: row.version + 1, updatedAt: tx.now });
    await tx.em
      .getRepository(SpsoRecommendation)
      .update(
        { organisationId: row.organisationId, id: row.id },
        { ...changes, version: row.version, updatedAt: tx.now },
      );
    await tx.audit({
      organisationId: row.organisationId,
      entity: 'spso_recommendation',
      entityId: row.id,
      changes,
    });
    return row;
  });
}

/**
 * Recommendations of the viewer's organisations, open ones by due date first; staff who may not
 * read complaints see only their own. `overdue`: open and past the due date.
 */
export async function listSpsoRecommendations(
  ctx: ChpContext,
  viewer: Viewer,
  filter: { complaintId?: string | null; overdue?: boolean | null },
): Promise<SpsoRecommendation[]> {
  const q = ctx.dataSource
    .getRepository(SpsoRecommendation)
    .createQueryBuilder('r')
    .where('r.organisation_id IN (:...orgs)', { orgs: viewer.organisationIds });
  if (!readsComplaints(viewer.role)) q.andWhere('r.owner_id = :me', { me: viewer.personId });
  if (filter.complaintId) q.andWhere('r.complaint_id = :c', { c: filter.complaintId });
  if (filter.overdue)
    q.andWhere('r.completed_on IS NULL AND r.due_on < :today', { today: ctx.today });
  return q
    .orderBy('CASE WHEN r.completed_on IS NULL THEN 0 ELSE 1 END', 'ASC')
    .addOrderBy('r.due_on', 'ASC')
    .addOrderBy('r.id', 'ASC')
    .take(200)
    .getMany();
}
