import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { ChpContext } from '../../core/context';
import { requireViewer } from '../../core/auth-checker';
import { ANALYTICS_COST } from '../../core/limits';
import { ANALYTICS_READERS } from '../../core/role';
import { groupOfReader, organisationById, Organisation } from '../organisations';
import { PeriodInput } from './analytics.inputs';
import { GroupFigures } from './group-figures.types';
import { groupFigures } from './group-figures.queries';
import { resolvePeriod } from './period';

@Resolver()
export class GroupFiguresResolver {
  @Authorized(ANALYTICS_READERS)
  @Query(() => GroupFigures, {
    nullable: true,
    complexity: ANALYTICS_COST,
    description:
      "Your group's SPSO indicators and monthly trend, across the group and per member side by side (group access only; null without it or outside a group). Figures only: no member's complaints or customers",
  })
  async groupFigures(
    @Arg('period', () => PeriodInput) periodInput: PeriodInput,
    @Ctx() ctx: ChpContext,
  ): Promise<GroupFigures | null> {
    const viewer = requireViewer(ctx);
    // Financial quarters and years: the reader's own organisation's (its members may differ).
    const own = await ctx.loaders.get(organisationById).load(viewer.organisationId);
    const period = resolvePeriod({
      ...periodInput,
      financialYearStartMonth: own?.financialYearStartMonth,
    });
    const group = await groupOfReader(ctx.dataSource, viewer.personId);
    if (!group) return null;
    const members = (await ctx.loaders.get(organisationById).loadMany(viewer.figureOrganisationIds))
      .filter((o): o is Organisation => o instanceof Organisation && o.groupId === group.id)
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
    return groupFigures(ctx.dataSource, group, members, period);
  }
}
