import type { GraphQLError } from 'graphql';
import { badInput, conflict, ruleText } from '../../core/errors';

/**
 * The rules the single sign-on settings raise, by code (architecture.md, the module template).
 * The switch is exhaustive, so a new code does not compile until it is mapped here.
 */
export type SsoSettingsRule =
  'SSO_CLIENT_SECRET_REQUIRED' | 'SSO_DOMAIN_TAKEN' | 'issuerUrl' | 'emailDomain';

export function ssoError(rule: SsoSettingsRule, detail?: string): GraphQLError {
  switch (rule) {
    case 'SSO_CLIENT_SECRET_REQUIRED':
      return badInput('clientSecret', 'SSO_CLIENT_SECRET_REQUIRED', ruleText(rule, detail));
    case 'SSO_DOMAIN_TAKEN':
      return conflict('SSO_DOMAIN_TAKEN', ruleText(rule, detail));
    case 'issuerUrl':
      return badInput('issuerUrl', 'issuerUrl', ruleText(rule, detail));
    case 'emailDomain':
      return badInput('allowedDomains', 'emailDomain', ruleText(rule, detail));
  }
}

/**
 * Why a sign-in through the directory was refused: the sign-in page shows the message of the
 * code (@chp/domain ruleMessages). None says whether an account exists before the directory has
 * proved who is signing in.
 */
export type SsoRefusal =
  | 'SSO_NOT_SET_UP'
  | 'SSO_DOMAIN_NOT_ALLOWED'
  | 'SSO_EMAIL_NOT_VERIFIED'
  | 'SSO_NO_ROLE'
  | 'SSO_PERSON_DEACTIVATED'
  | 'SSO_REFUSED'
  | 'SSO_TOKEN_REFUSED'
  | 'SSO_ATTEMPT_EXPIRED'
  | 'SSO_PROVIDER_UNAVAILABLE';

/** A refusal on its way to the sign-in page; `reason` is for the log only (no personal data). */
export class SsoRefused extends Error {
  constructor(
    readonly refusal: SsoRefusal,
    readonly reason: string,
  ) {
    super(`${refusal}: ${reason}`);
  }
}
