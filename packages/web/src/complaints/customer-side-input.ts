/**
 * The customer's side on the record-complaint form (docs/procedure.md, The customer's side):
 * anonymous by choice (§11), a representative with the consent given (Part 1 §15–17), support
 * needs (SPSO practice note: accessibility). Pure: its values, its checks and the parts of `RecordComplaintInput` it fills.
 */
import type {
  AccessibleFormat,
  ConsentScope,
  RepresentativeInput,
  SupportNeedsInput,
} from '../generated/graphql';

export const ACCESSIBLE_FORMAT_LABELS: [AccessibleFormat, string][] = [
  ['large_print', 'Large print'],
  ['easy_read', 'Easy read'],
  ['braille', 'Braille'],
  ['audio', 'Audio'],
];

export const CONSENT_SCOPE_LABELS: [ConsentScope, string][] = [
  ['act_on_complaint', 'To act on this complaint'],
  ['share_information', 'To be told about the complaint'],
  ['receive_response', 'To receive the response'],
];

export interface CustomerSideValues {
  anonymous: boolean;
  hasRepresentative: boolean;
  repName: string;
  repRelationship: string;
  repEmail: string;
  repPhone: string;
  consentGiven: boolean;
  consentGivenOn: string;
  consentScope: ConsentScope[];
  consentNote: string;
  formats: AccessibleFormat[];
  interpreterLanguage: string;
  bsl: boolean;
  namedContact: string;
  otherNeed: string;
}

export const blankCustomerSide = (): CustomerSideValues => ({
  anonymous: false,
  hasRepresentative: false,
  repName: '',
  repRelationship: '',
  repEmail: '',
  repPhone: '',
  consentGiven: false,
  consentGivenOn: '',
  consentScope: [],
  consentNote: '',
  formats: [],
  interpreterLanguage: '',
  bsl: false,
  namedContact: '',
  otherNeed: '',
});

/** The form's field names: the API's, so its errors land next to them. */
export const CUSTOMER_SIDE_FIELDS = [
  'anonymous',
  'customer.representative.name',
  'customer.representative.consent.givenOn',
  'customer.representative.consent.scope',
] as const;

/** The form's own checks (the API checks every rule again). */
export function checkCustomerSide(
  v: CustomerSideValues,
  ownDetailsGiven: boolean,
): Record<string, string> {
  const missing: Record<string, string> = {};
  if (v.anonymous && (ownDetailsGiven || v.hasRepresentative))
    missing['anonymous'] =
      'An anonymous complaint has no personal details or representative: untick "anonymous" or remove them.';
  if (!v.anonymous && v.hasRepresentative) {
    if (!v.repName.trim())
      missing['customer.representative.name'] = "Enter the representative's name.";
    if (v.consentGiven && !v.consentGivenOn)
      missing['customer.representative.consent.givenOn'] = 'Enter the date consent was given.';
    if (v.consentGiven && v.consentScope.length === 0)
      missing['customer.representative.consent.scope'] = 'Choose what the consent covers.';
  }
  return missing;
}

const text = (x: string) => (x.trim() !== '' ? x.trim() : undefined);

/** The representative sent, or undefined. */
export function representativeInput(v: CustomerSideValues): RepresentativeInput | undefined {
  if (v.anonymous || !v.hasRepresentative) return undefined;
  return {
    name: v.repName.trim(),
    relationship: text(v.repRelationship),
    email: text(v.repEmail),
    phone: text(v.repPhone),
    consent: v.consentGiven
      ? { givenOn: v.consentGivenOn, scope: v.consentScope, note: text(v.consentNote) }
      : undefined,
  };
}

/** The support needs sent, or undefined when none are given. */
export function supportNeedsInput(v: CustomerSideValues): SupportNeedsInput | undefined {
  if (v.anonymous) return undefined;
  const needs: SupportNeedsInput = {
    formats: v.formats,
    interpreterLanguage: text(v.interpreterLanguage),
    bsl: v.bsl,
    namedContact: text(v.namedContact),
    other: text(v.otherNeed),
  };
  const given =
    v.formats.length > 0 || v.bsl || needs.interpreterLanguage || needs.namedContact || needs.other;
  return given ? needs : undefined;
}

/** Toggles `item` in `list`. */
export const toggled = <T>(list: readonly T[], item: T, on: boolean): T[] =>
  on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);

/** Adds the customer's side to the record-complaint variables. */
export function withCustomerSide<
  T extends { input: { anonymous?: boolean | null; customer?: object | null } },
>(variables: T, v: CustomerSideValues): T {
  const representative = representativeInput(v);
  const supportNeeds = supportNeedsInput(v);
  const extra = {
    ...(representative ? { representative } : {}),
    ...(supportNeeds ? { supportNeeds } : {}),
  };
  const customer =
    variables.input.customer || Object.keys(extra).length > 0
      ? { ...(variables.input.customer ?? {}), ...extra }
      : variables.input.customer;
  return { ...variables, input: { ...variables.input, anonymous: v.anonymous, customer } };
}
