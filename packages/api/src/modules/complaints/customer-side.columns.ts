import { checkCustomerSide, checkSurveyConsent, type CustomerSide } from '@chp/domain';
import { withDomainRules } from '../../core/domain-errors';
import type { RepresentativeInput, SupportNeedsInput } from './customer-side.inputs';
import type { CustomerInput } from './intake.inputs';

/** The customer's own details (not the representative or the support needs). */
export const OWN_DETAILS = [
  'name',
  'email',
  'phone',
  'address',
  'postcode',
  'preferredContact',
] as const;

/** The representative's and support needs' fields, as the customer row stores them (camelCase). */
export const SIDE_FIELDS = [
  'representativeName',
  'representativeRelationship',
  'representativeEmail',
  'representativePhone',
  'representativeAddress',
  'consentGivenOn',
  'consentScope',
  'consentNote',
  'supportFormats',
  'interpreterLanguage',
  'bsl',
  'supportContact',
  'supportOther',
  // the satisfaction survey (docs/procedure.md, Satisfaction survey)
  'surveyConsent',
] as const;
export type SideField = (typeof SIDE_FIELDS)[number];

/** The SQL column of a customer field (camelCase to snake_case). */
export const customerColumn = (field: string): string =>
  field.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`);

const text = (v: string | null | undefined): string | null => v?.trim() || null;

/** The representative's fields as stored; every one null (or empty) when `r` is null. */
export function representativeColumns(r: RepresentativeInput | null): Record<SideField, unknown> {
  return {
    representativeName: text(r?.name),
    representativeRelationship: text(r?.relationship),
    representativeEmail: text(r?.email),
    representativePhone: text(r?.phone),
    representativeAddress: text(r?.address),
    consentGivenOn: r?.consent?.givenOn ?? null,
    consentScope: r?.consent ? [...r.consent.scope].sort() : [],
    consentNote: text(r?.consent?.note),
  } as Record<SideField, unknown>;
}

/** The support needs as stored; none when `n` is null. */
export function supportColumns(n: SupportNeedsInput | null): Record<SideField, unknown> {
  return {
    supportFormats: n ? [...n.formats].sort() : [],
    interpreterLanguage: text(n?.interpreterLanguage),
    bsl: n?.bsl ?? false,
    supportContact: text(n?.namedContact),
    supportOther: text(n?.other),
  } as Record<SideField, unknown>;
}

/** The customer's agreement to the satisfaction survey as stored; no by default. */
export function surveyColumns(
  surveyConsent: boolean | null | undefined,
): Record<SideField, unknown> {
  return { surveyConsent: surveyConsent ?? false } as Record<SideField, unknown>;
}

/** The customer's side as @chp/domain checks it, from stored (flattened) values. */
export function sideFromColumns(
  anonymous: boolean,
  own: Record<string, unknown>,
  side: Record<string, unknown>,
): CustomerSide {
  const scope = (side['consentScope'] as string[] | undefined) ?? [];
  const consentGiven =
    side['consentGivenOn'] != null || scope.length > 0 || side['consentNote'] != null;
  return {
    anonymous,
    customerDetailsGiven: OWN_DETAILS.some((f) => own[f] != null),
    representative:
      side['representativeName'] != null
        ? {
            name: side['representativeName'] as string,
            consent: consentGiven
              ? {
                  givenOn: (side['consentGivenOn'] as string | null) ?? null,
                  scope: scope as never,
                }
              : null,
          }
        : null,
    supportNeeds: {
      formats: ((side['supportFormats'] as string[] | undefined) ?? []) as never,
      bsl: side['bsl'] === true,
      interpreterLanguage: (side['interpreterLanguage'] as string | null) ?? null,
      namedContact: (side['supportContact'] as string | null) ?? null,
      other: (side['supportOther'] as string | null) ?? null,
    },
  };
}

/** Checks the customer's side of a new complaint (§11; Part 1 §15–17) on `today`. */
export function checkRecordedSide(
  anonymous: boolean,
  customer: CustomerInput | null | undefined,
  today: string,
): void {
  const own = Object.fromEntries(OWN_DETAILS.map((f) => [f, customer?.[f] ?? null]));
  const side = {
    ...representativeColumns(customer?.representative ?? null),
    ...supportColumns(customer?.supportNeeds ?? null),
  };
  withDomainRules(() => checkCustomerSide(sideFromColumns(anonymous, own, side), today));
  withDomainRules(() =>
    checkSurveyConsent({
      anonymous,
      surveyConsent: customer?.surveyConsent === true,
      email: customer?.email,
    }),
  );
}
