import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { ChpContext } from '../../core/context';
import { requireViewer } from '../../core/auth-checker';
import { PageArgs } from '../../core/pagination';
import { ContactRestriction } from './contact-restriction.entity';
import {
  ApproveRestrictionArgs,
  DeclineRestrictionArgs,
  ProposeContactRestrictionInput,
  ReviewRestrictionArgs,
} from './restriction.inputs';
import { restrictionReviewsDue } from './restriction.queries';
import { proposeContactRestriction, reviewStep, takeRestrictionStep } from './restriction.service';
import { ContactRestrictionPage } from './restriction.types';
import { RESTRICTION_DECIDERS, RESTRICTION_PROPOSERS } from './restriction.roles';

/** Contact restrictions under the unacceptable actions policy (Part 1 §12–13). */
@Resolver(() => ContactRestriction)
export class ContactRestrictionResolver {
  @Authorized(...RESTRICTION_DECIDERS)
  @Query(() => ContactRestrictionPage, {
    description:
      'Restrictions in force whose review is due (from 14 days before the review date) or overdue, the earliest review first',
  })
  restrictionReviewsDue(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<ContactRestrictionPage> {
    return restrictionReviewsDue(ctx, requireViewer(ctx), page);
  }

  @Authorized(...RESTRICTION_PROPOSERS)
  @Mutation(() => ContactRestriction, {
    description:
      "Proposes a restriction on how a complaint's customer may contact us; a manager approves it. The complaint is still investigated",
  })
  proposeContactRestriction(
    @Arg('input', () => ProposeContactRestrictionInput) input: ProposeContactRestrictionInput,
    @Ctx() ctx: ChpContext,
  ): Promise<ContactRestriction> {
    return proposeContactRestriction(ctx, input);
  }

  @Authorized(...RESTRICTION_DECIDERS)
  @Mutation(() => ContactRestriction, {
    description:
      'A manager (not the proposer) approves a restriction, recording when the customer was told of it, of the right to a review and of the SPSO',
  })
  approveContactRestriction(
    @Args(() => ApproveRestrictionArgs) args: ApproveRestrictionArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<ContactRestriction> {
    return takeRestrictionStep(ctx, 'approveContactRestriction', args.id, args.version, {
      type: 'approve',
      toldOn: args.customerToldOn,
      toldOfReview: args.toldOfReview,
      toldOfSpso: args.toldOfSpso,
      reviewOn: args.reviewOn ?? null,
    });
  }

  @Authorized(...RESTRICTION_DECIDERS)
  @Mutation(() => ContactRestriction, {
    description: 'A manager declines a proposed restriction, with a note',
  })
  declineContactRestriction(
    @Args(() => DeclineRestrictionArgs) args: DeclineRestrictionArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<ContactRestriction> {
    return takeRestrictionStep(ctx, 'declineContactRestriction', args.id, args.version, {
      type: 'decline',
      note: args.note,
    });
  }

  @Authorized(...RESTRICTION_DECIDERS)
  @Mutation(() => ContactRestriction, {
    description:
      'A manager reviews a restriction in force: continue (new review date), vary (new terms, told to the customer) or lift',
  })
  reviewContactRestriction(
    @Args(() => ReviewRestrictionArgs) args: ReviewRestrictionArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<ContactRestriction> {
    return takeRestrictionStep(
      ctx,
      'reviewContactRestriction',
      args.id,
      args.version,
      reviewStep(args),
    );
  }
}
