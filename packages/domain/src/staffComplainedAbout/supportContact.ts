import { ChpRuleError } from '../errors';

/** The people a support contact must be apart from (§48). */
export interface SupportContactPeople {
  /** The member of staff complained about, who is supported. */
  staffMemberId: string;
  /** Their support contact. */
  supportContactId: string;
  /** The complaint's handler: the person investigating it. */
  investigatorId: string | null;
  /** Whoever signed off (or asked to sign off) the stage 2 response. */
  signOffIds: readonly string[];
}

/**
 * §48 and the practice note on supporting staff: the contact who supports a member of staff
 * complained about is someone else, and must not be the person investigating or signing off
 * the complaint response.
 *
 * @example
 * assertSupportContactApart({ staffMemberId: 's', supportContactId: 'h', investigatorId: 'h', signOffIds: [] })
 * // throws SUPPORT_CONTACT_INVESTIGATES
 */
export function assertSupportContactApart(
  people: SupportContactPeople,
  field = 'supportContactId',
): void {
  const id = people.supportContactId;
  if (id === people.staffMemberId)
    throw new ChpRuleError('SUPPORT_CONTACT_IS_STAFF_MEMBER', 'a support contact is someone else', {
      field,
    });
  if (id === people.investigatorId)
    throw new ChpRuleError(
      'SUPPORT_CONTACT_INVESTIGATES',
      'the support contact may not be the person investigating the complaint',
      { field },
    );
  if (people.signOffIds.includes(id))
    throw new ChpRuleError(
      'SUPPORT_CONTACT_SIGNS_OFF',
      'the support contact may not be the person signing off the response',
      { field },
    );
}
