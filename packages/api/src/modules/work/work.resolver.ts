import { Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { ChpContext } from '../../core/context';
import { requireViewer } from '../../core/auth-checker';
import { mutate } from '../../core/mutation';
import { COMPLAINT_HANDLERS } from '../../core/role';
import { timelineSettingsByOrganisation } from '../calendar';
import { ApprovalRequest } from './approval-request.entity';
import { CalendarFeedResolver } from './calendar-feed.resolver';
import { RequestExtensionArgs, RequestSignOffArgs } from './approval-request.inputs';
import { requestExtension, requestSignOff } from './approval-request.service';
import { workQueueFor } from './work-queue';
import { MyWorkArgs } from './work.args';
import { MyWork } from './work.types';

@Resolver()
export class WorkResolver {
  @Authorized()
  @Query(() => MyWork, {
    description:
      'What waits for you, most urgent first (docs/procedure.md, Work queues): which kinds depends on your role',
  })
  async myWork(
    @Args(() => MyWorkArgs) { first }: MyWorkArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<MyWork> {
    const viewer = requireViewer(ctx);
    const settings = await ctx.loaders
      .get(timelineSettingsByOrganisation)
      .load(viewer.organisationId);
    const queue = await workQueueFor(
      ctx.dataSource.manager,
      viewer,
      ctx.today,
      settings ?? {},
      first ?? null,
    );
    return { today: ctx.today, ...queue };
  }

  @Authorized(COMPLAINT_HANDLERS)
  @Mutation(() => ApprovalRequest, {
    description:
      'Asks a manager to agree an extension to the current stage (§27, §62); it waits in the managers’ queue until one is recorded',
  })
  requestExtension(
    @Args(() => RequestExtensionArgs) args: RequestExtensionArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<ApprovalRequest> {
    return mutate(ctx, 'requestExtension', (tx) => requestExtension(tx, args));
  }

  @Authorized(COMPLAINT_HANDLERS)
  @Mutation(() => ApprovalRequest, {
    description:
      'Asks an empowered manager to sign off the stage 2 response (§65); it waits in their queue until signed off',
  })
  requestSignOff(
    @Args(() => RequestSignOffArgs) args: RequestSignOffArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<ApprovalRequest> {
    return mutate(ctx, 'requestSignOff', (tx) => requestSignOff(tx, args));
  }
}

export const workResolvers = [WorkResolver, CalendarFeedResolver] as const;
