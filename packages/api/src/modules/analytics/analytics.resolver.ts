import { ANALYTICS_COST } from '../../core/limits';
import { Arg, Args, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { ChpContext } from '../../core/context';
import { requireViewer } from '../../core/auth-checker';
import { notFound } from '../../core/errors';
import { isUuid } from '../../core/mutation';
import type { Viewer } from '../../core/viewer';
import { ImprovementAction } from '../learning';
import { seesAllActions } from '../learning';
import { ANALYTICS_READERS } from '../../core/role';
import {
  actionsCompletedOnTime,
  actionsDueSoon,
  overdueActions,
  recurrence,
} from './actions.queries';
import {
  DueSoonArgs,
  PeriodInput,
  QuietAreasArgs,
  RecurrenceArgs,
  TrendArgs,
} from './analytics.inputs';
import {
  ActionRecurrence,
  ActionsCompletedOnTime,
  ActionsDueSoon,
  ComplaintTrends,
  OverdueActions,
  QuietAreasReport,
  SpsoIndicatorsReport,
} from './analytics.types';
import { indicatorFigures, reportingPeriod } from './indicators.queries';
import { daysInclusive, previousPeriod, previousPeriods, resolvePeriod } from './period';

const MAX_TREND_DAYS = 30 * 366;
import { complaintTrends, quietAreas } from './trends.queries';
import { organisationById } from '../organisations';
import { analyticsError } from './analytics.errors';
import { GroupFiguresResolver } from './group-figures.resolver';
import { LikeForLikeResolver } from './like-for-like.resolver';

export { ANALYTICS_READERS };
/** Who reads grouped action figures (every owner's overdue count): the analytics readers. */
export const ACTION_ANALYTICS_READERS = ANALYTICS_READERS;

/** The month the organisation's financial year starts in (docs/procedure.md, Reporting and publishing). */
async function financialYearStartOf(ctx: ChpContext, organisationId: string): Promise<number> {
  const org = await ctx.loaders.get(organisationById).load(organisationId);
  if (!org) throw notFound('Organisation');
  return org.financialYearStartMonth;
}

/** The organisation a figure is for: one whose figures the viewer reads (default their own); another is NOT_FOUND. */
function organisationFor(viewer: Viewer, organisationId: string | null | undefined): string {
  if (organisationId == null) return viewer.organisationId;
  if (!isUuid(organisationId) || !viewer.figureOrganisationIds.includes(organisationId))
    throw notFound('Organisation');
  return organisationId;
}

@Resolver()
export class AnalyticsResolver {
  @Authorized(ANALYTICS_READERS)
  @Query(() => SpsoIndicatorsReport, {
    complexity: ANALYTICS_COST,
    description:
      'SPSO complaints performance indicators A-F (docs/procedure.md, SPSO performance indicators) for a period and the previous comparable period, computed in PostgreSQL',
  })
  async spsoIndicators(
    @Arg('period', () => PeriodInput) periodInput: PeriodInput,
    @Arg('organisationId', () => ID, {
      nullable: true,
      description: 'One of the organisations you can see; default your own',
    })
    organisationId: string | null,
    @Ctx() ctx: ChpContext,
  ): Promise<SpsoIndicatorsReport> {
    const viewer = requireViewer(ctx);
    const orgId = organisationFor(viewer, organisationId);
    const org = await ctx.loaders.get(organisationById).load(orgId);
    if (!org) throw notFound('Organisation');
    const period = resolvePeriod({
      ...periodInput,
      financialYearStartMonth: org.financialYearStartMonth,
    });
    const [current, previous] = await indicatorFigures(
      ctx.dataSource,
      orgId,
      [period, previousPeriod(period)],
      org,
    );
    return { ...current!, organisationId: orgId, previous: previous! };
  }

  @Authorized(ANALYTICS_READERS)
  @Query(() => ComplaintTrends, {
    complexity: ANALYTICS_COST,
    description:
      'Complaints received by month, quarter or year of local receipt, with one breakdown and filters; every period x key zero-filled',
  })
  async complaintTrends(
    @Args(() => TrendArgs) args: TrendArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<ComplaintTrends> {
    const viewer = requireViewer(ctx);
    if (args.to < args.from)
      throw analyticsError('TO_NOT_BEFORE_FROM', `(${args.to} is before ${args.from}.)`);
    if (daysInclusive(args.from, args.to) > MAX_TREND_DAYS) throw analyticsError('TO_MAX_RANGE');
    const period = resolvePeriod({ from: args.from, to: args.to });
    const orgId = organisationFor(viewer, args.organisationId);
    // quarters and years follow the organisation's reporting year (docs/procedure.md, Reporting and publishing)
    const yearStartMonth = await financialYearStartOf(ctx, orgId);
    const result = await complaintTrends(
      ctx.dataSource,
      orgId,
      args.grain,
      args.breakdown,
      period.from,
      period.to,
      args.filters,
      yearStartMonth,
    );
    return {
      grain: args.grain,
      yearStartMonth,
      breakdown: args.breakdown,
      from: period.from,
      to: period.to,
      ...result,
    };
  }

  @Authorized(ANALYTICS_READERS)
  @Query(() => QuietAreasReport, {
    complexity: ANALYTICS_COST,
    description:
      'Service areas or categories with few or no complaints in the period against their own history (docs/procedure.md, Reporting and publishing)',
  })
  async quietAreas(
    @Args(() => QuietAreasArgs) args: QuietAreasArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<QuietAreasReport> {
    const viewer = requireViewer(ctx);
    const orgId = organisationFor(viewer, args.organisationId);
    const period = resolvePeriod({
      ...args.period,
      financialYearStartMonth: await financialYearStartOf(ctx, orgId),
    });
    const history = previousPeriods(period, args.history);
    const items = await quietAreas(
      ctx.dataSource,
      orgId,
      args.dimension,
      period,
      history,
      args.threshold,
    );
    return { period: reportingPeriod(period), history: history.map(reportingPeriod), items };
  }

  @Authorized()
  @Query(() => ActionsDueSoon, {
    complexity: ANALYTICS_COST,
    description:
      'Open improvement actions due within N calendar days (today included, overdue ones not). Staff see only their own.',
  })
  actionsDueSoon(
    @Args(() => DueSoonArgs) args: DueSoonArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<ActionsDueSoon> {
    const viewer = requireViewer(ctx);
    return actionsDueSoon(
      ctx.dataSource,
      viewer.organisationIds,
      seesAllActions(viewer) ? null : viewer.personId,
      ctx.today,
      args.days,
      args.limit,
      args.offset,
    );
  }

  @Authorized(ACTION_ANALYTICS_READERS)
  @Query(() => OverdueActions, {
    complexity: ANALYTICS_COST,
    description:
      'Open improvement actions past their target date, counted by owner and by service area',
  })
  overdueActions(@Ctx() ctx: ChpContext): Promise<OverdueActions> {
    return overdueActions(ctx.dataSource, requireViewer(ctx).organisationIds, ctx.today);
  }

  @Authorized(ACTION_ANALYTICS_READERS)
  @Query(() => ActionsCompletedOnTime, {
    complexity: ANALYTICS_COST,
    description:
      'Improvement actions completed in the period, and how many on or before their target date',
  })
  async actionsCompletedOnTime(
    @Arg('period', () => PeriodInput) periodInput: PeriodInput,
    @Ctx() ctx: ChpContext,
  ): Promise<ActionsCompletedOnTime> {
    const viewer = requireViewer(ctx);
    const period = resolvePeriod({
      ...periodInput,
      financialYearStartMonth: await financialYearStartOf(ctx, viewer.organisationId),
    });
    return actionsCompletedOnTime(ctx.dataSource, viewer.organisationIds, period);
  }

  @Authorized()
  @Query(() => ActionRecurrence, {
    complexity: ANALYTICS_COST,
    description:
      "Complaints with the action's root causes in its service area in the window before and after its completion. Staff: only actions they own.",
  })
  async recurrence(
    @Args(() => RecurrenceArgs) args: RecurrenceArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<ActionRecurrence> {
    const viewer = requireViewer(ctx);
    if (!isUuid(args.actionId)) throw analyticsError('ACTION_ID_IS_UUID');
    const action = await ctx.dataSource
      .getRepository(ImprovementAction)
      .createQueryBuilder('a')
      .where('a.organisation_id IN (:...orgs)', { orgs: viewer.organisationIds })
      .andWhere('a.id = :id', { id: args.actionId })
      .getOne();
    if (!action || (!seesAllActions(viewer) && action.ownerId !== viewer.personId))
      throw notFound('Improvement action');
    if (!action.completedOn) throw analyticsError('NOT_COMPLETED');
    return recurrence(
      ctx.dataSource,
      {
        organisationId: action.organisationId,
        id: action.id,
        serviceAreaId: action.serviceAreaId,
        completedOn: action.completedOn,
      },
      args.windowDays,
      ctx.today,
    );
  }
}

export const analyticsResolvers = [
  AnalyticsResolver,
  GroupFiguresResolver,
  LikeForLikeResolver,
] as const;
