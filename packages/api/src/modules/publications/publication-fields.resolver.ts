import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ChpContext } from '../../core/context';
import { ImprovementAction } from '../learning';
import { Person } from '../people';
import { ServiceArea } from '../people';
import type { PersonalDataFinding } from './personal-data-check';
import { FrozenFiguresType, withEveryFigure, type FrozenFigures } from './publication-figures';
import { allowedPublicationSteps } from '@chp/domain';
import { Publication, PublicationItem, PublicationReviewComment } from './publication.entity';
import { findingsOf } from './publication.service';
import { organisationById } from '../organisations';
import { personById, serviceAreaById } from '../people';
import { PersonalDataFindingType } from './publication.types';
import { actionsByItem, itemsByPublication } from './publication.loaders';

/** A publication's items, people, figures, public path, allowed steps and personal-data findings. */
@Resolver(() => Publication)
export class PublicationFieldsResolver {
  @FieldResolver(() => [PublicationItem])
  items(@Root() p: Publication, @Ctx() ctx: ChpContext): Promise<PublicationItem[]> {
    return ctx.loaders.get(itemsByPublication).load(p.id);
  }

  @FieldResolver(() => Person)
  author(@Root() p: Publication, @Ctx() ctx: ChpContext): Promise<Person | null> {
    return ctx.loaders.get(personById).load(p.authorId);
  }

  @FieldResolver(() => Person, {
    description: 'Whoever last changed the text (the author at first): they cannot approve it',
  })
  lastEditedBy(@Root() p: Publication, @Ctx() ctx: ChpContext): Promise<Person | null> {
    return ctx.loaders.get(personById).load(p.lastEditedById ?? p.authorId);
  }

  @FieldResolver(() => [PublicationReviewComment], {
    description: 'The comments it was sent back to draft with, newest first',
  })
  reviewComments(
    @Root() p: Publication,
    @Ctx() ctx: ChpContext,
  ): Promise<PublicationReviewComment[]> {
    return ctx.dataSource.getRepository(PublicationReviewComment).find({
      where: { organisationId: p.organisationId, publicationId: p.id },
      order: { sentBackAt: 'DESC', id: 'ASC' },
    });
  }

  @FieldResolver(() => Person, { nullable: true })
  approvedBy(@Root() p: Publication, @Ctx() ctx: ChpContext): Promise<Person | null> | null {
    return p.approvedById ? ctx.loaders.get(personById).load(p.approvedById) : null;
  }

  @FieldResolver(() => FrozenFiguresType, {
    nullable: true,
    description: 'Frozen at approval; null before',
  })
  frozenFigures(@Root() p: Publication): FrozenFigures | null {
    return p.frozenFigures && withEveryFigure(p.frozenFigures);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Where a published publication is read on the public site ('/public/<organisation>/<id>'); null unless published",
  })
  async publicPath(@Root() p: Publication, @Ctx() ctx: ChpContext): Promise<string | null> {
    if (p.status !== 'published') return null;
    const org = await ctx.loaders.get(organisationById).load(p.organisationId);
    return org ? `/public/${encodeURIComponent(org.slug)}/${p.id}` : null;
  }

  @FieldResolver(() => [String], {
    description: 'The workflow steps allowed from the current status (roles aside)',
  })
  allowedSteps(@Root() p: Publication): string[] {
    return allowedPublicationSteps(p.status);
  }

  @FieldResolver(() => [PersonalDataFindingType], {
    description: 'What the personal-data check finds in the texts now (empty: nothing found)',
  })
  async personalDataFindings(
    @Root() p: Publication,
    @Ctx() ctx: ChpContext,
  ): Promise<PersonalDataFinding[]> {
    return findingsOf(ctx.dataSource, p, await ctx.loaders.get(itemsByPublication).load(p.id));
  }
}

@Resolver(() => PublicationItem)
export class PublicationItemResolver {
  @FieldResolver(() => [ImprovementAction], {
    description: 'The improvement actions it reports on',
  })
  actions(@Root() item: PublicationItem, @Ctx() ctx: ChpContext): Promise<ImprovementAction[]> {
    return ctx.loaders.get(actionsByItem).load(item.id);
  }

  @FieldResolver(() => [ServiceArea], { description: 'The service areas of its actions' })
  async serviceAreas(
    @Root() item: PublicationItem,
    @Ctx() ctx: ChpContext,
  ): Promise<ServiceArea[]> {
    const actions = await ctx.loaders.get(actionsByItem).load(item.id);
    const areas = await ctx.loaders
      .get(serviceAreaById)
      .loadMany([...new Set(actions.map((a) => a.serviceAreaId))]);
    return areas.filter((a): a is ServiceArea => !!a && !(a instanceof Error));
  }
}

@Resolver(() => PublicationReviewComment)
export class PublicationReviewCommentResolver {
  @FieldResolver(() => Person, { description: 'The approver who sent it back' })
  sentBackBy(@Root() c: PublicationReviewComment, @Ctx() ctx: ChpContext): Promise<Person | null> {
    return ctx.loaders.get(personById).load(c.sentBackById);
  }
}
