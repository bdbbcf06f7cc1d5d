import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { ANALYTICS_COST } from '../../core/limits';
import type { ChpContext } from '../../core/context';
import { requireViewer } from '../../core/auth-checker';
import { notFound } from '../../core/errors';
import { MANAGERS } from '../../core/role';
import { PeriodInput, reportingPeriod, resolvePeriod } from '../analytics';
import { organisationById } from '../organisations';
import { regulatorReturns, type ReturnOrganisation } from './returns.service';
import { RegulatorReturnsReport } from './returns.types';

/** Who reads and downloads the regulator returns: managers and senior management. */
export const RETURNS_READERS = MANAGERS;

/** The viewer's organisation and the period asked for (the organisation's reporting year by default). */
export async function returnSubject(
  ctx: ChpContext,
  periodInput: PeriodInput,
): Promise<{ org: ReturnOrganisation; period: ReturnType<typeof resolvePeriod> }> {
  const viewer = requireViewer(ctx);
  const org = await ctx.loaders.get(organisationById).load(viewer.organisationId);
  if (!org) throw notFound('Organisation');
  const period = resolvePeriod({
    ...periodInput,
    financialYearStartMonth: org.financialYearStartMonth,
  });
  return { org, period };
}

@Resolver()
export class ReturnsResolver {
  @Authorized(RETURNS_READERS)
  @Query(() => RegulatorReturnsReport, {
    complexity: ANALYTICS_COST,
    description:
      "The regulator returns of your organisation for a period (docs/procedure.md, Regulator returns): the SPSO indicators in the SPSO's layout, the Scottish Housing Regulator ARC complaint indicators and the reconciliation of the two. Managers and senior management",
  })
  async regulatorReturns(
    @Arg('period', () => PeriodInput) periodInput: PeriodInput,
    @Ctx() ctx: ChpContext,
  ): Promise<RegulatorReturnsReport> {
    const { org, period } = await returnSubject(ctx, periodInput);
    // one snapshot, so the SPSO figures and the receipts the reconciliation uses agree
    const returns = await ctx.dataSource.transaction('REPEATABLE READ', (em) =>
      regulatorReturns(em, org, period),
    );
    return { ...returns, period: reportingPeriod(period) };
  }
}
