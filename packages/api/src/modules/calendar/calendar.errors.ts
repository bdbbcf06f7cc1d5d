import type { GraphQLError } from 'graphql';
import { conflict, ruleText } from '../../core/errors';

/**
 * Every rule the calendar module raises, by code, and how it reaches a GraphQL client: CONFLICT
 * (with `rule`), BAD_USER_INPUT (with `field` and `rule`) or FORBIDDEN. The message is the
 * domain's for the rule sent (ruleText: @chp/domain's ruleMessage), the raiser adding only its
 * specifics (`detail`: dates, names); a FORBIDDEN gives the raiser's message; the switch is exhaustive, so a new code does not compile until it is mapped here.
 */
export type CalendarRule = 'CLOSURE_DAY_EXISTS';

export function calendarError(rule: CalendarRule, detail?: string): GraphQLError {
  switch (rule) {
    case 'CLOSURE_DAY_EXISTS':
      return conflict('CLOSURE_DAY_EXISTS', ruleText('CLOSURE_DAY_EXISTS', detail));
  }
}
