import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ChpContext } from '../../core/context';
import { requireViewer } from '../../core/auth-checker';
import { notFound } from '../../core/errors';
import { ADMINISTRATORS } from '../../core/role';
import { Organisation } from './organisation.entity';
import { OrganisationSettingsInput } from './organisation.inputs';
import { organisationById } from './organisation.loaders';
import { updateOrganisationSettings } from './organisation-settings.service';
import { OrganisationGroup } from './organisation-group.entity';
import { organisationGroupById } from './organisation-group.loaders';

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
  @Mutation(() => Organisation, {
    description:
      'Changes your organisation’s settings (administrators); a field left out keeps its value',
  })
  async updateOrganisationSettings(
    @Arg('settings', () => OrganisationSettingsInput) settings: OrganisationSettingsInput,
    @Ctx() ctx: ChpContext,
  ): Promise<Organisation> {
    return updateOrganisationSettings(ctx, settings);
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
