import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { restrictionReviewState, type ReviewState } from '@chp/domain';
import type { ChpContext } from '../../core/context';
import { Complaint, complaintById } from '../complaints';
import { Person, personById } from '../people';
import { ContactRestriction } from './contact-restriction.entity';
import { RestrictionReviewState } from './restriction.enums';
import { restrictionRecord } from './restriction.service';
import { RESTRICTION_PROPOSERS } from './restriction.roles';
import { restrictionsByComplaint } from './restrictions.loaders';

/** What a restriction links to, and where it stands against its review date today. */
@Resolver(() => ContactRestriction)
export class ContactRestrictionFieldsResolver {
  @FieldResolver(() => RestrictionReviewState, {
    description: 'Against the review date as of today (Part 1 §12: reviewed by that date)',
  })
  reviewState(@Root() r: ContactRestriction, @Ctx() ctx: ChpContext): ReviewState {
    return restrictionReviewState(restrictionRecord(r), ctx.today);
  }

  @FieldResolver(() => Person, { nullable: true })
  proposedBy(@Root() r: ContactRestriction, @Ctx() ctx: ChpContext): Promise<Person | null> {
    return ctx.loaders.get(personById).load(r.proposedById);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who approved or declined it' })
  decidedBy(@Root() r: ContactRestriction, @Ctx() ctx: ChpContext): Promise<Person | null> {
    return r.decidedById ? ctx.loaders.get(personById).load(r.decidedById) : Promise.resolve(null);
  }

  @FieldResolver(() => Complaint, {
    nullable: true,
    description: 'The complaint it was proposed on',
  })
  complaint(@Root() r: ContactRestriction, @Ctx() ctx: ChpContext): Promise<Complaint | null> {
    return ctx.loaders.get(complaintById).load(r.complaintId);
  }
}

/** What restrictions add to a complaint: the restrictions of its customer (never to communications or action-only staff). */
@Resolver(() => Complaint)
export class ComplaintRestrictionsResolver {
  @Authorized(...RESTRICTION_PROPOSERS)
  @FieldResolver(() => [ContactRestriction], {
    description:
      "Restrictions on how this complaint's customer may contact us, from any of their complaints; the complaint is still investigated",
  })
  contactRestrictions(@Root() c: Complaint, @Ctx() ctx: ChpContext): Promise<ContactRestriction[]> {
    return ctx.loaders.get(restrictionsByComplaint).load(c.id);
  }
}
