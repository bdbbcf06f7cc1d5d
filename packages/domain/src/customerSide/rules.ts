import { ChpRuleError } from '../errors';
import { handlesComplaints, type Role } from '../roles';
import type { IsoDate } from '../types';
import type {
  CustomerSide,
  PreferredContactMethod,
  Representative,
  StageOneResponders,
  SupportNeeds,
} from './types';

/** True when at least one support need or adjustment is recorded. */
export function hasSupportNeeds(needs: SupportNeeds | null | undefined): boolean {
  if (!needs) return false;
  return (
    needs.formats.length > 0 ||
    needs.bsl ||
    Boolean(needs.interpreterLanguage?.trim()) ||
    Boolean(needs.namedContact?.trim()) ||
    Boolean(needs.other?.trim())
  );
}

/**
 * Checks the customer's side as recorded on `today`:
 * - §11: anonymity is a choice made at recording; an anonymous complaint has nobody to contact,
 *   so it carries no customer details, no representative and no support needs;
 * - Part 1 §15–17: consent is recorded with the date it was given (not after today) and what it
 *   covers; a representative may be recorded before consent arrives, but nothing is shared with
 *   them until it does (see {@link maySharePersonalInformation}).
 */
export function checkCustomerSide(side: CustomerSide, today: IsoDate): void {
  if (side.anonymous) {
    if (side.customerDetailsGiven)
      throw new ChpRuleError(
        'ANONYMOUS_WITH_DETAILS',
        'an anonymous complaint carries no customer details (§11)',
      );
    if (side.representative)
      throw new ChpRuleError(
        'ANONYMOUS_WITH_REPRESENTATIVE',
        'an anonymous complaint has no representative (§11)',
      );
    if (hasSupportNeeds(side.supportNeeds))
      throw new ChpRuleError(
        'ANONYMOUS_WITH_SUPPORT_NEEDS',
        'an anonymous complaint records no support needs (§11)',
      );
  }
  const consent = side.representative?.consent;
  if (consent) {
    if (consent.givenOn === null || consent.scope.length === 0)
      throw new ChpRuleError(
        'CONSENT_INCOMPLETE',
        'consent needs the date it was given and what it covers (Part 1 §15–17)',
      );
    if (consent.givenOn > today)
      throw new ChpRuleError('CONSENT_IN_FUTURE', `consent given after today (${today})`, {
        today,
      });
  }
}

/**
 * Part 1 §15–17: the customer's personal information (the complaint's details, progress and
 * responses) is shared with a representative only once the customer's consent is recorded as
 * given on or before `on`, and it covers sharing information or receiving the response.
 */
export function maySharePersonalInformation(
  representative: Representative | null | undefined,
  on: IsoDate,
): boolean {
  const consent = representative?.consent;
  if (!consent || consent.givenOn === null || consent.givenOn > on) return false;
  return consent.scope.includes('share_information') || consent.scope.includes('receive_response');
}

/** Who the responses are addressed to. */
export type Correspondent = 'customer' | 'representative' | 'nobody';

/**
 * Who letters go to on `on`: the representative when the customer's consent covers receiving the
 * response (Part 1 §15–17), nobody for an anonymous complaint (§11), otherwise the customer.
 */
export function correspondent(
  side: { anonymous: boolean; representative: Representative | null | undefined },
  on: IsoDate,
): Correspondent {
  if (side.anonymous) return 'nobody';
  const consent = side.representative?.consent;
  if (
    consent &&
    consent.givenOn !== null &&
    consent.givenOn <= on &&
    consent.scope.includes('receive_response')
  )
    return 'representative';
  return 'customer';
}

/** How a response is communicated by default (§41, §65): the preferred method, else a letter. */
export type CommunicationMethod = 'email' | 'phone' | 'letter' | 'face_to_face';

export function defaultCommunicationMethod(
  preferred: PreferredContactMethod | null | undefined,
): CommunicationMethod {
  switch (preferred) {
    case 'email':
      return 'email';
    case 'phone':
      return 'phone';
    case 'in_person':
      return 'face_to_face';
    default:
      return 'letter';
  }
}

/**
 * §21: any member of staff may respond at stage 1, including the person complained about. The
 * organisation decides: handlers and managers only (the default), or any member of staff with a
 * sign-in. Stage 2 is closed by handlers and managers only (§65 adds the manager's sign-off).
 */
export function mayCloseStage(role: Role, stage: 1 | 2, responders: StageOneResponders): boolean {
  if (handlesComplaints(role)) return true;
  return stage === 1 && responders === 'any_staff';
}

/** {@link mayCloseStage}, throwing CLOSER_NOT_ALLOWED. */
export function assertMayCloseStage(
  role: Role,
  stage: 1 | 2,
  responders: StageOneResponders,
): void {
  if (!mayCloseStage(role, stage, responders))
    throw new ChpRuleError(
      'CLOSER_NOT_ALLOWED',
      stage === 1
        ? 'only complaint handlers and managers close stage 1 in this organisation (§21)'
        : 'only complaint handlers and managers close stage 2',
    );
}
