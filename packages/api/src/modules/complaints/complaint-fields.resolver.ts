import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { JSONObjectResolver } from 'graphql-scalars';
import type { ChpContext } from '../../app/context';
import { notFound } from '../../core/errors';
import { ImprovementAction } from '../learning/improvement-action.entity';
import { RootCause } from '../learning/root-cause.entity';
import { timelineSettings } from '../calendar/timeline-settings';
import { Person } from '../people/person.entity';
import { SEES_PERSONAL_DATA } from '../../core/role';
import { ServiceArea } from '../people/service-area.entity';
import { Complaint } from './complaint.entity';
import { ComplaintEvent } from './complaint-event.entity';
import { ComplaintPoint } from './complaint-point.entity';
import { Customer } from './customer.entity';
import { ComplaintTimelineView, timelineOf } from './timeline.type';

/** Complaint's relations and timeline: every one through a per-request DataLoader (no SQL per row). */
@Resolver(() => Complaint)
export class ComplaintFieldsResolver {
  @Authorized(SEES_PERSONAL_DATA)
  @FieldResolver(() => Customer, {
    nullable: true,
    description: 'Null when the customer gave no details',
  })
  customer(@Root() c: Complaint, @Ctx() ctx: ChpContext): Promise<Customer | null> | null {
    return c.customerId ? ctx.loaders.customer.load(c.customerId) : null;
  }

  @FieldResolver(() => ServiceArea)
  async serviceArea(@Root() c: Complaint, @Ctx() ctx: ChpContext): Promise<ServiceArea> {
    const area = await ctx.loaders.serviceArea.load(c.serviceAreaId);
    if (!area) throw notFound('Service area');
    return area;
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: 'The member of staff handling the complaint',
  })
  handler(@Root() c: Complaint, @Ctx() ctx: ChpContext): Promise<Person | null> | null {
    return c.handlerId ? ctx.loaders.person.load(c.handlerId) : null;
  }

  @Authorized(SEES_PERSONAL_DATA)
  @FieldResolver(() => [Person], { description: 'Staff the complaint is about' })
  namedStaff(@Root() c: Complaint, @Ctx() ctx: ChpContext): Promise<Person[]> {
    return ctx.loaders.namedStaffByComplaint.load(c.id);
  }

  @FieldResolver(() => [RootCause])
  rootCauses(@Root() c: Complaint, @Ctx() ctx: ChpContext): Promise<RootCause[]> {
    return ctx.loaders.rootCausesByComplaint.load(c.id);
  }

  @FieldResolver(() => [ImprovementAction], {
    description: 'Improvement actions that address this complaint',
  })
  actions(@Root() c: Complaint, @Ctx() ctx: ChpContext): Promise<ImprovementAction[]> {
    return ctx.loaders.actionsByComplaint.load(c.id);
  }

  @FieldResolver(() => [ComplaintPoint], {
    description: 'Points of complaint agreed at stage 2, in order',
  })
  points(@Root() c: Complaint, @Ctx() ctx: ChpContext): Promise<ComplaintPoint[]> {
    return ctx.loaders.pointsByComplaint.load(c.id);
  }

  @FieldResolver(() => [ComplaintEvent], {
    description: 'Every recorded step, oldest first (append-only)',
  })
  journey(@Root() c: Complaint, @Ctx() ctx: ChpContext): Promise<ComplaintEvent[]> {
    return ctx.loaders.eventsByComplaint.load(c.id);
  }

  @FieldResolver(() => ComplaintTimelineView, {
    description:
      'Day one, due dates, working days and deadline status as of today, computed by @chp/domain from the journey',
  })
  async timeline(@Root() c: Complaint, @Ctx() ctx: ChpContext): Promise<ComplaintTimelineView> {
    const [rows, organisation, closureDays] = await Promise.all([
      ctx.loaders.eventsByComplaint.load(c.id),
      ctx.loaders.organisation.load(c.organisationId),
      ctx.loaders.closureDaysByOrganisation.load(c.organisationId),
    ]);
    if (!organisation) throw notFound('Organisation');
    return timelineOf(c, rows, timelineSettings(organisation, closureDays), ctx.today);
  }
}

/** A journey step: what happened and when to everyone who reads complaints; its details only to those who see personal data. */
@Resolver(() => ComplaintEvent)
export class JourneyEventResolver {
  @Authorized(SEES_PERSONAL_DATA)
  @FieldResolver(() => JSONObjectResolver, {
    description: 'The step’s details (due date and reason, outcome, findings, notes...)',
  })
  details(@Root() e: ComplaintEvent): Record<string, unknown> {
    return e.payload ?? {};
  }

  @FieldResolver(() => Person, { nullable: true })
  recordedBy(@Root() e: ComplaintEvent, @Ctx() ctx: ChpContext): Promise<Person | null> | null {
    return e.recordedById ? ctx.loaders.person.load(e.recordedById) : null;
  }
}
