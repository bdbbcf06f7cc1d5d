import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { ChpContext } from '../../core/context';
import { requireViewer } from '../../core/auth-checker';
import { notFound } from '../../core/errors';
import { isUuid } from '../../core/mutation';
import { PageArgs } from '../../core/pagination';
import { COMPLAINT_HANDLERS, MANAGERS } from '../../core/role';
import { ImprovementAction } from './improvement-action.entity';
import {
  ActionRefArgs,
  ActionSummaryArgs,
  AssignActionArgs,
  CancelActionArgs,
  CompleteActionArgs,
  ImprovementActionFilter,
  ProposeImprovementActionInput,
  RecordProgressArgs,
  VerifyEffectArgs,
} from './improvement-action.inputs';
import {
  assertOwner,
  listActions,
  proposeImprovementAction,
  seesAllActions,
  takeActionStep,
} from './improvement-action.service';
import { randomUUID } from 'node:crypto';
import { ImprovementActionPage } from './improvement-action.types';
import { recordEffectFigures } from './recurrence.queries';

/** Improvement actions: the list, one action, and its steps (propose, authorise, progress, complete...). */
@Resolver(() => ImprovementAction)
export class ImprovementActionResolver {
  @Authorized()
  @Query(() => ImprovementActionPage, {
    description:
      'Improvement actions, overdue first then by target date. Staff see only the actions they own.',
  })
  improvementActions(
    @Arg('filter', () => ImprovementActionFilter, { nullable: true })
    filter: ImprovementActionFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<ImprovementActionPage> {
    const viewer = requireViewer(ctx);
    return listActions(ctx, viewer, filter ?? {}, page);
  }

  @Authorized()
  @Query(() => ImprovementAction)
  async improvementAction(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: ChpContext,
  ): Promise<ImprovementAction> {
    const viewer = requireViewer(ctx);
    if (!isUuid(id)) throw notFound('Improvement action');
    const action = await ctx.dataSource
      .getRepository(ImprovementAction)
      .createQueryBuilder('a')
      .where('a.organisation_id IN (:...orgs)', { orgs: viewer.organisationIds })
      .andWhere('a.id = :id', { id })
      .getOne();
    if (!action || (!seesAllActions(viewer) && action.ownerId !== viewer.personId))
      throw notFound('Improvement action');
    return action;
  }

  @Authorized(...COMPLAINT_HANDLERS)
  @Mutation(() => ImprovementAction, {
    description:
      'Proposes an action with an owner and a target date, linked to the complaints and root causes it addresses; a manager authorises it next',
  })
  proposeImprovementAction(
    @Arg('input', () => ProposeImprovementActionInput) input: ProposeImprovementActionInput,
    @Ctx() ctx: ChpContext,
  ): Promise<ImprovementAction> {
    return proposeImprovementAction(ctx, input);
  }

  @Authorized(...MANAGERS)
  @Mutation(() => ImprovementAction, {
    description: 'A manager authorises a proposed action (records who and today)',
  })
  authoriseImprovementAction(
    @Args(() => ActionRefArgs) args: ActionRefArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<ImprovementAction> {
    return takeActionStep(ctx, 'authoriseImprovementAction', args.id, args.version, {
      type: 'authorise',
    });
  }

  @Authorized(...MANAGERS)
  @Mutation(() => ImprovementAction, {
    description: 'A manager gives an open action a new owner and, optionally, a new target date',
  })
  assignImprovementAction(
    @Args(() => AssignActionArgs) args: AssignActionArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<ImprovementAction> {
    return takeActionStep(
      ctx,
      'assignImprovementAction',
      args.id,
      args.version,
      { type: 'assign', ownerId: args.ownerId, targetDate: args.targetDate ?? null },
      {
        check: (em, action) => assertOwner(em, action.organisationId, args.ownerId),
      },
    );
  }

  @Authorized()
  @Mutation(() => ImprovementAction, {
    description:
      "The owner's (or a manager's) follow-up; the first one starts an authorised action",
  })
  recordActionProgress(
    @Args(() => RecordProgressArgs) args: RecordProgressArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<ImprovementAction> {
    return takeActionStep(
      ctx,
      'recordActionProgress',
      args.id,
      args.version,
      { type: 'progress', note: args.note },
      {
        also: async (em, action, now) => {
          const progressId = randomUUID();
          await em.query(
            `INSERT INTO improvement_action_progress (organisation_id, id, action_id, author_id, note, recorded_at) VALUES ($1, $2, $3, $4, $5, $6)`,
            [
              action.organisationId,
              progressId,
              action.id,
              ctx.viewer!.personId,
              args.note.trim(),
              now,
            ],
          );
          return { progressId, note: args.note.trim() };
        },
      },
    );
  }

  @Authorized()
  @Mutation(() => ImprovementAction, {
    description:
      'The owner (or a manager) records the action as done, with evidence, and how long to monitor',
  })
  completeImprovementAction(
    @Args(() => CompleteActionArgs) args: CompleteActionArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<ImprovementAction> {
    return takeActionStep(ctx, 'completeImprovementAction', args.id, args.version, {
      type: 'complete',
      evidence: args.evidence,
      completedOn: args.completedOn ?? null,
      monitoringUntil: args.monitoringUntil ?? null,
      learningShared: args.learningShared ?? null,
    });
  }

  @Authorized(...MANAGERS)
  @Mutation(() => ImprovementAction, {
    description:
      'A manager records what monitoring found; effective or partly effective only once monitoring is over',
  })
  verifyImprovementActionEffect(
    @Args(() => VerifyEffectArgs) args: VerifyEffectArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<ImprovementAction> {
    return takeActionStep(
      ctx,
      'verifyImprovementActionEffect',
      args.id,
      args.version,
      { type: 'verify', effectiveness: args.effectiveness, note: args.note },
      { also: (em, action) => recordEffectFigures(em, action, ctx.today) },
    );
  }

  @Authorized(...MANAGERS)
  @Mutation(() => ImprovementAction, {
    description: 'A manager cancels an action that is not done, with a reason',
  })
  cancelImprovementAction(
    @Args(() => CancelActionArgs) args: CancelActionArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<ImprovementAction> {
    return takeActionStep(ctx, 'cancelImprovementAction', args.id, args.version, {
      type: 'cancel',
      reason: args.reason,
    });
  }

  @Authorized()
  @Mutation(() => ImprovementAction, {
    description:
      "The owner (or a manager) edits the public summary ('you said, we did'), how learning was shared, or the description",
  })
  updateImprovementActionSummary(
    @Args(() => ActionSummaryArgs) args: ActionSummaryArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<ImprovementAction> {
    const extra: Partial<ImprovementAction> = {};
    if (args.publicSummary !== undefined) extra.publicSummary = args.publicSummary?.trim() || null;
    if (args.learningShared !== undefined)
      extra.learningShared = args.learningShared?.trim() || null;
    if (args.description !== undefined && args.description !== null)
      extra.description = args.description.trim();
    return takeActionStep(
      ctx,
      'updateImprovementActionSummary',
      args.id,
      args.version,
      { type: 'editSummary' },
      { extra },
    );
  }
}
