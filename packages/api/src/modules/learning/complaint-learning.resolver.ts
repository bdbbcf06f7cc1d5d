import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ChpContext } from '../../core/context';
import { COMPLAINT_READERS } from '../../core/role';
import { Complaint } from '../complaints';
import { ImprovementAction } from './improvement-action.entity';
import { actionsByComplaint, rootCausesByComplaint } from './learning.loaders';
import { RootCause } from './root-cause.entity';

/** What the learning module adds to a complaint: its root causes and the actions that address it (complaint readers only). */
@Resolver(() => Complaint)
export class ComplaintLearningResolver {
  @Authorized(COMPLAINT_READERS)
  @FieldResolver(() => [RootCause])
  rootCauses(@Root() c: Complaint, @Ctx() ctx: ChpContext): Promise<RootCause[]> {
    return ctx.loaders.get(rootCausesByComplaint).load(c.id);
  }

  @Authorized(COMPLAINT_READERS)
  @FieldResolver(() => [ImprovementAction], {
    description: 'Improvement actions that address this complaint',
  })
  actions(@Root() c: Complaint, @Ctx() ctx: ChpContext): Promise<ImprovementAction[]> {
    return ctx.loaders.get(actionsByComplaint).load(c.id);
  }
}
