import {
  Arg,
  Authorized,
  Ctx,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  Query,
  Resolver,
} from 'type-graphql';
import { IsBoolean, IsString, Length, Min } from 'class-validator';
import { NotBlank, Omittable } from '../../core/input-rules';
import { randomUUID } from 'node:crypto';
import type { ChpContext } from '../../core/context';
import { requireViewer } from '../../core/auth-checker';
import { checkVersion, lockInScope, mutate } from '../../core/mutation';
import { ADMINISTRATORS } from '../../core/role';
import { ServiceArea } from './service-area.entity';
import { peopleError } from './people.errors';

@InputType()
class ServiceAreaChangesInput {
  @Field(() => Int) @Min(1) version!: number;
  @Field(() => String, { nullable: true })
  @Omittable()
  @IsString()
  @NotBlank()
  @Length(1, 120)
  name?: string;
  @Field(() => Boolean, { nullable: true }) @Omittable() @IsBoolean() active?: boolean;
}

async function assertNameFree(
  ctx: ChpContext,
  organisationId: string,
  name: string,
  exceptId?: string,
) {
  const same = await ctx.dataSource.query<{ id: string }[]>(
    `SELECT id FROM service_area WHERE organisation_id = $1 AND lower(name) = lower($2) AND id IS DISTINCT FROM $3`,
    [organisationId, name, exceptId ?? null],
  );
  if (same.length > 0) throw peopleError('SERVICE_AREA_NAME_TAKEN', `(${name})`);
}

@Resolver(() => ServiceArea)
export class ServiceAreaResolver {
  @Authorized()
  @Query(() => [ServiceArea], {
    description:
      'Service areas of the organisations you can see, including those with no complaints',
  })
  serviceAreas(
    @Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean,
    @Ctx() ctx: ChpContext,
  ): Promise<ServiceArea[]> {
    const viewer = requireViewer(ctx);
    const q = ctx.dataSource
      .getRepository(ServiceArea)
      .createQueryBuilder('s')
      .where('s.organisation_id IN (:...orgs)', { orgs: viewer.organisationIds });
    if (!includeInactive) q.andWhere('s.active');
    return q.orderBy('s.name').getMany();
  }

  @Authorized(ADMINISTRATORS)
  @Mutation(() => ServiceArea)
  async createServiceArea(
    @Arg('name', () => String) name: string,
    @Ctx() ctx: ChpContext,
  ): Promise<ServiceArea> {
    const trimmed = name.trim();
    if (trimmed.length < 1 || trimmed.length > 120) {
      throw peopleError('NAME_LENGTH', 'A service area name has 1 to 120 characters.');
    }
    return mutate(ctx, 'createServiceArea', async (tx) => {
      await assertNameFree(ctx, tx.viewer.organisationId, trimmed);
      const area = tx.em.getRepository(ServiceArea).create({
        organisationId: tx.viewer.organisationId,
        id: randomUUID(),
        name: trimmed,
        active: true,
        version: 1,
        createdAt: tx.now,
      });
      await tx.em.getRepository(ServiceArea).insert(area);
      await tx.audit({
        organisationId: area.organisationId,
        entity: 'service_area',
        entityId: area.id,
        changes: { name: trimmed },
      });
      return area;
    });
  }

  @Authorized(ADMINISTRATORS)
  @Mutation(() => ServiceArea)
  async updateServiceArea(
    @Arg('id', () => ID) id: string,
    @Arg('changes', () => ServiceAreaChangesInput) changes: ServiceAreaChangesInput,
    @Ctx() ctx: ChpContext,
  ): Promise<ServiceArea> {
    return mutate(ctx, 'updateServiceArea', async (tx) => {
      const area = await lockInScope(tx, ServiceArea, 'Service area', id);
      checkVersion('Service area', area, changes.version);
      if (changes.name !== undefined)
        await assertNameFree(ctx, area.organisationId, changes.name, area.id);
      const { version: _v, ...fields } = changes;
      const set = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
      Object.assign(area, set, { version: area.version + 1 });
      await tx.em.getRepository(ServiceArea).save(area);
      await tx.audit({
        organisationId: area.organisationId,
        entity: 'service_area',
        entityId: area.id,
        changes: set,
      });
      return area;
    });
  }
}
