import { hasSupportNeeds } from '@chp/domain';
import type { Customer } from './customer.entity';
import { AccessibleFormat, type SupportNeeds } from './customer-side.types';

/** The customer's properties its support needs are read from (all a register row needs of it). */
export const SUPPORT_NEEDS_COLUMNS = [
  'supportFormats',
  'interpreterLanguage',
  'bsl',
  'supportContact',
  'supportOther',
] as const satisfies readonly (keyof Customer)[];

type SupportNeedsColumns = Pick<Customer, (typeof SUPPORT_NEEDS_COLUMNS)[number]>;

/** The support needs, or null when none are recorded. */
export function supportNeedsOf(c: SupportNeedsColumns): SupportNeeds | null {
  const needs = {
    formats: c.supportFormats,
    largePrint: c.supportFormats.includes(AccessibleFormat.large_print),
    interpreterLanguage: c.interpreterLanguage,
    bsl: c.bsl,
    namedContact: c.supportContact,
    other: c.supportOther,
  };
  return hasSupportNeeds(needs) ? needs : null;
}

/**
 * Whether a register page's complaint has support needs, when the page read only those columns
 * of its customer (complaint.queries.ts): `hasSupportNeeds` answers from here, and the customer's
 * other personal data is never read for a list that does not show it. Marked on the complaint
 * itself (a symbol, unseen by anything that lists its properties); undefined when not noted.
 */
const SUPPORT_NEEDS_ON_PAGE = Symbol('support needs, as the register page read them');
type Noted = object & { [SUPPORT_NEEDS_ON_PAGE]?: boolean };

export function noteSupportNeedsOnPage(complaint: object, has: boolean): void {
  (complaint as Noted)[SUPPORT_NEEDS_ON_PAGE] = has;
}

export const supportNeedsOnPage = (complaint: object): boolean | undefined =>
  (complaint as Noted)[SUPPORT_NEEDS_ON_PAGE];
