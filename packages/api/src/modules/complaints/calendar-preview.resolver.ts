import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { ChpContext } from '../../core/context';
import { ADMINISTRATORS } from '../../core/role';
import { LocalDate } from '../../core/scalars';
import { previewClosureDay } from './calendar-preview.service';
import { ClosureDayChange, ClosureDayPreview } from './calendar-preview.types';

@Resolver()
export class CalendarPreviewResolver {
  @Authorized(ADMINISTRATORS)
  @Query(() => ClosureDayPreview, {
    description:
      'Before adding or removing a closure day: the open complaints whose day one, acknowledgement or due dates would move, from and to. Nothing is saved.',
  })
  closureDayPreview(
    @Arg('date', () => LocalDate) date: string,
    @Arg('change', () => ClosureDayChange) change: ClosureDayChange,
    @Ctx() ctx: ChpContext,
  ): Promise<ClosureDayPreview> {
    return previewClosureDay(ctx, date, change);
  }
}
