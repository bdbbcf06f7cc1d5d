import {
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  Int,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { ChpContext } from '../../core/context';
import { requireViewer } from '../../core/auth-checker';
import { PageArgs } from '../../core/pagination';
import { AUDIT_READERS } from '../../core/role';
import { AuditLog } from './audit-log.entity';

@ArgsType()
class AuditFilter {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40) entity?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  entityId?: string;
}

@ObjectType()
class AuditPage {
  @Field(() => [AuditLog]) items!: AuditLog[];
  @Field(() => Int) totalCount!: number;
}

@Resolver()
export class AuditResolver {
  @Authorized(AUDIT_READERS)
  @Query(() => AuditPage, {
    description: 'Every write, newest first: who, when, which operation, what changed',
  })
  async auditLog(
    @Args(() => AuditFilter) filter: AuditFilter,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<AuditPage> {
    const viewer = requireViewer(ctx);
    const q = ctx.dataSource
      .getRepository(AuditLog)
      .createQueryBuilder('a')
      .where('a.organisation_id IN (:...orgs)', { orgs: viewer.organisationIds });
    if (filter.entity) q.andWhere('a.entity = :entity', { entity: filter.entity });
    if (filter.entityId) q.andWhere('a.entity_id = :entityId', { entityId: filter.entityId });
    const [items, totalCount] = await q
      .orderBy('a.at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .skip(page.offset)
      .take(page.limit)
      .getManyAndCount();
    return { items, totalCount };
  }
}
