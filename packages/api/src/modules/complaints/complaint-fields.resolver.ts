import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { JSONObjectResolver } from 'graphql-scalars';
import {
  allowedOtherOutcomes,
  allowedSteps,
  seesPersonalData,
  tribunalSignpostingApplies,
} from '@chp/domain';
import { ID } from 'type-graphql';
import type { ChpContext } from '../../core/context';
import { notFound } from '../../core/errors';
import { COMPLAINT_READERS, SEES_PERSONAL_DATA } from '../../core/role';
import { Person, ServiceArea, personById, serviceAreaById } from '../people';
import { Complaint } from './complaint.entity';
import { ComplaintEvent } from './complaint-event.entity';
import { ComplaintStep, JourneyEventType, OtherOutcome } from './complaint.enums';
import { CorrectedField, correctedFields } from './corrections.types';
import { toDomainEvents } from './journey';
import { ComplaintPoint } from './complaint-point.entity';
import { Customer } from './customer.entity';
import {
  ComplaintTimelineView,
  RECORDED_TIMELINE_COLUMNS,
  timelineOf,
  isListedOnRegister,
  timelineOfRecord,
} from './timeline.type';
import {
  closureDaysByOrganisation,
  explainSettings,
  timelineSettingsByOrganisation,
} from '../calendar';
import {
  complaintById,
  customerById,
  eventsByComplaint,
  namedStaffByComplaint,
  pointsByComplaint,
  sectorByOrganisation,
} from './complaint.loaders';

/** A register page's complaint read with its stored timeline columns: its timeline needs no journey. */
const fromStoredDates = (c: Complaint): boolean =>
  isListedOnRegister(c) && RECORDED_TIMELINE_COLUMNS.every((column) => c[column] !== undefined);

/**
 * Complaint's relations and timeline: every one through a per-request DataLoader (no SQL per row).
 * Only `serviceArea` is open to action-only staff (see complaint.entity.ts).
 */
@Resolver(() => Complaint)
export class ComplaintFieldsResolver {
  @Authorized(SEES_PERSONAL_DATA)
  @FieldResolver(() => Customer, {
    nullable: true,
    description: 'Null when the customer gave no details',
  })
  customer(
    @Root() c: Complaint,
    @Ctx() ctx: ChpContext,
  ): Customer | Promise<Customer | null> | null {
    return c.customerId ? ctx.loaders.load(customerById, c.customerId) : null;
  }

  @FieldResolver(() => ServiceArea)
  serviceArea(@Root() c: Complaint, @Ctx() ctx: ChpContext): ServiceArea | Promise<ServiceArea> {
    return (
      ctx.loaders.known(serviceAreaById, c.serviceAreaId) ??
      ctx.loaders
        .get(serviceAreaById)
        .load(c.serviceAreaId)
        .then((area) => {
          if (!area) throw notFound('Service area');
          return area;
        })
    );
  }

  @Authorized(COMPLAINT_READERS)
  @FieldResolver(() => Person, {
    nullable: true,
    description: 'The member of staff handling the complaint',
  })
  handler(@Root() c: Complaint, @Ctx() ctx: ChpContext): Person | Promise<Person | null> | null {
    return c.handlerId ? ctx.loaders.load(personById, c.handlerId) : null;
  }

  @Authorized(SEES_PERSONAL_DATA)
  @FieldResolver(() => [Person], { description: 'Staff the complaint is about' })
  namedStaff(@Root() c: Complaint, @Ctx() ctx: ChpContext): Promise<Person[]> {
    return ctx.loaders.get(namedStaffByComplaint).load(c.id);
  }

  @Authorized(COMPLAINT_READERS)
  @FieldResolver(() => Complaint, {
    nullable: true,
    description: 'A duplicate: the complaint it repeats',
  })
  duplicateOf(@Root() c: Complaint, @Ctx() ctx: ChpContext): Promise<Complaint | null> | null {
    return c.duplicateOfId ? ctx.loaders.get(complaintById).load(c.duplicateOfId) : null;
  }

  @Authorized(COMPLAINT_READERS)
  @FieldResolver(() => [OtherOutcome], {
    description:
      'The outcomes beyond the four that may be recorded now (docs/procedure.md, Before stage 1)',
  })
  async allowedOtherOutcomes(
    @Root() c: Complaint,
    @Ctx() ctx: ChpContext,
  ): Promise<OtherOutcome[]> {
    const [rows, settings] = await Promise.all([
      ctx.loaders.get(eventsByComplaint).load(c.id),
      ctx.loaders.get(timelineSettingsByOrganisation).load(c.organisationId),
    ]);
    if (!settings) throw notFound('Organisation');
    return allowedOtherOutcomes(toDomainEvents(rows), settings) as OtherOutcome[];
  }

  @Authorized(COMPLAINT_READERS)
  @FieldResolver(() => [ComplaintPoint], {
    description: 'Points of complaint agreed at stage 2, in order',
  })
  points(@Root() c: Complaint, @Ctx() ctx: ChpContext): Promise<ComplaintPoint[]> {
    return ctx.loaders.get(pointsByComplaint).load(c.id);
  }

  @Authorized(COMPLAINT_READERS)
  @FieldResolver(() => [ComplaintEvent], {
    description: 'Every recorded step, oldest first (append-only)',
  })
  journey(@Root() c: Complaint, @Ctx() ctx: ChpContext): Promise<ComplaintEvent[]> {
    return ctx.loaders.get(eventsByComplaint).load(c.id);
  }

  @Authorized(COMPLAINT_READERS)
  @FieldResolver(() => ComplaintTimelineView, {
    description:
      'Day one, due dates, working days and deadline status as of today, computed by @chp/domain from the journey',
  })
  timeline(
    @Root() c: Complaint,
    @Ctx() ctx: ChpContext,
  ): ComplaintTimelineView | Promise<ComplaintTimelineView> {
    const journey = () => ctx.loaders.get(eventsByComplaint).load(c.id);
    // a register page reads the stored projection (no journey per row): with the calendar read
    // with the session, its rows' timelines answer at once
    if (fromStoredDates(c)) {
      const settings = ctx.loaders.known(timelineSettingsByOrganisation, c.organisationId);
      const days = ctx.loaders.known(closureDaysByOrganisation, c.organisationId);
      if (settings && days)
        return timelineOfRecord(c, explainSettings(settings, days), ctx.today, journey);
    }
    return this.timelineFromLoaders(c, ctx, journey);
  }

  /** The complaint itself, and any row read without the stored columns: computed from its journey as it stands. */
  private async timelineFromLoaders(
    c: Complaint,
    ctx: ChpContext,
    journey: () => Promise<ComplaintEvent[]>,
  ): Promise<ComplaintTimelineView> {
    const settings = await ctx.loaders.get(timelineSettingsByOrganisation).load(c.organisationId);
    if (!settings) throw notFound('Organisation');
    // the same per-request load the settings were built from: no further statement
    const days = await ctx.loaders.get(closureDaysByOrganisation).load(c.organisationId);
    const explain = explainSettings(settings, days);
    if (fromStoredDates(c)) return timelineOfRecord(c, explain, ctx.today, journey);
    return timelineOf(c, await journey(), explain, ctx.today);
  }

  @Authorized(COMPLAINT_READERS)
  @FieldResolver(() => Boolean, {
    description:
      'Whether closing the current stage may signpost the First-tier Tribunal: housing organisations, stage 2 only (§74)',
  })
  async tribunalSignpostingOffered(@Root() c: Complaint, @Ctx() ctx: ChpContext): Promise<boolean> {
    const sector = await ctx.loaders.get(sectorByOrganisation).load(c.organisationId);
    return tribunalSignpostingApplies(sector, c.currentStage);
  }

  @Authorized(COMPLAINT_READERS)
  @FieldResolver(() => [ComplaintStep], {
    description:
      "The steps the viewer may take on the complaint now, in the procedure's usual order (computed by @chp/domain's allowedSteps from the journey, the viewer's role and the organisation's settings; each step checks every rule again when taken)",
  })
  async allowedSteps(@Root() c: Complaint, @Ctx() ctx: ChpContext): Promise<ComplaintStep[]> {
    const role = ctx.viewer?.role;
    if (!role) return [];
    const [rows, settings] = await Promise.all([
      ctx.loaders.get(eventsByComplaint).load(c.id),
      ctx.loaders.get(timelineSettingsByOrganisation).load(c.organisationId),
    ]);
    if (!settings) throw notFound('Organisation');
    return allowedSteps(toDomainEvents(rows), role, settings);
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

  @Authorized(COMPLAINT_READERS)
  @FieldResolver(() => [CorrectedField], {
    description:
      'A correction: each detail it changed, before and after (personal values withheld from roles that do not see personal data)',
  })
  corrections(@Root() e: ComplaintEvent, @Ctx() ctx: ChpContext): CorrectedField[] {
    if (e.type !== JourneyEventType.corrected) return [];
    const role = ctx.viewer?.role;
    return correctedFields(e.payload ?? {}, role !== undefined && seesPersonalData(role));
  }

  @Authorized(COMPLAINT_READERS)
  @FieldResolver(() => ID, { nullable: true, description: 'A void: the step it voided' })
  voidedEventId(@Root() e: ComplaintEvent): string | null {
    return e.type === JourneyEventType.voided ? String(e.payload?.['voidedEventId']) : null;
  }

  @Authorized(COMPLAINT_READERS)
  @FieldResolver(() => Boolean, {
    description: 'Voided by a manager as recorded by mistake: it counts as absent',
  })
  async voided(@Root() e: ComplaintEvent, @Ctx() ctx: ChpContext): Promise<boolean> {
    const rows = await ctx.loaders.get(eventsByComplaint).load(e.complaintId);
    return rows.some(
      (r) => r.type === JourneyEventType.voided && String(r.payload?.['voidedEventId']) === e.id,
    );
  }

  @FieldResolver(() => Person, { nullable: true })
  recordedBy(@Root() e: ComplaintEvent, @Ctx() ctx: ChpContext): Promise<Person | null> | null {
    return e.recordedById ? ctx.loaders.get(personById).load(e.recordedById) : null;
  }
}
