import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { ChpContext } from '../../core/context';
import { requireViewer } from '../../core/auth-checker';
import { badInput } from '../../core/errors';
import { ANALYTICS_COST } from '../../core/limits';
import { ANALYTICS_READERS } from '../../core/role';
import { LocalDate } from '../../core/scalars';
import { spsoDecisionsSummary } from './spso-decisions.queries';
import { SpsoDecisionsReport } from './spso-decisions.types';

/** SPSO decisions against ours (docs/procedure.md, SPSO decisions against ours). */
@Resolver()
export class SpsoDecisionsResolver {
  @Authorized(ANALYTICS_READERS)
  @Query(() => SpsoDecisionsReport, {
    complexity: ANALYTICS_COST,
    description:
      'Complaints of your organisation whose SPSO decision date is in the period, the SPSO’s decision against our final outcome, in total, per service area, and those the SPSO upheld more',
  })
  spsoDecisions(
    @Arg('from', () => LocalDate) from: string,
    @Arg('to', () => LocalDate) to: string,
    @Ctx() ctx: ChpContext,
  ): Promise<SpsoDecisionsReport> {
    const viewer = requireViewer(ctx);
    if (to < from) throw badInput('to', 'notBeforeFrom', `The end date is before ${from}.`);
    return spsoDecisionsSummary(ctx.dataSource.manager, [viewer.organisationId], { from, to });
  }
}
