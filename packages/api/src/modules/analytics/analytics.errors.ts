import type { GraphQLError } from 'graphql';
import { badInput, conflict, ruleText } from '../../core/errors';

/**
 * Every rule the analytics module raises, by code, and how it reaches a GraphQL client: CONFLICT
 * (with `rule`), BAD_USER_INPUT (with `field` and `rule`) or FORBIDDEN. The message is the
 * domain's for the rule sent (ruleText: @chp/domain's ruleMessage), the raiser adding only its
 * specifics (`detail`: dates, names); a FORBIDDEN gives the raiser's message; the switch is exhaustive, so a new code does not compile until it is mapped here.
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

export function analyticsError(rule: AnalyticsRule, detail?: string, field?: string): GraphQLError {
  switch (rule) {
    case 'ACTION_ID_IS_UUID':
      return badInput('actionId', 'isUuid', ruleText('isUuid', detail, { field: 'actionId' }));
    case 'EXACTLY_ONE':
      return badInput(
        field ?? '',
        'exactlyOne',
        ruleText('exactlyOne', detail, { field: field ?? '' }),
      );
    case 'IS_DATE':
      return badInput(field ?? '', 'isDate', ruleText('isDate', detail, { field: field ?? '' }));
    case 'MATCHES':
      return badInput(field ?? '', 'matches', ruleText('matches', detail, { field: field ?? '' }));
    case 'NOT_BEFORE_FROM':
      return badInput(
        field ?? '',
        'notBeforeFrom',
        ruleText('notBeforeFrom', detail, { field: field ?? '' }),
      );
    case 'REQUIRED':
      return badInput(
        field ?? '',
        'required',
        ruleText('required', detail, { field: field ?? '' }),
      );
    case 'TO_MAX_RANGE':
      return badInput('to', 'maxRange', ruleText('maxRange', detail, { field: 'to' }));
    case 'TO_NOT_BEFORE_FROM':
      return badInput('to', 'notBeforeFrom', ruleText('notBeforeFrom', detail, { field: 'to' }));
    case 'YEAR_IN_RANGE':
      return badInput(
        field ?? '',
        'yearInRange',
        ruleText('yearInRange', detail, { field: field ?? '' }),
      );
    case 'NOT_COMPLETED':
      return conflict('NOT_COMPLETED', ruleText('NOT_COMPLETED', detail));
  }
}
