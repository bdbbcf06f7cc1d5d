import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  actionDeadlineStatus,
  allowedActionSteps,
  type ActionDeadlineStatus,
  type ActionStepType,
} from '@chp/domain';
import type { ChpContext } from '../../core/context';
import { requireViewer } from '../../core/auth-checker';
import { Complaint } from '../complaints';
import { Person } from '../people';
import { ServiceArea } from '../people';
import { ImprovementActionProgress } from './improvement-action-progress.entity';
import { ImprovementAction } from './improvement-action.entity';
import { actionRecord, actorOf } from './improvement-action.service';
import { RootCause } from './root-cause.entity';
import { complaintsByAction, progressByAction, rootCausesByAction } from './learning.loaders';
import { personById, serviceAreaById } from '../people';
import { ActionStepKind, DeadlineStatusOfAction } from './improvement-action.types';

/** An improvement action's relations and status: every one through a per-request DataLoader. */
@Resolver(() => ImprovementAction)
export class ImprovementActionFieldsResolver {
  @FieldResolver(() => ServiceArea)
  serviceArea(
    @Root() action: ImprovementAction,
    @Ctx() ctx: ChpContext,
  ): Promise<ServiceArea | null> {
    return ctx.loaders.get(serviceAreaById).load(action.serviceAreaId);
  }

  @FieldResolver(() => Person)
  owner(@Root() action: ImprovementAction, @Ctx() ctx: ChpContext): Promise<Person | null> {
    return ctx.loaders.get(personById).load(action.ownerId);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The manager who authorised it' })
  authorisedBy(
    @Root() action: ImprovementAction,
    @Ctx() ctx: ChpContext,
  ): Promise<Person | null> | null {
    return action.authorisedById ? ctx.loaders.get(personById).load(action.authorisedById) : null;
  }

  @FieldResolver(() => Person, { nullable: true })
  proposedBy(
    @Root() action: ImprovementAction,
    @Ctx() ctx: ChpContext,
  ): Promise<Person | null> | null {
    return action.proposedById ? ctx.loaders.get(personById).load(action.proposedById) : null;
  }

  @FieldResolver(() => [Complaint], {
    description:
      'The complaints it addresses. Viewers who may not read complaints (action-only staff) get only id, reference and serviceArea; every other field answers FORBIDDEN',
  })
  complaints(@Root() action: ImprovementAction, @Ctx() ctx: ChpContext): Promise<Complaint[]> {
    return ctx.loaders.get(complaintsByAction).load(action.id);
  }

  @FieldResolver(() => [RootCause], { description: 'The root causes it addresses' })
  rootCauses(@Root() action: ImprovementAction, @Ctx() ctx: ChpContext): Promise<RootCause[]> {
    return ctx.loaders.get(rootCausesByAction).load(action.id);
  }

  @FieldResolver(() => [ImprovementActionProgress], {
    description: 'Follow-up notes, oldest first',
  })
  progressUpdates(
    @Root() action: ImprovementAction,
    @Ctx() ctx: ChpContext,
  ): Promise<ImprovementActionProgress[]> {
    return ctx.loaders.get(progressByAction).load(action.id);
  }

  @FieldResolver(() => DeadlineStatusOfAction, {
    description: 'Against the target date as of today (due soon: within 14 calendar days)',
  })
  deadlineStatus(@Root() action: ImprovementAction, @Ctx() ctx: ChpContext): ActionDeadlineStatus {
    return actionDeadlineStatus(actionRecord(action), ctx.today);
  }

  @FieldResolver(() => [ActionStepKind], {
    description: 'The steps you may take on this action today',
  })
  allowedSteps(@Root() action: ImprovementAction, @Ctx() ctx: ChpContext): ActionStepType[] {
    return allowedActionSteps(actionRecord(action), actorOf(requireViewer(ctx)), ctx.today);
  }
}

@Resolver(() => ImprovementActionProgress)
export class ActionProgressResolver {
  @FieldResolver(() => Person)
  author(
    @Root() update: ImprovementActionProgress,
    @Ctx() ctx: ChpContext,
  ): Promise<Person | null> {
    return ctx.loaders.get(personById).load(update.authorId);
  }
}
