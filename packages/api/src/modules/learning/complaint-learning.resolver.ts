import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ChpContext } from '../../core/context';
import { Complaint } from '../complaints';
import { ImprovementAction } from './improvement-action.entity';
import { actionsByComplaint, rootCausesByComplaint } from './learning.loaders';
import { RootCause } from './root-cause.entity';

/** What the learning module adds to a complaint: its root causes and the actions that address it. */
@Resolver(() => Complaint)
export class ComplaintLearningResolver {
  @FieldResolver(() => [RootCause])
  rootCauses(@Root() c: Complaint, @Ctx() ctx: ChpContext): Promise<RootCause[]> {
    return ctx.loaders.get(rootCausesByComplaint).load(c.id);
  }

  @FieldResolver(() => [ImprovementAction], {
    description: 'Improvement actions that address this complaint',
  })
  actions(@Root() c: Complaint, @Ctx() ctx: ChpContext): Promise<ImprovementAction[]> {
    return ctx.loaders.get(actionsByComplaint).load(c.id);
  }
}
