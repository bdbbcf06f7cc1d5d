import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ChpContext } from '../../core/context';
import { requireViewer } from '../../core/auth-checker';
import { notFound } from '../../core/errors';
import { checkVersion, mutate } from '../../core/mutation';
import { ADMINISTRATORS } from '../../core/role';
import { Organisation } from './organisation.entity';
import { calendarChanged } from '../calendar';
import { OrganisationSettingsInput } from './organisation.inputs';
import { organisationById } from './organisation.loaders';
import { OrganisationGroup } from './organisation-group.entity';
import { organisationGroupById } from './organisation-group.loaders';
import { organisationError } from './organisation.errors';
import { londonDateTime } from '@chp/domain';

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Authorized()
  @Query(() => Organisation, { description: 'Your own organisation and its settings' })
  async organisation(@Ctx() ctx: ChpContext): Promise<Organisation> {
    const viewer = requireViewer(ctx);
    const organisation = await ctx.loaders.get(organisationById).load(viewer.organisationId);
    if (!organisation) throw notFound('Organisation');
    return organisation;
  }

  @Authorized()
  @Query(() => [Organisation], {
    description:
      "Every organisation whose figures you read (yours, and its group's members if you hold group access)",
  })
  async organisations(@Ctx() ctx: ChpContext): Promise<Organisation[]> {
    const viewer = requireViewer(ctx);
    const all = await ctx.loaders.get(organisationById).loadMany(viewer.figureOrganisationIds);
    return all
      .filter((o): o is Organisation => o instanceof Organisation)
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  @Authorized(ADMINISTRATORS)
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
      const today = londonDateTime(tx.now.toISOString()).date;
      if (settings.earliestRecordDate !== undefined && settings.earliestRecordDate > today)
        throw organisationError('EARLIEST_RECORD_DATE_NOT_IN_FUTURE', `(${today})`);
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
      if (changes.cutOffTime !== undefined) await calendarChanged(tx.em, organisation.id);
      await tx.audit({
        organisationId: organisation.id,
        entity: 'organisation',
        entityId: organisation.id,
        changes,
      });
      return organisation;
    });
  }

  @FieldResolver(() => OrganisationGroup, {
    nullable: true,
    description: 'The group this organisation belongs to, if any',
  })
  group(@Root() organisation: Organisation, @Ctx() ctx: ChpContext) {
    return organisation.groupId
      ? ctx.loaders.get(organisationGroupById).load(organisation.groupId)
      : null;
  }
}
