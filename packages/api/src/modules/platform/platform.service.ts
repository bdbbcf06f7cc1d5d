import { randomUUID } from 'node:crypto';
import type { ChpContext } from '../../core/context';
import { requireViewer } from '../../core/auth-checker';
import { notFound } from '../../core/errors';
import { isUuid, mutate } from '../../core/mutation';
import { Role } from '../../core/role';
import { createOrganisation, Organisation, OrganisationGroup, slugTaken } from '../organisations';
import { createPerson, Person } from '../people';
import { writePasswordLink } from '../auth';
import type { NewOrganisationGroupInput, NewOrganisationInput } from './platform.inputs';
import { platformError } from './platform.errors';
import type { CreatedOrganisation } from './platform.types';

/** FORBIDDEN unless the viewer is the platform administrator (README, Platform administrator). */
export function requirePlatformAdmin(ctx: ChpContext): void {
  if (!requireViewer(ctx).platformAdmin) throw platformError('NOT_PLATFORM_ADMIN');
}

/**
 * A new organisation with the sector's defaults, the default root causes and its working-day
 * calendar, its first administrator (no password yet) and their single-use invitation link.
 * Audited in the new organisation.
 */
export function createOrganisationWithAdministrator(
  ctx: ChpContext,
  input: NewOrganisationInput,
): Promise<CreatedOrganisation> {
  requirePlatformAdmin(ctx);
  return mutate(ctx, 'createOrganisation', async (tx) => {
    if (input.groupId != null) {
      const group = isUuid(input.groupId)
        ? await tx.em.getRepository(OrganisationGroup).findOneBy({ id: input.groupId })
        : null;
      if (!group) throw notFound('Group');
    }
    if (await slugTaken(tx.em, input.slug)) throw platformError('SLUG_TAKEN');
    const organisationId = await createOrganisation(tx.em, {
      name: input.name.trim(),
      slug: input.slug,
      sector: input.sector,
      groupId: input.groupId ?? null,
    });
    const personId = await createPerson(tx.em, {
      organisationId,
      email: input.administratorEmail,
      name: input.administratorName.trim(),
      role: Role.admin,
    });
    const administrator = await tx.em.getRepository(Person).findOneByOrFail({ id: personId });
    await tx.audit({
      organisationId,
      entity: 'organisation',
      entityId: organisationId,
      changes: {
        name: input.name,
        slug: input.slug,
        sector: input.sector,
        groupId: input.groupId ?? null,
        administrator: input.administratorEmail,
      },
    });
    const link = await writePasswordLink(tx, administrator);
    return {
      organisation: await tx.em.getRepository(Organisation).findOneByOrFail({ id: organisationId }),
      administrator,
      passwordLinkPath: link.path,
      passwordLinkExpiresAt: link.expiresAt,
    };
  });
}

/** A new, empty group. Audited in the platform administrator's own organisation. */
export function createOrganisationGroup(
  ctx: ChpContext,
  input: NewOrganisationGroupInput,
): Promise<OrganisationGroup> {
  requirePlatformAdmin(ctx);
  return mutate(ctx, 'createOrganisationGroup', async (tx) => {
    if (await slugTaken(tx.em, input.slug)) throw platformError('SLUG_TAKEN');
    const group = tx.em.getRepository(OrganisationGroup).create({
      id: randomUUID(),
      name: input.name.trim(),
      slug: input.slug,
      createdAt: tx.now,
    });
    await tx.em.getRepository(OrganisationGroup).insert(group);
    await tx.audit({
      organisationId: tx.viewer.organisationId,
      entity: 'organisation_group',
      entityId: group.id,
      changes: { name: group.name, slug: group.slug },
    });
    return group;
  });
}

/**
 * Puts an organisation in a group, moves it to another, or (groupId null) takes it out. Its
 * people with group access then read the new group's figures. Audited in the organisation.
 */
export function setOrganisationGroup(
  ctx: ChpContext,
  organisationId: string,
  groupId: string | null,
): Promise<Organisation> {
  requirePlatformAdmin(ctx);
  return mutate(ctx, 'setOrganisationGroup', async (tx) => {
    // the platform administrator acts on every organisation: the one place a write is not
    // limited to the viewer's own (requirePlatformAdmin above)
    const organisation = isUuid(organisationId)
      ? await tx.em.getRepository(Organisation).findOne({
          where: { id: organisationId },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    if (!organisation) throw notFound('Organisation');
    if (groupId != null) {
      const group = isUuid(groupId)
        ? await tx.em.getRepository(OrganisationGroup).findOneBy({ id: groupId })
        : null;
      if (!group) throw notFound('Group');
    }
    const before = organisation.groupId;
    organisation.groupId = groupId;
    organisation.version += 1;
    organisation.updatedAt = tx.now;
    await tx.em.getRepository(Organisation).save(organisation);
    await tx.audit({
      organisationId: organisation.id,
      entity: 'organisation',
      entityId: organisation.id,
      changes: { groupId: { from: before, to: groupId } },
    });
    return organisation;
  });
}
