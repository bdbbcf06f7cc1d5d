import type { GraphQLError } from 'graphql';
import { badInput, conflict } from '../../core/errors';

/**
 * Every rule the analytics module raises, by code, and how it reaches a GraphQL client: CONFLICT
 * (with `rule`), BAD_USER_INPUT (with `field` and `rule`) or FORBIDDEN. The raiser gives the
 * message; the switch is exhaustive, so a new code does not compile until it is mapped here.
 */
export type AnalyticsRule =
  | 'ACTION_ID_IS_UUID'
  | 'EXACTLY_ONE'
  | 'IS_DATE'
  | 'MATCHES'
  | 'NOT_BEFORE_FROM'
  | 'NOT_COMPLETED'
  | 'REQUIRED'
  | 'TO_MAX_RANGE'
  | 'TO_NOT_BEFORE_FROM'
  | 'YEAR_IN_RANGE';

export function analyticsError(rule: AnalyticsRule, message: string, field?: string): GraphQLError {
  switch (rule) {
    case 'ACTION_ID_IS_UUID':
      return badInput('actionId', 'isUuid', message);
    case 'EXACTLY_ONE':
      return badInput(field ?? '', 'exactlyOne', message);
    case 'IS_DATE':
      return badInput(field ?? '', 'isDate', message);
    case 'MATCHES':
      return badInput(field ?? '', 'matches', message);
    case 'NOT_BEFORE_FROM':
      return badInput(field ?? '', 'notBeforeFrom', message);
    case 'REQUIRED':
      return badInput(field ?? '', 'required', message);
    case 'TO_MAX_RANGE':
      return badInput('to', 'maxRange', message);
    case 'TO_NOT_BEFORE_FROM':
      return badInput('to', 'notBeforeFrom', message);
    case 'YEAR_IN_RANGE':
      return badInput(field ?? '', 'yearInRange', message);
    case 'NOT_COMPLETED':
      return conflict('NOT_COMPLETED', message);
  }
}
