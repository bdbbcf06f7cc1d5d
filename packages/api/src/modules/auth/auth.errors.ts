import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { badInput, ruleText } from '../../core/errors';

/**
 * Every rule the auth module raises, by code, and how it reaches a GraphQL client: CONFLICT
 * (with `rule`), BAD_USER_INPUT (with `field` and `rule`) or FORBIDDEN. The message is the
 * domain's for the rule sent (ruleText: @chp/domain's ruleMessage), the raiser adding only its
 * specifics (`detail`: dates, names); a FORBIDDEN gives the raiser's message; the switch is exhaustive, so a new code does not compile until it is mapped here.
 */
export type AuthRule =
  'EMAIL_MAX_LENGTH' | 'LINK_UNKNOWN' | 'LINK_USED' | 'LINK_EXPIRED' | 'PERSON_ACTIVE';

export function authError(rule: AuthRule, detail?: string): GraphQLError {
  switch (rule) {
    case 'EMAIL_MAX_LENGTH':
      return badInput('email', 'maxLength', ruleText('maxLength', detail, { field: 'email' }));
    case 'LINK_UNKNOWN':
    case 'LINK_USED':
    case 'LINK_EXPIRED':
      return badInput('token', rule, ruleText(rule, detail));
    case 'PERSON_ACTIVE':
      return badInput('personId', 'active', ruleText('active', detail, { field: 'personId' }));
  }
}

/**
 * Too many failed sign-ins for this account or address (docs/procedure.md, Accounts): HTTP 429
 * with Retry-After, `extensions.rule` SIGN_IN_THROTTLED, and the wait in seconds (`retryAfter`)
 * and whole minutes (`waitMinutes`, as the message says it).
 */
export function signInThrottled(waitMs: number): GraphQLError {
  const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
  const waitMinutes = Math.max(1, Math.ceil(waitMs / 60_000));
  return new GraphQLError(ruleText('SIGN_IN_THROTTLED', undefined, { waitMinutes }), {
    extensions: {
      code: 'RATE_LIMITED',
      rule: 'SIGN_IN_THROTTLED',
      retryAfter,
      waitMinutes,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfter)]]) },
    },
  });
}

/** Every password-hashing thread is busy and its queue full: HTTP 503 with Retry-After. */
export function passwordCheckBusy(retryAfter: number): GraphQLError {
  return new GraphQLError('Signing in is busy just now. Please try again in a few seconds.', {
    extensions: {
      code: 'SERVICE_UNAVAILABLE',
      retryAfter,
      http: { status: 503, headers: new HeaderMap([['retry-after', String(retryAfter)]]) },
    },
  });
}
