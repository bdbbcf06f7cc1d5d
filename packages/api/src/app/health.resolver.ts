import { STATEMENT_COST } from '../core/limits';
import { complaintTimeline } from '@chp/domain';
import { Ctx, Query, Resolver } from 'type-graphql';
import { reportDatabaseError } from '../core/database-availability';
import { version } from '../version';
import type { ChpContext } from './context';
import { Health } from './health.type';

async function databaseAnswers(ctx: ChpContext): Promise<boolean> {
  try {
    await ctx.dataSource.query('SELECT 1');
    return true;
  } catch (error) {
    reportDatabaseError(ctx.dataSource, error);
    return false;
  }
}

/** The stage 1 due date of a complaint received at `now`, by the Model CHP rules. */
export function stage1DueIfReceivedAt(now: Date): string {
  const timeline = complaintTimeline([{ type: 'received', at: now.toISOString(), stage: 1 }]);
  if (!timeline.stage1) throw new Error('a stage 1 complaint has no stage 1 timeline');
  return timeline.stage1.dueOn;
}

@Resolver(() => Health)
export class HealthResolver {
  @Query(() => Health, { description: 'Is the platform working?', complexity: STATEMENT_COST })
  async health(@Ctx() ctx: ChpContext): Promise<Health> {
    return {
      status: 'ok',
      database: await databaseAnswers(ctx),
      version,
      stage1DueIfReceivedNow: stage1DueIfReceivedAt(new Date()),
    };
  }
}
