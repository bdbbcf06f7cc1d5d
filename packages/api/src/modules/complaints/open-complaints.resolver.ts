import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { ChpContext } from '../../core/context';
import { requireViewer } from '../../core/auth-checker';
import { COMPLAINT_HANDLERS } from '../../core/role';
import { Complaint } from './complaint.entity';
import { CustomerLookupArgs } from './open-complaints.inputs';
import { OPEN_COMPLAINTS_SHOWN, openComplaintsOfCustomer } from './open-complaints.queries';

@Resolver()
export class OpenComplaintsResolver {
  @Authorized(COMPLAINT_HANDLERS)
  @Query(() => [Complaint], {
    description: `Before recording: the customer's open complaints in your organisation (same e-mail, or same name and postcode), newest first, at most ${OPEN_COMPLAINTS_SHOWN}. A warning only: recording is still allowed.`,
  })
  openComplaintsOfCustomer(
    @Args(() => CustomerLookupArgs) who: CustomerLookupArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<Complaint[]> {
    return openComplaintsOfCustomer(ctx.dataSource.manager, requireViewer(ctx).organisationId, who);
  }
}
