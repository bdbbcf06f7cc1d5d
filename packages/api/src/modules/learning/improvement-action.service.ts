import { randomUUID } from 'node:crypto';
import {
  applyActionStep,
  OPEN_ACTION_STATUSES,
  proposeAction,
  type ActionActor,
  type ActionRecord,
  type ActionStep,
} from '@chp/domain';
import { Brackets, type EntityManager } from 'typeorm';
import type { ChpContext } from '../../core/context';
import type { Viewer } from '../../core/viewer';
import { addDays, isManager as managerRole, readsAllActions } from '@chp/domain';
import { checkVersion, lockInScope, mutate } from '../../core/mutation';
import { ImprovementAction } from './improvement-action.entity';
import { ActionStatus } from './improvement-action.enums';
import type {
  ImprovementActionFilter,
  ProposeImprovementActionInput,
} from './improvement-action.inputs';
import { withDomainRules as applyRule } from '../../core/domain-errors';
import { learningError } from './learning.errors';
import { actionAwaitsAuthorisation, ownerReminderIfDue } from '../mail';

export const isManager = (viewer: Viewer): boolean => managerRole(viewer.role);
export const actorOf = (viewer: Viewer): ActionActor => ({
  personId: viewer.personId,
  isManager: isManager(viewer),
});

/** The rules' view of a stored action. */
export function actionRecord(action: ImprovementAction): ActionRecord {
  return {
    status: action.status,
    ownerId: action.ownerId,
    targetDate: action.targetDate,
    authorisedById: action.authorisedById,
    authorisedOn: action.authorisedOn,
    completedOn: action.completedOn,
    completionEvidence: action.completionEvidence,
    monitoringUntil: action.monitoringUntil,
    learningShared: action.learningShared,
    effectiveness: action.effectiveness,
    effectivenessNote: action.effectivenessNote,
    verifiedOn: action.verifiedOn,
    cancelledReason: action.cancelledReason,
  };
}

/** Staff (and other non-managers) see and write only the actions they own. */
export const seesAllActions = (viewer: Viewer): boolean => readsAllActions(viewer.role);

/** FORBIDDEN unless the viewer owns the action or is a manager. */
export function assertOwnerOrManager(viewer: Viewer, action: ImprovementAction): void {
  if (!isManager(viewer) && action.ownerId !== viewer.personId)
    throw learningError('NOT_OWNER_OR_MANAGER', "Only the action's owner or a manager may do this");
}

/** The owner must be an active member of staff of the action's organisation. */
export async function assertOwner(
  em: EntityManager,
  organisationId: string,
  ownerId: string,
): Promise<void> {
  const [row] = await em.query<{ active: boolean }[]>(
    `SELECT active FROM person WHERE organisation_id = $1 AND id = $2`,
    [organisationId, ownerId],
  );
  if (!row) throw learningError('OWNER_ID_EXISTS');
  if (!row.active) throw learningError('OWNER_ID_ACTIVE');
}

async function assertAllExist(
  em: EntityManager,
  table: 'complaint' | 'root_cause' | 'service_area',
  organisationId: string,
  ids: string[],
  field: string,
): Promise<void> {
  if (ids.length === 0) return;
  const found: { id: string }[] = await em.query(
    `SELECT id FROM ${table} WHERE organisation_id = $1 AND id = ANY($2::uuid[])`,
    [organisationId, ids],
  );
  if (found.length !== ids.length) throw learningError('EXISTS', `(${field})`, field);
}

/** A merged root cause takes no new links: they belong to its survivor (docs/procedure.md, Root causes). */
async function assertNoneMerged(em: EntityManager, organisationId: string, ids: string[]) {
  if (ids.length === 0) return;
  const merged: unknown[] = await em.query(
    `SELECT 1 FROM root_cause WHERE organisation_id = $1 AND id = ANY($2::uuid[]) AND merged_into_id IS NOT NULL`,
    [organisationId, ids],
  );
  if (merged.length > 0) throw learningError('EXISTS', '(rootCauseIds)', 'rootCauseIds');
}

const unique = (ids: string[]) => [...new Set(ids)];

/** Records a proposed action with its links to complaints and root causes; returns its id. */
export async function proposeImprovementAction(
  ctx: ChpContext,
  input: ProposeImprovementActionInput,
): Promise<ImprovementAction> {
  return mutate(ctx, 'proposeImprovementAction', async (tx) => {
    const organisationId = tx.viewer.organisationId;
    const record = applyRule(() =>
      proposeAction({ ownerId: input.ownerId, targetDate: input.targetDate }, ctx.today),
    );
    await assertAllExist(
      tx.em,
      'service_area',
      organisationId,
      [input.serviceAreaId],
      'serviceAreaId',
    );
    await assertOwner(tx.em, organisationId, input.ownerId);
    const complaintIds = unique(input.complaintIds);
    const rootCauseIds = unique(input.rootCauseIds);
    await assertAllExist(tx.em, 'complaint', organisationId, complaintIds, 'complaintIds');
    await assertAllExist(tx.em, 'root_cause', organisationId, rootCauseIds, 'rootCauseIds');
    await assertNoneMerged(tx.em, organisationId, rootCauseIds);
    const repo = tx.em.getRepository(ImprovementAction);
    const action = repo.create({
      ...(record as Partial<ImprovementAction>),
      organisationId,
      id: randomUUID(),
      title: input.title.trim(),
      description: input.description.trim(),
      serviceAreaId: input.serviceAreaId,
      proposedById: tx.viewer.personId,
      publicSummary: input.publicSummary?.trim() || null,
      version: 1,
      createdAt: tx.now,
      updatedAt: tx.now,
    });
    await repo.insert(action);
    if (action.status === ActionStatus.proposed)
      await actionAwaitsAuthorisation(tx.em, action, tx.now);
    for (const complaintId of complaintIds) {
      await tx.em.query(
        `INSERT INTO improvement_action_complaint (organisation_id, action_id, complaint_id) VALUES ($1, $2, $3)`,
        [organisationId, action.id, complaintId],
      );
    }
    for (const rootCauseId of rootCauseIds) {
      await tx.em.query(
        `INSERT INTO improvement_action_root_cause (organisation_id, action_id, root_cause_id) VALUES ($1, $2, $3)`,
        [organisationId, action.id, rootCauseId],
      );
    }
    await tx.audit({
      organisationId,
      entity: 'improvement_action',
      entityId: action.id,
      changes: {
        status: action.status,
        title: action.title,
        serviceAreaId: action.serviceAreaId,
        ownerId: action.ownerId,
        targetDate: action.targetDate,
        complaintIds,
        rootCauseIds,
      },
    });
    return action;
  });
}

export interface StepOptions {
  /** Extra checks inside the transaction, after access and version. */
  check?: (em: EntityManager, action: ImprovementAction) => Promise<void>;
  /** Stored fields the step sets beyond the rules' record (e.g. the public summary). */
  extra?: Partial<ImprovementAction>;
  /** Writes beside the row (e.g. the progress update). */
  also?: (
    em: EntityManager,
    action: ImprovementAction,
    now: Date,
  ) => Promise<Record<string, unknown> | void>;
}

/**
 * One lifecycle step in one transaction: lock the action (NOT_FOUND outside the viewer's
 * organisations), FORBIDDEN unless owner or manager, CONFLICT on a stale version, the domain rule,
 * then the row, the side writes and one audit row naming what changed.
 */
export async function takeActionStep(
  ctx: ChpContext,
  operation: string,
  id: string,
  version: number,
  step: ActionStep,
  options: StepOptions = {},
): Promise<ImprovementAction> {
  return mutate(ctx, operation, async (tx) => {
    const action = await lockInScope(tx, ImprovementAction, 'Improvement action', id);
    assertOwnerOrManager(tx.viewer, action);
    checkVersion('Improvement action', action, version);
    await options.check?.(tx.em, action);
    const before = actionRecord(action);
    const after = applyRule(() => applyActionStep(before, step, actorOf(tx.viewer), ctx.today));
    const changes: Record<string, unknown> = {};
    for (const [key, value] of Object.entries({ ...after, ...options.extra })) {
      if ((action as unknown as Record<string, unknown>)[key] !== value) changes[key] = value;
    }
    Object.assign(action, changes, { version: action.version + 1, updatedAt: tx.now });
    await tx.em
      .getRepository(ImprovementAction)
      .update(
        { organisationId: action.organisationId, id: action.id },
        { ...changes, version: action.version, updatedAt: tx.now },
      );
    const side = await options.also?.(tx.em, action, tx.now);
    if ('status' in changes || 'ownerId' in changes || 'targetDate' in changes)
      await ownerReminderIfDue(tx.em, action, tx.now);
    await tx.audit({
      organisationId: action.organisationId,
      entity: 'improvement_action',
      entityId: action.id,
      changes: { step: step.type, ...changes, ...(side ?? {}) },
    });
    return action;
  });
}

export const OPEN = OPEN_ACTION_STATUSES as readonly string[];

/** A page of actions, overdue ones first, then by target date. */
export async function listActions(
  ctx: ChpContext,
  viewer: Viewer,
  filter: ImprovementActionFilter,
  page: { limit: number; offset: number },
): Promise<{ items: ImprovementAction[]; totalCount: number }> {
  const q = ctx.dataSource
    .getRepository(ImprovementAction)
    .createQueryBuilder('a')
    .where('a.organisation_id IN (:...orgs)', { orgs: viewer.organisationIds })
    .setParameters({ today: ctx.today, open: [...OPEN] });
  if (!seesAllActions(viewer) || filter.mine)
    q.andWhere('a.owner_id = :me', { me: viewer.personId });
  if (filter.status?.length) q.andWhere('a.status IN (:...statuses)', { statuses: filter.status });
  if (filter.ownerId) q.andWhere('a.owner_id = :ownerId', { ownerId: filter.ownerId });
  if (filter.serviceAreaId)
    q.andWhere('a.service_area_id = :serviceAreaId', { serviceAreaId: filter.serviceAreaId });
  if (filter.dueWithinDays != null) {
    q.andWhere('a.status IN (:...open) AND a.target_date <= :dueBy', {
      dueBy: addDays(ctx.today, filter.dueWithinDays),
    });
  }
  if (filter.overdue === true) q.andWhere('a.status IN (:...open) AND a.target_date < :today');
  if (filter.overdue === false)
    q.andWhere(
      new Brackets((b) => b.where('a.status NOT IN (:...open)').orWhere('a.target_date >= :today')),
    );
  if (filter.complaintId) {
    q.andWhere(
      `EXISTS (SELECT 1 FROM improvement_action_complaint l WHERE l.organisation_id = a.organisation_id AND l.action_id = a.id AND l.complaint_id = :complaintId)`,
      { complaintId: filter.complaintId },
    );
  }
  if (filter.rootCauseId) {
    // the cause and everything under it (one statement, scoped like the rest)
    const causes: { id: string }[] = await ctx.dataSource.query(
      `WITH RECURSIVE d AS (
         SELECT organisation_id, id FROM root_cause WHERE organisation_id = ANY($1::uuid[]) AND id = $2
         UNION ALL
         SELECT r.organisation_id, r.id FROM root_cause r JOIN d ON r.organisation_id = d.organisation_id AND r.parent_id = d.id
       ) SELECT id FROM d`,
      [viewer.organisationIds, filter.rootCauseId],
    );
    if (causes.length === 0) return { items: [], totalCount: 0 };
    q.andWhere(
      `EXISTS (SELECT 1 FROM improvement_action_root_cause l WHERE l.organisation_id = a.organisation_id AND l.action_id = a.id AND l.root_cause_id IN (:...causeIds))`,
      { causeIds: causes.map((c) => c.id) },
    );
  }
  const [items, totalCount] = await q
    .orderBy(`CASE WHEN a.status IN (:...open) AND a.target_date < :today THEN 0 ELSE 1 END`, 'ASC')
    .addOrderBy('a.target_date', 'ASC')
    .addOrderBy('a.created_at', 'ASC')
    .addOrderBy('a.id', 'ASC')
    .skip(page.offset)
    .take(page.limit)
    .getManyAndCount();
  return { items, totalCount };
}
