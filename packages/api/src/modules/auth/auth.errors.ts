import type { GraphQLError } from 'graphql';
import { badInput, ruleText } from '../../core/errors';

/**
 * Every rule the auth module raises, by code, and how it reaches a GraphQL client: CONFLICT
 * (with `rule`), BAD_USER_INPUT (with `field` and `rule`) or FORBIDDEN. The message is the
 * domain's for the rule sent (ruleText: @chp/domain's ruleMessage), the raiser adding only its
 * specifics (`detail`: dates, names); a FORBIDDEN gives the raiser's message; the switch is exhaustive, so a new code does not compile until it is mapped here.
 */
export type AuthRule = 'EMAIL_MAX_LENGTH';

export function authError(rule: AuthRule, detail?: string): GraphQLError {
  switch (rule) {
    case 'EMAIL_MAX_LENGTH':
      return badInput('email', 'maxLength', ruleText('maxLength', detail, { field: 'email' }));
  }
}
