import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { ChpContext } from '../../core/context';
import { requireViewer } from '../../core/auth-checker';
import { notFound } from '../../core/errors';
import { isUuid } from '../../core/mutation';
import { PageArgs } from '../../core/pagination';
import { ImprovementAction } from '../learning';
import { resolvePeriod } from '../analytics';
import { Publication } from './publication.entity';
import {
  addPublicationItem,
  approvePublication,
  createPublication,
  publishPublication,
  removePublicationItem,
  sendBackPublication,
  submitPublication,
  updatePublication,
  updatePublicationItem,
  withdrawPublication,
} from './publication.service';
import { PUBLICATION_APPROVERS, PUBLICATION_EDITORS } from '../../core/role';
import {
  PublicationFilter,
  CreatePublicationArgs,
  PublicationRefArgs,
  UpdatePublicationArgs,
  AddItemArgs,
  UpdateItemArgs,
  RemoveItemArgs,
  WithdrawArgs,
  SendBackArgs,
} from './publication.inputs';
import { PublicationPage, PublicationCandidatePage } from './publication.types';

/** Publications: the list, one publication, candidates, and the steps from draft to published. */
@Resolver(() => Publication)
export class PublicationResolver {
  @Authorized(...PUBLICATION_EDITORS)
  @Query(() => PublicationPage, {
    description: 'Publications of your organisations, newest period first',
  })
  async publications(
    @Arg('filter', () => PublicationFilter, { nullable: true }) filter: PublicationFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<PublicationPage> {
    const viewer = requireViewer(ctx);
    const q = ctx.dataSource
      .getRepository(Publication)
      .createQueryBuilder('p')
      .where('p.organisation_id IN (:...orgs)', { orgs: viewer.organisationIds });
    if (filter?.status?.length)
      q.andWhere('p.status IN (:...statuses)', { statuses: filter.status });
    if (filter?.kind) q.andWhere('p.kind = :kind', { kind: filter.kind });
    const [items, totalCount] = await q
      .orderBy('p.period_from', 'DESC')
      .addOrderBy('p.created_at', 'DESC')
      .addOrderBy('p.id')
      .skip(page.offset)
      .take(page.limit)
      .getManyAndCount();
    return { items, totalCount };
  }

  @Authorized(...PUBLICATION_EDITORS)
  @Query(() => Publication)
  async publication(@Arg('id', () => ID) id: string, @Ctx() ctx: ChpContext): Promise<Publication> {
    const viewer = requireViewer(ctx);
    if (!isUuid(id)) throw notFound('Publication');
    const p = await ctx.dataSource
      .getRepository(Publication)
      .createQueryBuilder('p')
      .where('p.organisation_id IN (:...orgs) AND p.id = :id', { orgs: viewer.organisationIds, id })
      .getOne();
    if (!p) throw notFound('Publication');
    return p;
  }

  @Authorized(...PUBLICATION_EDITORS)
  @Query(() => PublicationCandidatePage, {
    description:
      "Suggestions for a quarter's items: improvement actions done or verified with their completion date in the quarter ('2026-Q2')",
  })
  async publicationCandidates(
    @Arg('quarter', () => String) quarter: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<PublicationCandidatePage> {
    const viewer = requireViewer(ctx);
    const period = resolvePeriod({ quarter }, 'quarter');
    const [items, totalCount] = await ctx.dataSource
      .getRepository(ImprovementAction)
      .createQueryBuilder('a')
      .where('a.organisation_id = :org', { org: viewer.organisationId })
      .andWhere(`a.status IN ('done', 'verified') AND a.completed_on BETWEEN :from AND :to`, {
        from: period.from,
        to: period.to,
      })
      .orderBy('a.completed_on', 'DESC')
      .addOrderBy('a.id')
      .skip(page.offset)
      .take(page.limit)
      .getManyAndCount();
    return { items, totalCount };
  }

  @Authorized(...PUBLICATION_EDITORS)
  @Mutation(() => Publication, {
    description: 'Starts a draft publication for a quarter or a financial year',
  })
  createPublication(
    @Args(() => CreatePublicationArgs) args: CreatePublicationArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<Publication> {
    return createPublication(ctx, args.kind, args.period, args.title);
  }

  @Authorized(...PUBLICATION_EDITORS)
  @Mutation(() => Publication, {
    description:
      'Edits the title, introduction or (annual report) narrative; in draft or in review only',
  })
  updatePublication(
    @Args(() => UpdatePublicationArgs) args: UpdatePublicationArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<Publication> {
    return updatePublication(ctx, args.id, args.version, args);
  }

  @Authorized(...PUBLICATION_EDITORS)
  @Mutation(() => Publication, {
    description: "Adds a 'you said / we did' item, linked to done or verified improvement actions",
  })
  addPublicationItem(
    @Args(() => AddItemArgs) args: AddItemArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<Publication> {
    return addPublicationItem(ctx, args.id, args.version, args.youSaid, args.weDid, args.actionIds);
  }

  @Authorized(...PUBLICATION_EDITORS)
  @Mutation(() => Publication)
  updatePublicationItem(
    @Args(() => UpdateItemArgs) args: UpdateItemArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<Publication> {
    return updatePublicationItem(ctx, args.id, args.version, args.itemId, args);
  }

  @Authorized(...PUBLICATION_EDITORS)
  @Mutation(() => Publication)
  removePublicationItem(
    @Args(() => RemoveItemArgs) args: RemoveItemArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<Publication> {
    return removePublicationItem(ctx, args.id, args.version, args.itemId);
  }

  @Authorized(...PUBLICATION_EDITORS)
  @Mutation(() => Publication, {
    description:
      'Draft -> in review, after the personal-data check (BAD_USER_INPUT rule PERSONAL_DATA with extensions.findings)',
  })
  submitPublicationForReview(
    @Args(() => PublicationRefArgs) args: PublicationRefArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<Publication> {
    return submitPublication(ctx, args.id, args.version);
  }

  @Authorized(...PUBLICATION_APPROVERS)
  @Mutation(() => Publication, {
    description:
      'A manager other than the author and the last editor of the text approves (CONFLICT rule PUBLICATION_OWN_EDIT, field lastEditedBy, for the last editor): the check runs again and the headline figures are frozen',
  })
  approvePublication(
    @Args(() => PublicationRefArgs) args: PublicationRefArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<Publication> {
    return approvePublication(ctx, args.id, args.version);
  }

  @Authorized(...PUBLICATION_APPROVERS)
  @Mutation(() => Publication, {
    description:
      'In review -> draft with a comment for the author, by a manager other than the author (BAD_USER_INPUT field comment when blank)',
  })
  sendBackPublication(
    @Args(() => SendBackArgs) args: SendBackArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<Publication> {
    return sendBackPublication(ctx, args.id, args.version, args.comment);
  }

  @Authorized(...PUBLICATION_EDITORS)
  @Mutation(() => Publication, {
    description: 'Approved -> published: it appears on the public site',
  })
  publishPublication(
    @Args(() => PublicationRefArgs) args: PublicationRefArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<Publication> {
    return publishPublication(ctx, args.id, args.version);
  }

  @Authorized(...PUBLICATION_EDITORS)
  @Mutation(() => Publication, {
    description:
      'Withdraws a publication at any status but withdrawn: a published one leaves the public site, a draft frees its period',
  })
  withdrawPublication(
    @Args(() => WithdrawArgs) args: WithdrawArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<Publication> {
    return withdrawPublication(ctx, args.id, args.version, args.reason);
  }
}
