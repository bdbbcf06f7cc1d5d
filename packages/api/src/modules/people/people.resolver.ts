import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Brackets } from 'typeorm';
import type { ChpContext } from '../../core/context';
import { PageArgs } from '../../core/pagination';
import { notFound } from '../../core/errors';
import { checkVersion, lockInScope, mutate } from '../../core/mutation';
import { requireViewer } from '../../core/auth-checker';
import { hashPassword } from './password';
import { Person } from './person.entity';
import { ServiceArea } from './service-area.entity';
import { ADMINISTRATORS } from '../../core/role';
import { NewPersonInput, PeopleFilter, PersonChangesInput } from './people.inputs';
import {
  assertKeepsAnAdministrator,
  assertServiceAreaInOrganisation,
  createPerson,
  endSessionsOf,
} from './people.service';
import { assertAcceptablePassword } from './password-policy';
import { personById, serviceAreaById } from './people.loaders';

@ObjectType()
class PersonPage {
  @Field(() => [Person]) items!: Person[];
  @Field(() => Int) totalCount!: number;
}

@Resolver(() => Person)
export class PeopleResolver {
  @Authorized()
  @Query(() => PersonPage, {
    description: 'Staff of the organisations you can see (e.g. to choose an action owner)',
  })
  async people(
    @Args(() => PeopleFilter) filter: PeopleFilter,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<PersonPage> {
    const viewer = requireViewer(ctx);
    const q = ctx.dataSource
      .getRepository(Person)
      .createQueryBuilder('p')
      .where('p.organisation_id IN (:...orgs)', { orgs: viewer.organisationIds });
    if (filter.role) q.andWhere('p.role = :role', { role: filter.role });
    if (filter.serviceAreaId)
      q.andWhere('p.service_area_id = :area', { area: filter.serviceAreaId });
    if (filter.search) {
      const like = `%${filter.search.replace(/[\\%_]/g, '\\$&')}%`;
      q.andWhere(
        new Brackets((b) =>
          b.where('p.name ILIKE :like', { like }).orWhere('p.email ILIKE :like', { like }),
        ),
      );
    }
    const [items, totalCount] = await q
      .orderBy('p.name')
      .addOrderBy('p.id')
      .skip(page.offset)
      .take(page.limit)
      .getManyAndCount();
    return { items, totalCount };
  }

  @Authorized()
  @Query(() => Person)
  async person(@Arg('id', () => ID) id: string, @Ctx() ctx: ChpContext): Promise<Person> {
    const person = await ctx.loaders
      .get(personById)
      .load(id)
      .catch(() => null);
    if (!person) throw notFound('Person');
    return person;
  }

  @Authorized(ADMINISTRATORS)
  @Mutation(() => Person)
  async createPerson(
    @Arg('input', () => NewPersonInput) input: NewPersonInput,
    @Ctx() ctx: ChpContext,
  ): Promise<Person> {
    const viewer = requireViewer(ctx);
    await assertServiceAreaInOrganisation(ctx, viewer.organisationId, input.serviceAreaId);
    if (input.password) assertAcceptablePassword(input.password, input);
    const id = await mutate(ctx, 'createPerson', async (tx) => {
      const personId = await createPerson(tx.em, {
        ...input,
        organisationId: viewer.organisationId,
      });
      await tx.audit({
        organisationId: viewer.organisationId,
        entity: 'person',
        entityId: personId,
        changes: {
          email: input.email,
          name: input.name,
          role: input.role,
          serviceAreaId: input.serviceAreaId ?? null,
        },
      });
      return personId;
    });
    return await ctx.dataSource.getRepository(Person).findOneByOrFail({ id });
  }

  @Authorized(ADMINISTRATORS)
  @Mutation(() => Person)
  async updatePerson(
    @Arg('id', () => ID) id: string,
    @Arg('changes', () => PersonChangesInput) changes: PersonChangesInput,
    @Ctx() ctx: ChpContext,
  ): Promise<Person> {
    return mutate(ctx, 'updatePerson', async (tx) => {
      const person = await lockInScope(tx, Person, 'Person', id);
      checkVersion('Person', person, changes.version);
      await assertServiceAreaInOrganisation(ctx, person.organisationId, changes.serviceAreaId);
      if (changes.active === false || (changes.role && changes.role !== person.role)) {
        await assertKeepsAnAdministrator(tx.em, person.organisationId, {
          id: person.id,
          role: changes.role,
          active: changes.active,
        });
      }
      const { version: _v, password, ...fields } = changes;
      const set: Partial<Person> = Object.fromEntries(
        Object.entries(fields).filter(([, v]) => v !== undefined),
      );
      if (password) {
        assertAcceptablePassword(password, { name: set.name ?? person.name, email: person.email });
        set.passwordHash = await hashPassword(password);
      }
      Object.assign(person, set, { version: person.version + 1, updatedAt: tx.now });
      await tx.em.getRepository(Person).save(person);
      // A password reset or a deactivation ends every session of that person.
      if (password || changes.active === false) await endSessionsOf(tx.em, person.id, tx.now);
      await tx.audit({
        organisationId: person.organisationId,
        entity: 'person',
        entityId: person.id,
        changes: { ...fields, ...(password ? { password: 'changed' } : {}) },
      });
      return person;
    });
  }

  @Authorized(ADMINISTRATORS)
  @Mutation(() => Int, {
    description:
      'Ends every open session of a member of staff (a lost laptop, a shared screen): they must sign in again. Answers how many sessions ended.',
  })
  async endSessions(
    @Arg('personId', () => ID) personId: string,
    @Ctx() ctx: ChpContext,
  ): Promise<number> {
    return mutate(ctx, 'endSessions', async (tx) => {
      const person = await lockInScope(tx, Person, 'Person', personId);
      const ended = await endSessionsOf(tx.em, person.id, tx.now);
      await tx.audit({
        organisationId: person.organisationId,
        entity: 'person',
        entityId: person.id,
        changes: { sessionsEnded: ended },
      });
      return ended;
    });
  }

  @FieldResolver(() => ServiceArea, { nullable: true })
  serviceArea(@Root() person: Person, @Ctx() ctx: ChpContext): Promise<ServiceArea | null> | null {
    return person.serviceAreaId
      ? ctx.loaders.get(serviceAreaById).load(person.serviceAreaId)
      : null;
  }
}
