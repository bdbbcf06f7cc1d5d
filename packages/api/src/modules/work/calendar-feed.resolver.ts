import { Authorized, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { ChpContext } from '../../core/context';
import { requireViewer } from '../../core/auth-checker';
import { mutate } from '../../core/mutation';
import { DateTime } from '../../core/scalars';
import { issueCalendarFeed, revokeCalendarFeed } from './calendar-feed.service';

@ObjectType({
  description: 'Your private calendar feed (docs/procedure.md, Work queues): whether one is live',
})
export class CalendarFeed {
  @Field(() => Boolean) active!: boolean;
  @Field(() => DateTime, { nullable: true }) issuedAt!: Date | null;
}

@ObjectType()
export class IssuedCalendarFeed {
  @Field(() => String, {
    description:
      'The feed’s path on this server (/calendar/<token>.ics), shown this once: only a hash of it is kept',
  })
  path!: string;
}

@Resolver()
export class CalendarFeedResolver {
  @Authorized()
  @Query(() => CalendarFeed)
  async myCalendarFeed(@Ctx() ctx: ChpContext): Promise<CalendarFeed> {
    const viewer = requireViewer(ctx);
    const [live] = await ctx.dataSource.query<{ issued_at: Date }[]>(
      `SELECT issued_at FROM calendar_feed
        WHERE organisation_id = $1 AND person_id = $2 AND revoked_at IS NULL`,
      [viewer.organisationId, viewer.personId],
    );
    return { active: !!live, issuedAt: live?.issued_at ?? null };
  }

  @Authorized()
  @Mutation(() => IssuedCalendarFeed, {
    description:
      'A new private iCal address with your actions’ target dates and your complaints’ deadlines; the one you had stops answering',
  })
  async issueCalendarFeed(@Ctx() ctx: ChpContext): Promise<IssuedCalendarFeed> {
    return { path: await mutate(ctx, 'issueCalendarFeed', (tx) => issueCalendarFeed(tx)) };
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description: 'Revokes your calendar feed: its address answers 404. False when there was none',
  })
  revokeCalendarFeed(@Ctx() ctx: ChpContext): Promise<boolean> {
    return mutate(ctx, 'revokeCalendarFeed', (tx) => revokeCalendarFeed(tx));
  }
}
