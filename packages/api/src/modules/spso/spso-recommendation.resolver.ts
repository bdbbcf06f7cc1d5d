import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { spsoRecommendationStatus } from '@chp/domain';
import type { ChpContext } from '../../core/context';
import { requireViewer } from '../../core/auth-checker';
import { badInput, ruleText } from '../../core/errors';
import { isUuid } from '../../core/mutation';
import { MANAGERS } from '../../core/role';
import { SpsoRecommendation } from './spso-recommendation.entity';
import {
  CompleteSpsoRecommendationArgs,
  RecordSpsoRecommendationInput,
} from './spso-recommendation.inputs';
import {
  completeSpsoRecommendation,
  listSpsoRecommendations,
  recordSpsoRecommendation,
} from './spso-recommendation.service';
import { SpsoRecommendationState } from './spso-decisions.types';
import { Complaint, complaintById } from '../complaints';
import { Person, personById } from '../people';

/** SPSO recommendations, tracked like improvement actions (docs/procedure.md, SPSO recommendations). */
@Resolver(() => SpsoRecommendation)
export class SpsoRecommendationResolver {
  @Authorized()
  @Query(() => [SpsoRecommendation], {
    description:
      'SPSO recommendations, open ones first by due date (at most 200). Staff who may not read complaints see only their own.',
  })
  spsoRecommendations(
    @Arg('complaintId', () => ID, { nullable: true }) complaintId: string | null,
    @Arg('overdue', () => Boolean, { nullable: true, description: 'Only open ones past due' })
    overdue: boolean | null,
    @Ctx() ctx: ChpContext,
  ): Promise<SpsoRecommendation[]> {
    if (complaintId != null && !isUuid(complaintId))
      throw badInput(
        'complaintId',
        'isUuid',
        ruleText('isUuid', undefined, { field: 'complaintId' }),
      );
    return listSpsoRecommendations(ctx, requireViewer(ctx), { complaintId, overdue });
  }

  @Authorized(...MANAGERS)
  @Mutation(() => SpsoRecommendation, {
    description:
      'A manager records what the SPSO recommended on a complaint with an SPSO decision, with a due date and an owner',
  })
  recordSpsoRecommendation(
    @Arg('input', () => RecordSpsoRecommendationInput) input: RecordSpsoRecommendationInput,
    @Ctx() ctx: ChpContext,
  ): Promise<SpsoRecommendation> {
    return recordSpsoRecommendation(ctx, input);
  }

  @Authorized()
  @Mutation(() => SpsoRecommendation, {
    description: 'Its owner or a manager records it completed, with evidence',
  })
  completeSpsoRecommendation(
    @Args(() => CompleteSpsoRecommendationArgs) args: CompleteSpsoRecommendationArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<SpsoRecommendation> {
    return completeSpsoRecommendation(ctx, args);
  }

  @FieldResolver(() => Person, { description: 'The member of staff who sees it done' })
  owner(@Root() r: SpsoRecommendation, @Ctx() ctx: ChpContext): Promise<Person | null> {
    return ctx.loaders.get(personById).load(r.ownerId);
  }

  @FieldResolver(() => Complaint, {
    description:
      'The complaint it was recorded on. Viewers who may not read complaints get only id, reference and serviceArea; every other field answers FORBIDDEN',
  })
  complaint(@Root() r: SpsoRecommendation, @Ctx() ctx: ChpContext): Promise<Complaint | null> {
    return ctx.loaders.get(complaintById).load(r.complaintId);
  }

  @FieldResolver(() => SpsoRecommendationState, {
    description: 'Against its due date as of today (due soon: within 14 days)',
  })
  status(@Root() r: SpsoRecommendation, @Ctx() ctx: ChpContext): SpsoRecommendationState {
    return spsoRecommendationStatus(r, ctx.today) as SpsoRecommendationState;
  }
}
