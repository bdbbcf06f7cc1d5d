import { Args, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { ChpContext } from '../../core/context';
import { requireViewer } from '../../core/auth-checker';
import { PageArgs } from '../../core/pagination';
import { AUDIT_READERS } from '../../core/role';
import { AuditLog } from './audit-log.entity';
import { AUDIT_CSV_MAX_ROWS, auditCsv } from './audit-csv';
import { AuditFilter } from './audit.inputs';
import { auditChoices, auditPage } from './audit.queries';

@ObjectType()
class AuditPage {
  @Field(() => [AuditLog]) items!: AuditLog[];
  @Field(() => Int) totalCount!: number;
}

@ObjectType()
class AuditActor {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
}

@ObjectType({ description: "The audit log filter's choices: who and what appear in the log" })
class AuditChoices {
  @Field(() => [AuditActor]) actors!: AuditActor[];
  @Field(() => [String]) entities!: string[];
  @Field(() => [String]) operations!: string[];
}

@ObjectType({ description: 'The filtered audit log as a CSV file' })
class AuditCsvFile {
  @Field(() => String) filename!: string;
  @Field(() => String, { description: 'RFC 4180 CSV, header first' }) content!: string;
  @Field(() => Int) rowCount!: number;
  @Field(() => Boolean, {
    description: `True when the filter matched more rows than one file holds (${AUDIT_CSV_MAX_ROWS}): narrow it`,
  })
  truncated!: boolean;
}

@Resolver()
export class AuditResolver {
  @Authorized(AUDIT_READERS)
  @Query(() => AuditPage, {
    description:
      'Every write, newest first: who, when, which operation, what changed; filtered by who, what and when',
  })
  async auditLog(
    @Args(() => AuditFilter) filter: AuditFilter,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<AuditPage> {
    const viewer = requireViewer(ctx);
    return auditPage(
      ctx.dataSource.manager,
      viewer.organisationIds,
      filter,
      page.offset,
      page.limit,
    );
  }

  @Authorized(AUDIT_READERS)
  @Query(() => AuditChoices, {
    description: "Who and what appear in the audit log (its filter's choices)",
  })
  auditChoices(@Ctx() ctx: ChpContext): Promise<AuditChoices> {
    return auditChoices(ctx.dataSource.manager, requireViewer(ctx).organisationIds);
  }

  @Authorized(AUDIT_READERS)
  @Query(() => AuditCsvFile, {
    description: `The filtered audit log as CSV, newest first (at most ${AUDIT_CSV_MAX_ROWS} rows). Values are given only for records that hold no personal data`,
  })
  async auditLogCsv(
    @Args(() => AuditFilter) filter: AuditFilter,
    @Ctx() ctx: ChpContext,
  ): Promise<AuditCsvFile> {
    const viewer = requireViewer(ctx);
    const { items, totalCount } = await auditPage(
      ctx.dataSource.manager,
      viewer.organisationIds,
      filter,
      0,
      AUDIT_CSV_MAX_ROWS,
    );
    const day = ctx.today;
    return {
      filename: `audit-log-${day}.csv`,
      content: auditCsv(items),
      rowCount: items.length,
      truncated: totalCount > items.length,
    };
  }
}
