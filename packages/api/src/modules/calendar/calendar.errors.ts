import type { GraphQLError } from 'graphql';
import { conflict } from '../../core/errors';

/**
 * Every rule the calendar module raises, by code, and how it reaches a GraphQL client: CONFLICT
 * (with `rule`), BAD_USER_INPUT (with `field` and `rule`) or FORBIDDEN. The raiser gives the
 * message; the switch is exhaustive, so a new code does not compile until it is mapped here.
 */
export type CalendarRule = 'CLOSURE_DAY_EXISTS';

export function calendarError(rule: CalendarRule, message: string): GraphQLError {
  switch (rule) {
    case 'CLOSURE_DAY_EXISTS':
      return conflict('CLOSURE_DAY_EXISTS', message);
  }
}
