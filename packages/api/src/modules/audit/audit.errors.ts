import type { GraphQLError } from 'graphql';
import { badInput, ruleText } from '../../core/errors';

/**
 * Every rule the audit module raises, by code, and how it reaches a GraphQL client
 * (BAD_USER_INPUT with `field` and `rule`); the switch is exhaustive, so a new code does not
 * compile until it is mapped here.
 */
export type AuditRule = 'AUDIT_TO_BEFORE_FROM';

export function auditError(rule: AuditRule, detail?: string): GraphQLError {
  switch (rule) {
    case 'AUDIT_TO_BEFORE_FROM':
      return badInput('to', 'notBeforeFrom', ruleText('notBeforeFrom', detail, { field: 'to' }));
  }
}
