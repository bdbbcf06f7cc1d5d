import {
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { ChpContext } from '../../core/context';
import { requireViewer } from '../../core/auth-checker';
import { DateTime } from '../../core/scalars';
import { ADMINISTRATORS, COMPLAINT_READERS, MANAGERS, SEES_PERSONAL_DATA } from '../../core/role';
import { Complaint } from '../complaints';
import { retentionWarnings } from './due-complaints';
import { retentionByComplaint } from './retention.loaders';
import { EraseCustomerArgs, LegalHoldArgs } from './retention.inputs';
import { eraseCustomer, liftLegalHold, runRetentionNow, setLegalHold } from './retention.service';
import { ErasureResult, LegalHold, RetentionDue, RetentionRunResult } from './retention.types';

/** Retention and erasure of personal data (docs/procedure.md, Retention and erasure). */
@Resolver()
export class RetentionResolver {
  @Authorized(MANAGERS)
  @Query(() => [RetentionDue], {
    description:
      'Closed complaints whose personal data is due for anonymisation within a month, or overdue (held ones marked), the earliest first',
  })
  async retentionWarnings(@Ctx() ctx: ChpContext): Promise<RetentionDue[]> {
    const viewer = requireViewer(ctx);
    const rows = await retentionWarnings(
      ctx.dataSource.manager,
      viewer.organisationId,
      ctx.clock(),
    );
    return rows.map((r) => ({ ...r, complaintId: r.id }));
  }

  @Authorized(ADMINISTRATORS)
  @Mutation(() => RetentionRunResult, {
    description:
      'Anonymises now every complaint due under the retention period (not those on legal hold)',
  })
  async runRetentionNow(@Ctx() ctx: ChpContext): Promise<RetentionRunResult> {
    const run = await runRetentionNow(ctx);
    return { anonymised: run.anonymised, heldBack: run.heldBack };
  }

  @Authorized(MANAGERS)
  @Mutation(() => Complaint, {
    description: 'Puts a complaint on legal hold (managers): it is never anonymised while held',
  })
  setLegalHold(@Args(() => LegalHoldArgs) a: LegalHoldArgs, @Ctx() ctx: ChpContext) {
    return setLegalHold(ctx, a.complaintId, a.reason);
  }

  @Authorized(MANAGERS)
  @Mutation(() => Complaint, { description: 'Lifts a legal hold (managers), with a reason' })
  liftLegalHold(@Args(() => LegalHoldArgs) a: LegalHoldArgs, @Ctx() ctx: ChpContext) {
    return liftLegalHold(ctx, a.complaintId, a.reason);
  }

  @Authorized(MANAGERS)
  @Mutation(() => ErasureResult, {
    description:
      'Erases a customer on request (managers): anonymises every complaint of theirs now, except those on legal hold (a legal hold wins)',
  })
  eraseCustomer(@Args(() => EraseCustomerArgs) a: EraseCustomerArgs, @Ctx() ctx: ChpContext) {
    return eraseCustomer(ctx, a.customerId, a.reason);
  }
}

/** A complaint's legal hold and anonymisation, on the complaint. */
@Resolver(() => Complaint)
export class ComplaintRetentionResolver {
  @Authorized(SEES_PERSONAL_DATA)
  @FieldResolver(() => LegalHold, {
    nullable: true,
    description: 'Its legal hold, if any (its reason is free text)',
  })
  async legalHold(@Root() c: Complaint, @Ctx() ctx: ChpContext): Promise<LegalHold | null> {
    const row = await ctx.loaders.get(retentionByComplaint).load(c);
    return row?.holdAt ? { reason: row.holdReason!, at: row.holdAt, setBy: row.holdSetBy } : null;
  }

  @Authorized(COMPLAINT_READERS)
  @FieldResolver(() => DateTime, {
    nullable: true,
    description: 'When its personal data was anonymised (retention or erasure), if it was',
  })
  async anonymisedAt(@Root() c: Complaint, @Ctx() ctx: ChpContext): Promise<Date | null> {
    return (await ctx.loaders.get(retentionByComplaint).load(c))?.anonymisedAt ?? null;
  }
}
