import { likeForLikeQuarters, type CalendarSettings } from '@chp/domain';
import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { ChpContext } from '../../core/context';
import { requireViewer } from '../../core/auth-checker';
import { notFound } from '../../core/errors';
import { isUuid } from '../../core/mutation';
import { ANALYTICS_COST } from '../../core/limits';
import { ANALYTICS_READERS } from '../../core/role';
import { organisationById } from '../organisations';
import { indicatorFigures, reportingPeriod } from './indicators.queries';
import { LikeForLikeComparison } from './like-for-like.types';

/** The organisation's closure days, the calendar its working days follow. */
async function calendarOf(ctx: ChpContext, organisationId: string): Promise<CalendarSettings> {
  const rows: { date: string }[] = await ctx.dataSource.query(
    `SELECT date::text AS date FROM closure_day WHERE organisation_id = $1 ORDER BY date`,
    [organisationId],
  );
  return { closureDays: rows.map((r) => r.date) };
}

@Resolver()
export class LikeForLikeResolver {
  @Authorized(ANALYTICS_READERS)
  @Query(() => LikeForLikeComparison, {
    complexity: ANALYTICS_COST,
    description:
      "The SPSO indicators of this quarter of the organisation's reporting year to date, against the same working days of the previous quarter and of the same quarter a year earlier (never a part quarter against a whole one)",
  })
  async likeForLikeComparison(
    @Arg('organisationId', () => ID, {
      nullable: true,
      description: 'One of the organisations you can see; default your own',
    })
    organisationId: string | null,
    @Ctx() ctx: ChpContext,
  ): Promise<LikeForLikeComparison> {
    const viewer = requireViewer(ctx);
    const orgId = organisationId ?? viewer.organisationId;
    if (organisationId != null && (!isUuid(orgId) || !viewer.figureOrganisationIds.includes(orgId)))
      throw notFound('Organisation');
    const org = await ctx.loaders.get(organisationById).load(orgId);
    if (!org) throw notFound('Organisation');
    const periods = likeForLikeQuarters(
      ctx.today,
      org.financialYearStartMonth,
      await calendarOf(ctx, orgId),
    );
    const [current, previousQuarter, sameQuarterLastYear] = await indicatorFigures(
      ctx.dataSource,
      orgId,
      [periods.current, periods.previousQuarter, periods.sameQuarterLastYear],
      org,
    );
    return {
      organisationId: orgId,
      quarter: reportingPeriod(periods.quarter),
      workingDays: periods.workingDays,
      partial: periods.partial,
      current: current!,
      previousQuarter: previousQuarter!,
      sameQuarterLastYear: sameQuarterLastYear!,
    };
  }
}
