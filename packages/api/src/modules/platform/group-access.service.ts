import type { EntityManager } from 'typeorm';
import type { ChpContext } from '../../core/context';
import { badInput, notFound } from '../../core/errors';
import { isUuid, mutate } from '../../core/mutation';
import { Organisation } from '../organisations';
import { Person } from '../people';
import { platformError } from './platform.errors';
import { requirePlatformAdmin } from './platform.service';
import type { PlatformPerson } from './platform.types';

async function withOrganisation(em: EntityManager, person: Person): Promise<PlatformPerson> {
  const organisation = await em
    .getRepository(Organisation)
    .findOneByOrFail({ id: person.organisationId });
  return { person, organisation };
}

/**
 * Everyone holding group access in an organisation that is in a group, by organisation and
 * name: whose figures reach beyond their own organisation (docs/architecture.md, Organisations
 * and groups).
 */
export async function groupAccessHolders(ctx: ChpContext): Promise<PlatformPerson[]> {
  requirePlatformAdmin(ctx);
  const em = ctx.dataSource.manager;
  const people = await em
    .getRepository(Person)
    .createQueryBuilder('p')
    .innerJoin(Organisation, 'o', 'o.id = p.organisation_id')
    .where('p.group_access AND o.group_id IS NOT NULL')
    .orderBy('o.name')
    .addOrderBy('p.name')
    .getMany();
  return Promise.all(people.map((p) => withOrganisation(em, p)));
}

/** The member of staff who signs in with `email`, in any organisation, or null. */
export async function platformPersonByEmail(
  ctx: ChpContext,
  email: string,
): Promise<PlatformPerson | null> {
  requirePlatformAdmin(ctx);
  if (email.length > 254)
    throw badInput('email', 'maxLength', 'An e-mail address is at most 254 characters');
  const em = ctx.dataSource.manager;
  const person = await em
    .getRepository(Person)
    .createQueryBuilder('p')
    .where('lower(p.email) = lower(:email)', { email: email.trim() })
    .getOne();
  return person ? withOrganisation(em, person) : null;
}

/**
 * Grants or removes a person's group access: reading the figures of every organisation in their
 * organisation's group. Only the platform administrator does this, so an organisation's own
 * administrator cannot open the other members' figures to their staff. Granting needs the
 * organisation to be in a group (NOT_IN_GROUP); removing is always allowed. The person's next
 * request sees the change (the viewer is read with each request). Audited in their organisation.
 */
export function setGroupAccess(
  ctx: ChpContext,
  personId: string,
  groupAccess: boolean,
): Promise<PlatformPerson> {
  requirePlatformAdmin(ctx);
  return mutate(ctx, 'setGroupAccess', async (tx) => {
    // the platform administrator acts on every organisation (requirePlatformAdmin above)
    const person = isUuid(personId)
      ? await tx.em.getRepository(Person).findOne({
          where: { id: personId },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    if (!person) throw notFound('Person');
    const organisation = await tx.em
      .getRepository(Organisation)
      .findOneByOrFail({ id: person.organisationId });
    if (groupAccess && organisation.groupId == null) throw platformError('NOT_IN_GROUP');
    if (person.groupAccess !== groupAccess) {
      const before = person.groupAccess;
      person.groupAccess = groupAccess;
      person.version += 1;
      person.updatedAt = tx.now;
      await tx.em.getRepository(Person).save(person);
      await tx.audit({
        organisationId: person.organisationId,
        entity: 'person',
        entityId: person.id,
        changes: { groupAccess: { from: before, to: groupAccess } },
      });
    }
    return { person, organisation };
  });
}
