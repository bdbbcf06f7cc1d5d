import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { correspondent, londonDateTime, maySharePersonalInformation } from '@chp/domain';
import type { ChpContext } from '../../core/context';
import { SEES_PERSONAL_DATA } from '../../core/role';
import { Complaint } from './complaint.entity';
import { customerById } from './complaint.loaders';
import { Customer } from './customer.entity';
import { Correspondent, Representative, SupportNeeds } from './customer-side.types';
import { supportNeedsOf, supportNeedsOnPage } from './support-needs';

/** The representative as @chp/domain reads it, or null. */
export function representativeOf(c: Customer): Representative | null {
  if (!c.representativeName) return null;
  const consent =
    c.consentGivenOn !== null || c.consentScope.length > 0 || c.consentNote
      ? { givenOn: c.consentGivenOn, scope: c.consentScope, note: c.consentNote }
      : null;
  return {
    name: c.representativeName,
    relationship: c.representativeRelationship,
    email: c.representativeEmail,
    phone: c.representativePhone,
    address: c.representativeAddress,
    consent,
    mayShareInformation: false,
  };
}

const today = (ctx: ChpContext): string => londonDateTime(ctx.clock().toISOString()).date;

/** The customer's representative and support needs: personal data (docs/procedure.md, The customer's side). */
@Resolver(() => Customer)
export class CustomerSideResolver {
  @Authorized(SEES_PERSONAL_DATA)
  @FieldResolver(() => Representative, {
    nullable: true,
    description: 'Someone acting for the customer, with the consent recorded (Part 1 §15–17)',
  })
  representative(@Root() c: Customer, @Ctx() ctx: ChpContext): Representative | null {
    const r = representativeOf(c);
    return r && { ...r, mayShareInformation: maySharePersonalInformation(r, today(ctx)) };
  }

  @Authorized(SEES_PERSONAL_DATA)
  @FieldResolver(() => SupportNeeds, {
    nullable: true,
    description:
      'Support needs and reasonable adjustments (SPSO practice note: accessibility); null when none are recorded',
  })
  supportNeeds(@Root() c: Customer): SupportNeeds | null {
    return supportNeedsOf(c);
  }
}

/** Who letters go to, and the marker for support needs on lists (personal data). */
@Resolver(() => Complaint)
export class ComplaintCustomerSideResolver {
  @Authorized(SEES_PERSONAL_DATA)
  @FieldResolver(() => Correspondent, {
    description:
      'Who the responses are addressed to today: the representative when consent covers receiving the response (Part 1 §15–17), nobody for an anonymous complaint (§11)',
  })
  async correspondent(@Root() c: Complaint, @Ctx() ctx: ChpContext): Promise<Correspondent> {
    const customer = c.customerId ? await ctx.loaders.get(customerById).load(c.customerId) : null;
    return correspondent(
      { anonymous: c.anonymous, representative: customer ? representativeOf(customer) : null },
      today(ctx),
    ) as Correspondent;
  }

  @Authorized(SEES_PERSONAL_DATA)
  @FieldResolver(() => Boolean, {
    description:
      'Support needs or adjustments are recorded for the customer (SPSO practice note: accessibility)',
  })
  hasSupportNeeds(@Root() c: Complaint, @Ctx() ctx: ChpContext): boolean | Promise<boolean> {
    if (!c.customerId) return false;
    const onPage = supportNeedsOnPage(c);
    if (onPage !== undefined) return onPage;
    const has = (customer: Customer | null) =>
      customer ? supportNeedsOf(customer) !== null : false;
    const known = ctx.loaders.known(customerById, c.customerId);
    if (known) return has(known);
    return ctx.loaders.get(customerById).load(c.customerId).then(has);
  }
}
