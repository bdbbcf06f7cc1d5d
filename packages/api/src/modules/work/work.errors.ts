import type { GraphQLError } from 'graphql';
import { conflict, ruleText } from '../../core/errors';

/**
 * Every rule the work module raises itself (an extension's dates are @chp/domain's, through
 * withDomainRules): CONFLICT with `rule`. The switch is exhaustive, so a new code does not
 * compile until it is mapped here.
 */
export type WorkRule = 'NOT_OPEN' | 'NOT_AT_STAGE_2' | 'REQUEST_PENDING';

export function workError(rule: WorkRule, detail?: string): GraphQLError {
  switch (rule) {
    case 'NOT_OPEN':
    case 'NOT_AT_STAGE_2':
    case 'REQUEST_PENDING':
      return conflict(rule, ruleText(rule, detail));
  }
}
