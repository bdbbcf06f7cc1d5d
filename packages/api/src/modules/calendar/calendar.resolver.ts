import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { ChpContext } from '../../core/context';
import { requireViewer } from '../../core/auth-checker';
import { mutate } from '../../core/mutation';
import { ADMINISTRATORS } from '../../core/role';
import { LocalDate } from '../../core/scalars';
import { closureDaysByOrganisation } from './calendar.loaders';
import { calendarChanged } from './calendar-changes';
import { ClosureDayInput } from './calendar.inputs';
import { ClosureDay } from './closure-day.entity';
import { rebuildWorkingDays } from './working-day-calendar';
import { deleteClosureDay, insertClosureDay } from './closure-days';

/** An organisation's closure days: the days that stop counting as working days. */
@Resolver()
export class CalendarResolver {
  @Authorized()
  @Query(() => [ClosureDay], {
    description:
      'Your organisation’s closure days (local holidays, industrial action) between two dates',
  })
  async closureDays(
    @Arg('from', () => LocalDate) from: string,
    @Arg('to', () => LocalDate) to: string,
    @Ctx() ctx: ChpContext,
  ): Promise<ClosureDay[]> {
    const days = await ctx.loaders
      .get(closureDaysByOrganisation)
      .load(requireViewer(ctx).organisationId);
    return days.filter((d) => d.date >= from && d.date <= to);
  }

  @Authorized(ADMINISTRATORS)
  @Mutation(() => ClosureDay, {
    description:
      'Adds a closure day: it stops counting as a working day for new and open complaints',
  })
  async addClosureDay(
    @Arg('day', () => ClosureDayInput) day: ClosureDayInput,
    @Ctx() ctx: ChpContext,
  ): Promise<ClosureDay> {
    return mutate(ctx, 'addClosureDay', async (tx) => {
      const organisationId = tx.viewer.organisationId;
      const row = await insertClosureDay(tx.em, organisationId, day, tx.now);
      await rebuildWorkingDays(tx.em, organisationId);
      await calendarChanged(tx.em, organisationId, day.date);
      await tx.audit({
        organisationId,
        entity: 'closure_day',
        entityId: day.date,
        changes: { reason: row.reason, description: row.description },
      });
      return row;
    });
  }

  @Authorized(ADMINISTRATORS)
  @Mutation(() => Boolean)
  async removeClosureDay(
    @Arg('date', () => LocalDate) date: string,
    @Ctx() ctx: ChpContext,
  ): Promise<boolean> {
    return mutate(ctx, 'removeClosureDay', async (tx) => {
      const organisationId = tx.viewer.organisationId;
      await deleteClosureDay(tx.em, organisationId, date);
      await rebuildWorkingDays(tx.em, organisationId);
      await calendarChanged(tx.em, organisationId, date);
      await tx.audit({
        organisationId,
        entity: 'closure_day',
        entityId: date,
        changes: { removed: true },
      });
      return true;
    });
  }
}
