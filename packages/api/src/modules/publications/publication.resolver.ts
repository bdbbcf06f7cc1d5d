import DataLoader from 'dataloader';
import {
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  ArrayMaxSize,
  Length,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { ChpContext } from '../../core/context';
import { requireViewer } from '../../core/auth-checker';
import { notFound } from '../../core/errors';
import { isUuid } from '../../core/mutation';
import { PageArgs } from '../../core/pagination';
import { ImprovementAction } from '../learning';
import { Person } from '../people';
import { MANAGERS, Role } from '../../core/role';
import { ServiceArea } from '../people';
import { resolvePeriod } from '../analytics';
import type { PersonalDataFinding } from './personal-data-check';
import { FrozenFiguresType, withEveryFigure, type FrozenFigures } from './publication-figures';
import { allowedPublicationSteps, type PublicationStatus } from './publication-status';
import {
  Publication,
  PublicationItem,
  PublicationKind,
  PublicationStatusEnum,
} from './publication.entity';
import {
  addPublicationItem,
  approvePublication,
  createPublication,
  findingsOf,
  publishPublication,
  removePublicationItem,
  submitPublication,
  updatePublication,
  updatePublicationItem,
  withdrawPublication,
} from './publication.service';
import { organisationById } from '../organisations';
import { personById, serviceAreaById } from '../people';

/** Who drafts, edits, submits, publishes and withdraws publications: communications staff and managers. */
export const PUBLICATION_EDITORS: readonly Role[] = [...MANAGERS, Role.communications];
/** Who may approve (never their own): a manager or senior manager. */
export const PUBLICATION_APPROVERS: readonly Role[] = [Role.senior_manager, Role.manager];

const NOT_BLANK = /\S/;

@InputType()
class PublicationFilter {
  @Field(() => [PublicationStatusEnum], { nullable: true })
  @IsOptional()
  @IsIn(Object.values(PublicationStatusEnum), { each: true })
  status?: PublicationStatusEnum[];
  @Field(() => PublicationKind, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(PublicationKind))
  kind?: PublicationKind;
}

@ArgsType()
class CreatePublicationArgs {
  @Field(() => PublicationKind) @IsIn(Object.values(PublicationKind)) kind!: PublicationKind;
  @Field(() => String, { description: "'2026-Q2' for a quarter, '2026/27' for a financial year" })
  @IsString()
  @MaxLength(20)
  period!: string;
  @Field(() => String)
  @IsString()
  @Length(1, 200)
  @Matches(NOT_BLANK, { message: 'title must not be blank' })
  title!: string;
}

@ArgsType()
class PublicationRefArgs {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The version you read; a stale one answers CONFLICT' })
  @Min(1)
  version!: number;
}

@ArgsType()
class UpdatePublicationArgs extends PublicationRefArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @Matches(NOT_BLANK, { message: 'title must not be blank' })
  title?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  introduction?: string | null;
  @Field(() => String, { nullable: true, description: 'Annual report only' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  learning?: string | null;
  @Field(() => String, { nullable: true, description: 'Annual report only' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  customerExperience?: string | null;
  @Field(() => String, { nullable: true, description: 'Annual report only' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  staffTraining?: string | null;
}

@ArgsType()
class AddItemArgs extends PublicationRefArgs {
  @Field(() => String)
  @IsString()
  @Length(1, 2000)
  @Matches(NOT_BLANK, { message: 'youSaid must not be blank' })
  youSaid!: string;
  @Field(() => String)
  @IsString()
  @Length(1, 2000)
  @Matches(NOT_BLANK, { message: 'weDid must not be blank' })
  weDid!: string;
  @Field(() => [ID], {
    defaultValue: [],
    description: 'Done or verified improvement actions the item reports on',
  })
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  actionIds!: string[];
}

@ArgsType()
class UpdateItemArgs extends PublicationRefArgs {
  @Field(() => ID) itemId!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  @Matches(NOT_BLANK, { message: 'youSaid must not be blank' })
  youSaid?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  @Matches(NOT_BLANK, { message: 'weDid must not be blank' })
  weDid?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Replaces the linked actions when given' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  actionIds?: string[] | null;
}

@ArgsType()
class RemoveItemArgs extends PublicationRefArgs {
  @Field(() => ID) itemId!: string;
}

@ArgsType()
class WithdrawArgs extends PublicationRefArgs {
  @Field(() => String)
  @IsString()
  @Length(1, 2000)
  @Matches(NOT_BLANK, { message: 'reason must not be blank' })
  reason!: string;
}

@ObjectType()
class PublicationPage {
  @Field(() => [Publication]) items!: Publication[];
  @Field(() => Int) totalCount!: number;
}

@ObjectType()
class PublicationCandidatePage {
  @Field(() => [ImprovementAction], {
    description: 'Done or verified actions completed in the quarter, most recent first',
  })
  items!: ImprovementAction[];
  @Field(() => Int) totalCount!: number;
}

@ObjectType()
class PersonalDataFindingType implements PersonalDataFinding {
  @Field(() => String, { description: "'title', 'introduction', 'items[2].weDid', ..." })
  field!: string;
  @Field(() => String, {
    description: 'customer_name, staff_name, email, phone, postcode, address or reference',
  })
  kind!: PersonalDataFinding['kind'];
  @Field(() => String) excerpt!: string;
}

interface PublicationLoaders {
  items: DataLoader<string, PublicationItem[]>;
  actionsByItem: DataLoader<string, ImprovementAction[]>;
}
const loaderCache = new WeakMap<ChpContext, PublicationLoaders>();

/** Per-request loaders of this module (one statement per batch, scoped to the viewer's organisations). */
function loaders(ctx: ChpContext): PublicationLoaders {
  let l = loaderCache.get(ctx);
  if (!l) {
    const orgs = ctx.viewer?.organisationIds ?? [];
    l = {
      items: new DataLoader(async (ids) => {
        const rows = await ctx.dataSource
          .getRepository(PublicationItem)
          .createQueryBuilder('i')
          .where('i.organisation_id = ANY(:orgs) AND i.publication_id = ANY(:ids)', {
            orgs,
            ids: [...ids],
          })
          .orderBy('i.position', 'ASC')
          .getMany();
        return ids.map((id) => rows.filter((r) => r.publicationId === id));
      }),
      actionsByItem: new DataLoader(async (ids) => {
        const rows: (ImprovementAction & { itemId: string })[] = await ctx.dataSource
          .getRepository(ImprovementAction)
          .createQueryBuilder('a')
          .innerJoin(
            'publication_item_action',
            'l',
            'l.organisation_id = a.organisation_id AND l.action_id = a.id',
          )
          .addSelect('l.item_id', 'item_id')
          .where('a.organisation_id = ANY(:orgs) AND l.item_id = ANY(:ids)', {
            orgs,
            ids: [...ids],
          })
          .orderBy('a.completed_on', 'DESC')
          .getRawAndEntities()
          .then(({ raw, entities }) =>
            entities.map((e, i) => Object.assign(e, { itemId: raw[i].item_id as string })),
          );
        return ids.map((id) => rows.filter((r) => r.itemId === id));
      }),
    };
    loaderCache.set(ctx, l);
  }
  return l;
}

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
      'A manager other than the author approves: the check runs again and the headline figures are frozen',
  })
  approvePublication(
    @Args(() => PublicationRefArgs) args: PublicationRefArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<Publication> {
    return approvePublication(ctx, args.id, args.version);
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

  @FieldResolver(() => [PublicationItem])
  items(@Root() p: Publication, @Ctx() ctx: ChpContext): Promise<PublicationItem[]> {
    return loaders(ctx).items.load(p.id);
  }

  @FieldResolver(() => Person)
  author(@Root() p: Publication, @Ctx() ctx: ChpContext): Promise<Person | null> {
    return ctx.loaders.get(personById).load(p.authorId);
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
    return allowedPublicationSteps(p.status as PublicationStatus);
  }

  @FieldResolver(() => [PersonalDataFindingType], {
    description: 'What the personal-data check finds in the texts now (empty: nothing found)',
  })
  async personalDataFindings(
    @Root() p: Publication,
    @Ctx() ctx: ChpContext,
  ): Promise<PersonalDataFinding[]> {
    return findingsOf(ctx.dataSource, p, await loaders(ctx).items.load(p.id));
  }
}

@Resolver(() => PublicationItem)
export class PublicationItemResolver {
  @FieldResolver(() => [ImprovementAction], {
    description: 'The improvement actions it reports on',
  })
  actions(@Root() item: PublicationItem, @Ctx() ctx: ChpContext): Promise<ImprovementAction[]> {
    return loaders(ctx).actionsByItem.load(item.id);
  }

  @FieldResolver(() => [ServiceArea], { description: 'The service areas of its actions' })
  async serviceAreas(
    @Root() item: PublicationItem,
    @Ctx() ctx: ChpContext,
  ): Promise<ServiceArea[]> {
    const actions = await loaders(ctx).actionsByItem.load(item.id);
    const areas = await ctx.loaders
      .get(serviceAreaById)
      .loadMany([...new Set(actions.map((a) => a.serviceAreaId))]);
    return areas.filter((a): a is ServiceArea => !!a && !(a instanceof Error));
  }
}

export const publicationResolvers = [PublicationResolver, PublicationItemResolver] as const;
