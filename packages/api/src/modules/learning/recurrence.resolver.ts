import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Int,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { effectReviewDate, effectReviewStatus, recurrenceWindows } from '@chp/domain';
import type { ChpContext } from '../../core/context';
import { requireViewer } from '../../core/auth-checker';
import { withDomainRules } from '../../core/domain-errors';
import { PageArgs } from '../../core/pagination';
import { LocalDate } from '../../core/scalars';
import { ImprovementAction } from './improvement-action.entity';
import { ActionStatus } from './improvement-action.enums';
import { ImprovementActionPage } from './improvement-action.types';
import { actionRecurrence } from './recurrence.queries';
import { effectReviewList, EffectReviewList } from './effect-reviews';
import { EffectReviewState, MonthlyRecurrence } from './recurrence.types';

/**
 * Recurrence that acts (docs/procedure.md, Recurrence after an improvement action): an action's
 * complaints by month before and after it was done, the figures its verification recorded, and
 * the effect reviews due and overdue.
 */
@Resolver(() => ImprovementAction)
export class RecurrenceResolver {
  @FieldResolver(() => MonthlyRecurrence, {
    nullable: true,
    description:
      'Complaints with its root causes, of its service area, by month before and after the completion month, against the same months a year earlier; null until it is done',
  })
  async recurrenceByMonth(
    @Root() action: ImprovementAction,
    @Arg('months', () => Int, { defaultValue: 6, description: 'Months in each window, 1 to 24' })
    months: number,
    @Ctx() ctx: ChpContext,
  ): Promise<MonthlyRecurrence | null> {
    const completedOn = action.completedOn;
    if (completedOn === null || action.status === ActionStatus.cancelled) return null;
    withDomainRules(() => recurrenceWindows(completedOn, months));
    return (await actionRecurrence(
      ctx.dataSource.manager,
      { ...action, completedOn },
      ctx.today,
      months,
    )) as MonthlyRecurrence;
  }

  @FieldResolver(() => MonthlyRecurrence, {
    nullable: true,
    description: 'The figures recorded with the verification of its effect',
  })
  effectFigures(@Root() action: ImprovementAction): MonthlyRecurrence | null {
    return action.effectFigures as MonthlyRecurrence | null;
  }

  @FieldResolver(() => MonthlyRecurrence, {
    nullable: true,
    description: 'The figures that flagged it for review when its root cause came back',
  })
  recurrenceFlagFigures(@Root() action: ImprovementAction): MonthlyRecurrence | null {
    return action.recurrenceFlagFigures as MonthlyRecurrence | null;
  }

  @FieldResolver(() => LocalDate, {
    nullable: true,
    description:
      'When its effect is reviewed: the end of monitoring, else six months after completion; null until done',
  })
  effectReviewDate(@Root() action: ImprovementAction): string | null {
    return action.completedOn
      ? effectReviewDate({ ...action, completedOn: action.completedOn })
      : null;
  }

  @FieldResolver(() => EffectReviewState, {
    nullable: true,
    description: 'Where its effect review stands today; null unless done and not yet verified',
  })
  effectReviewStatus(
    @Root() action: ImprovementAction,
    @Ctx() ctx: ChpContext,
  ): EffectReviewState | null {
    if (action.status !== ActionStatus.done || !action.completedOn) return null;
    const date = effectReviewDate({ ...action, completedOn: action.completedOn });
    return effectReviewStatus(date, ctx.today) as EffectReviewState;
  }

  @Authorized()
  @Query(() => ImprovementActionPage, {
    description:
      'Done actions whose effect review is due within 30 days, or overdue (oldest first). Staff see only the actions they own.',
  })
  effectReviews(
    @Arg('list', () => EffectReviewList) list: EffectReviewList,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<ImprovementActionPage> {
    return effectReviewList(ctx, requireViewer(ctx), list, page);
  }
}
