import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { ChpContext } from '../../core/context';
import { Organisation, OrganisationGroup } from '../organisations';
import { NewOrganisationGroupInput, NewOrganisationInput } from './platform.inputs';
import {
  createOrganisationGroup,
  createOrganisationWithAdministrator,
  requirePlatformAdmin,
  setOrganisationGroup,
} from './platform.service';
import { CreatedOrganisation } from './platform.types';

/** The platform administrator's operations: every organisation and group of the deployment. */
@Resolver()
export class PlatformResolver {
  @Authorized()
  @Query(() => [Organisation], {
    description: 'Platform administrator: every organisation of the deployment, by name',
  })
  async platformOrganisations(@Ctx() ctx: ChpContext): Promise<Organisation[]> {
    requirePlatformAdmin(ctx);
    return ctx.dataSource.getRepository(Organisation).find({ order: { name: 'ASC' } });
  }

  @Authorized()
  @Query(() => [OrganisationGroup], {
    description: 'Platform administrator: every group of organisations, by name',
  })
  async organisationGroups(@Ctx() ctx: ChpContext): Promise<OrganisationGroup[]> {
    requirePlatformAdmin(ctx);
    return ctx.dataSource.getRepository(OrganisationGroup).find({ order: { name: 'ASC' } });
  }

  @Authorized()
  @Mutation(() => CreatedOrganisation, {
    description:
      'Platform administrator: a new organisation with its first administrator, who sets a password with the single-use link returned',
  })
  createOrganisation(
    @Arg('input', () => NewOrganisationInput) input: NewOrganisationInput,
    @Ctx() ctx: ChpContext,
  ): Promise<CreatedOrganisation> {
    return createOrganisationWithAdministrator(ctx, input);
  }

  @Authorized()
  @Mutation(() => OrganisationGroup, { description: 'Platform administrator: a new group' })
  createOrganisationGroup(
    @Arg('input', () => NewOrganisationGroupInput) input: NewOrganisationGroupInput,
    @Ctx() ctx: ChpContext,
  ): Promise<OrganisationGroup> {
    return createOrganisationGroup(ctx, input);
  }

  @Authorized()
  @Mutation(() => Organisation, {
    description:
      'Platform administrator: puts an organisation in a group, or with groupId null takes it out',
  })
  setOrganisationGroup(
    @Arg('organisationId', () => ID) organisationId: string,
    @Arg('groupId', () => ID, { nullable: true }) groupId: string | null,
    @Ctx() ctx: ChpContext,
  ): Promise<Organisation> {
    return setOrganisationGroup(ctx, organisationId, groupId ?? null);
  }
}
