import type { GraphQLError } from 'graphql';
import { badInput } from '../../core/errors';

/**
 * Every rule the auth module raises, by code, and how it reaches a GraphQL client: CONFLICT
 * (with `rule`), BAD_USER_INPUT (with `field` and `rule`) or FORBIDDEN. The raiser gives the
 * message; the switch is exhaustive, so a new code does not compile until it is mapped here.
 */
export type AuthRule = 'EMAIL_MAX_LENGTH';

export function authError(rule: AuthRule, message: string): GraphQLError {
  switch (rule) {
    case 'EMAIL_MAX_LENGTH':
      return badInput('email', 'maxLength', message);
  }
}
