import { Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { localDate, stageTwoUpdatesOwed } from '@chp/domain';
import type { ChpContext } from '../../core/context';
import { mutate } from '../../core/mutation';
import { COMPLAINT_HANDLERS, SEES_PERSONAL_DATA } from '../../core/role';
import { personById } from '../people';
import { timelineSettingsByOrganisation } from '../calendar';
import { Complaint } from './complaint.entity';
import { ComplaintStatus } from './complaint.enums';
import {
  NamedStaffArgs,
  ResponseSharedArgs,
  StaffToldArgs,
  StaffUpdateArgs,
  SupportContactArgs,
} from './staff-involvement.inputs';
import * as service from './staff-involvement.service';
import { NamedStaffMember, StaffContactMethod, StaffSharing } from './staff-involvement.types';

interface MemberRow {
  person_id: string;
  named_at: Date | null;
  told_at: Date | null;
  told_how: StaffContactMethod | null;
  shared: StaffSharing | null;
  not_shared_reason: string | null;
  support_contact_id: string | null;
  response_shared_on: string | null;
  updates: { at: string; how: StaffContactMethod }[];
}

/**
 * The staff complained about panel (docs/procedure.md, Staff complained about): read by the roles
 * that see the complaint's personal data (handlers and managers), never by communications or
 * action-only staff; the steps are the complaint handlers'.
 */
@Resolver(() => Complaint)
export class StaffInvolvementResolver {
  @Authorized(SEES_PERSONAL_DATA)
  @FieldResolver(() => [NamedStaffMember], {
    description:
      'The staff the complaint is about, what they were told, their support contact and the updates owed to them (§48, §62)',
  })
  async staffComplainedAbout(
    @Root() c: Complaint,
    @Ctx() ctx: ChpContext,
  ): Promise<NamedStaffMember[]> {
    const rows: MemberRow[] = await ctx.dataSource.query(
      `SELECT m.person_id, m.named_at, m.told_at, m.told_how, m.shared, m.not_shared_reason,
              m.support_contact_id, m.response_shared_on::text AS response_shared_on,
              coalesce((SELECT json_agg(json_build_object('at', u.at, 'how', u.how) ORDER BY u.at)
                          FROM complaint_staff_update u
                         WHERE u.organisation_id = m.organisation_id AND u.complaint_id = m.complaint_id
                           AND u.person_id = m.person_id), '[]') AS updates
         FROM complaint_staff_member m JOIN person p ON p.organisation_id = m.organisation_id AND p.id = m.person_id
        WHERE m.organisation_id = $1 AND m.complaint_id = $2
        ORDER BY p.name, m.person_id`,
      [c.organisationId, c.id],
    );
    const settings = await ctx.loaders.get(timelineSettingsByOrganisation).load(c.organisationId);
    const owed =
      c.currentStage === 2 && c.stage2DueOn
        ? stageTwoUpdatesOwed(
            {
              dueOn: c.stage2DueOn,
              extendedDueOn: c.stage2ExtendedDueOn,
              closedOn:
                c.status === ComplaintStatus.open ? null : (c.stage2ClosedOn ?? c.stage2DueOn),
            },
            {
              customer: [],
              staff: rows.map((r) => ({
                personId: r.person_id,
                updatesSentOn: r.updates.map((u) => localDate(new Date(u.at).toISOString())),
              })),
            },
            settings ?? undefined,
          )
        : null;
    const people = ctx.loaders.get(personById);
    return Promise.all(
      rows.map(async (r) => ({
        personId: r.person_id,
        person: (await people.load(r.person_id))!,
        namedAt: r.named_at,
        toldAt: r.told_at,
        toldHow: r.told_how,
        shared: r.shared,
        notSharedReason: r.not_shared_reason,
        supportContact: r.support_contact_id ? await people.load(r.support_contact_id) : null,
        updates: r.updates.map((u) => ({ at: new Date(u.at), how: u.how })),
        nextUpdateDue: owed?.staff.find((s) => s.personId === r.person_id)?.dueOn ?? null,
        responseSharedOn: r.response_shared_on,
      })),
    );
  }

  @Authorized(COMPLAINT_HANDLERS)
  @Mutation(() => Complaint, {
    description:
      'Names a member of staff the complaint is about (§48); they are told by e-mail. At stage 2 the investigator may not be named (§37)',
  })
  nameStaffMember(@Args(() => NamedStaffArgs) args: NamedStaffArgs, @Ctx() ctx: ChpContext) {
    return mutate(ctx, 'nameStaffMember', (tx) => service.nameStaffMember(tx, args));
  }

  @Authorized(COMPLAINT_HANDLERS)
  @Mutation(() => Complaint, {
    description: 'Removes a member of staff named by mistake, with what was recorded about them',
  })
  removeNamedStaff(@Args(() => NamedStaffArgs) args: NamedStaffArgs, @Ctx() ctx: ChpContext) {
    return mutate(ctx, 'removeNamedStaff', (tx) => service.removeNamedStaff(tx, args));
  }

  @Authorized(COMPLAINT_HANDLERS)
  @Mutation(() => Complaint, {
    description:
      'Records when and how a named member of staff was told, and what of the complaint was shared (§48)',
  })
  recordStaffNotified(@Args(() => StaffToldArgs) args: StaffToldArgs, @Ctx() ctx: ChpContext) {
    return mutate(ctx, 'recordStaffNotified', (tx) => service.recordStaffNotified(tx, args));
  }

  @Authorized(COMPLAINT_HANDLERS)
  @Mutation(() => Complaint, {
    description:
      "Sets a named member of staff's support contact: neither the investigator nor the person signing off (§48); they are told by e-mail",
  })
  setSupportContact(
    @Args(() => SupportContactArgs) args: SupportContactArgs,
    @Ctx() ctx: ChpContext,
  ) {
    return mutate(ctx, 'setSupportContact', (tx) => service.setSupportContact(tx, args));
  }

  @Authorized(COMPLAINT_HANDLERS)
  @Mutation(() => Complaint, {
    description:
      'Records an update to a named member of staff, counted apart from the customer’s (§62)',
  })
  recordStaffUpdate(@Args(() => StaffUpdateArgs) args: StaffUpdateArgs, @Ctx() ctx: ChpContext) {
    return mutate(ctx, 'recordStaffUpdate', (tx) => service.recordStaffUpdate(tx, args));
  }

  @Authorized(COMPLAINT_HANDLERS)
  @Mutation(() => Complaint, {
    description:
      'Records the day the part of the response about a named member of staff was shared with them (§33, §68)',
  })
  recordResponseSharedWithStaff(
    @Args(() => ResponseSharedArgs) args: ResponseSharedArgs,
    @Ctx() ctx: ChpContext,
  ) {
    return mutate(ctx, 'recordResponseSharedWithStaff', (tx) =>
      service.recordResponseSharedWithStaff(tx, args),
    );
  }
}
