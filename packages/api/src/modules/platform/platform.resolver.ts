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
import { CreatedOrganisation, PlatformPerson } from './platform.types';
import { groupAccessHolders, platformPersonByEmail, setGroupAccess } from './group-access.service';

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

  @Authorized()
  @Query(() => [PlatformPerson], {
    description:
      'Platform administrator: everyone with group access in an organisation that is in a group, by organisation',
  })
  groupAccessHolders(@Ctx() ctx: ChpContext): Promise<PlatformPerson[]> {
    return groupAccessHolders(ctx);
  }

  @Authorized()
  @Query(() => PlatformPerson, {
    nullable: true,
    description:
      'Platform administrator: the member of staff who signs in with this e-mail, if any',
  })
  platformPersonByEmail(
    @Arg('email', () => String) email: string,
    @Ctx() ctx: ChpContext,
  ): Promise<PlatformPerson | null> {
    return platformPersonByEmail(ctx, email);
  }

  @Authorized()
  @Mutation(() => PlatformPerson, {
    description:
      "Platform administrator: grants or removes a person's group access (reading the figures of their organisation's group); granting needs the organisation to be in a group",
  })
  setGroupAccess(
    @Arg('personId', () => ID) personId: string,
    @Arg('groupAccess', () => Boolean) groupAccess: boolean,
    @Ctx() ctx: ChpContext,
  ): Promise<PlatformPerson> {
    return setGroupAccess(ctx, personId, groupAccess);
  }
}
