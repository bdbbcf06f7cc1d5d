import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ChpContext } from '../../app/context';
import { requireViewer } from '../../core/auth-checker';
import { conflict, notFound } from '../../core/errors';
import { checkVersion, mutate } from '../../core/mutation';
import { LocalDate } from '../../core/scalars';
import { Role } from '../../core/role';
import { ClosureDay } from '../calendar/closure-day.entity';
import { rebuildWorkingDays } from '../calendar/working-day-calendar';
import { refreshProjections } from '../complaints/complaint.service';
import { Organisation } from './organisation.entity';
import { ClosureDayInput, OrganisationSettingsInput } from './organisation.inputs';

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Authorized()
  @Query(() => Organisation, { description: 'Your own organisation and its settings' })
  async organisation(@Ctx() ctx: ChpContext): Promise<Organisation> {
    const viewer = requireViewer(ctx);
    const organisation = await ctx.loaders.organisation.load(viewer.organisationId);
    if (!organisation) throw notFound('Organisation');
    return organisation;
  }

  @Authorized()
  @Query(() => [Organisation], {
    description: 'Every organisation you can see (yours, and its group if you hold group access)',
  })
  async organisations(@Ctx() ctx: ChpContext): Promise<Organisation[]> {
    const viewer = requireViewer(ctx);
    const all = await ctx.loaders.organisation.loadMany(viewer.organisationIds);
    return all
      .filter((o): o is Organisation => o instanceof Organisation)
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  @Authorized(Role.admin)
  @Mutation(() => Organisation)
  async updateOrganisationSettings(
    @Arg('settings', () => OrganisationSettingsInput) settings: OrganisationSettingsInput,
    @Ctx() ctx: ChpContext,
  ): Promise<Organisation> {
    return mutate(ctx, 'updateOrganisationSettings', async (tx) => {
      const organisation = await tx.em.getRepository(Organisation).findOne({
        where: { id: tx.viewer.organisationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!organisation) throw notFound('Organisation');
      checkVersion('Organisation', organisation, settings.version);
      const { version: _v, cutOffTime, ...rest } = settings;
      const changes: Partial<Organisation> = Object.fromEntries(
        Object.entries(rest).filter(([, v]) => v !== undefined),
      );
      if (cutOffTime !== undefined) changes.cutOffTime = cutOffTime === '' ? null : cutOffTime;
      Object.assign(organisation, changes, {
        version: organisation.version + 1,
        updatedAt: tx.now,
      });
      await tx.em.getRepository(Organisation).save(organisation);
      // a new cut-off time can move any complaint's day one
      if (changes.cutOffTime !== undefined) await refreshProjections(tx.em, organisation.id);
      await tx.audit({
        organisationId: organisation.id,
        entity: 'organisation',
        entityId: organisation.id,
        changes,
      });
      return organisation;
    });
  }

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
    const days = await ctx.loaders.closureDaysByOrganisation.load(
      requireViewer(ctx).organisationId,
    );
    return days.filter((d) => d.date >= from && d.date <= to);
  }

  @Authorized(Role.admin)
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
      const exists = await tx.em
        .getRepository(ClosureDay)
        .findOneBy({ organisationId, date: day.date });
      if (exists) throw conflict('CLOSURE_DAY_EXISTS', `${day.date} is already a closure day`);
      const row = tx.em.getRepository(ClosureDay).create({
        organisationId,
        date: day.date,
        reason: day.reason,
        description: day.description,
        createdAt: tx.now,
      });
      await tx.em.getRepository(ClosureDay).insert(row);
      await rebuildWorkingDays(tx.em, organisationId);
      await refreshProjections(tx.em, organisationId, day.date);
      await tx.audit({
        organisationId,
        entity: 'closure_day',
        entityId: day.date,
        changes: { reason: day.reason, description: day.description },
      });
      return row;
    });
  }

  @Authorized(Role.admin)
  @Mutation(() => Boolean)
  async removeClosureDay(
    @Arg('date', () => LocalDate) date: string,
    @Ctx() ctx: ChpContext,
  ): Promise<boolean> {
    return mutate(ctx, 'removeClosureDay', async (tx) => {
      const organisationId = tx.viewer.organisationId;
      const result = await tx.em.getRepository(ClosureDay).delete({ organisationId, date });
      if (!result.affected) throw notFound('Closure day');
      await rebuildWorkingDays(tx.em, organisationId);
      await refreshProjections(tx.em, organisationId, date);
      await tx.audit({
        organisationId,
        entity: 'closure_day',
        entityId: date,
        changes: { removed: true },
      });
      return true;
    });
  }

  @FieldResolver(() => Organisation, { nullable: true })
  parent(@Root() organisation: Organisation, @Ctx() ctx: ChpContext) {
    return organisation.parentId ? ctx.loaders.organisation.load(organisation.parentId) : null;
  }
}
