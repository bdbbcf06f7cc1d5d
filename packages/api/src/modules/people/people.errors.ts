import type { GraphQLError } from 'graphql';
import { badInput, conflict } from '../../core/errors';

/**
 * Every rule the people module raises, by code, and how it reaches a GraphQL client: CONFLICT
 * (with `rule`), BAD_USER_INPUT (with `field` and `rule`) or FORBIDDEN. The raiser gives the
 * message; the switch is exhaustive, so a new code does not compile until it is mapped here.
 */
export type PeopleRule =
  | 'EMAIL_TAKEN'
  | 'NAME_LENGTH'
  | 'ROLE_NOT_OWN_ADMIN'
  | 'SERVICE_AREA_ID_EXISTS'
  | 'SERVICE_AREA_NAME_TAKEN';

export function peopleError(rule: PeopleRule, message: string): GraphQLError {
  switch (rule) {
    case 'NAME_LENGTH':
      return badInput('name', 'length', message);
    case 'ROLE_NOT_OWN_ADMIN':
      return badInput('role', 'notOwnAdmin', message);
    case 'SERVICE_AREA_ID_EXISTS':
      return badInput('serviceAreaId', 'exists', message);
    case 'EMAIL_TAKEN':
      return conflict('EMAIL_TAKEN', message);
    case 'SERVICE_AREA_NAME_TAKEN':
      return conflict('SERVICE_AREA_NAME_TAKEN', message);
  }
}
