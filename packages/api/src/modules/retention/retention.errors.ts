import type { GraphQLError } from 'graphql';
import { conflict, ruleText } from '../../core/errors';

/**
 * Every rule the retention module raises itself, by code: CONFLICT with `rule`. The switch is
 * exhaustive, so a new code does not compile until it is mapped here.
 */
export type RetentionRule = 'LEGAL_HOLD_EXISTS' | 'NO_LEGAL_HOLD';

export function retentionError(rule: RetentionRule, detail?: string): GraphQLError {
  switch (rule) {
    case 'LEGAL_HOLD_EXISTS':
      return conflict('LEGAL_HOLD_EXISTS', ruleText('LEGAL_HOLD_EXISTS', detail));
    case 'NO_LEGAL_HOLD':
      return conflict('NO_LEGAL_HOLD', ruleText('NO_LEGAL_HOLD', detail));
  }
}
