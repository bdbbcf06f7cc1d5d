import { isChpRuleError, type ChpRuleCode } from '@chp/domain';
import type { GraphQLError } from 'graphql';
import { badInput, conflict, forbidden } from '../../shared/errors';

/** Rule codes about who takes the step: the caller may not, whatever the action's state. */
const FORBIDDEN_CODES: ReadonlySet<ChpRuleCode> = new Set(['AUTHORISER_NOT_MANAGER', 'MANAGER_REQUIRED', 'NOT_ACTION_OWNER']);

/**
 * An @chp/domain rule error as the API's coded GraphQL error: FORBIDDEN for who-may rules,
 * BAD_USER_INPUT (with the field the rule names) for the step's own data, CONFLICT for a step
 * the action's current state does not allow. `rule` is always the domain code.
 */
export function ruleErrorToGraphQL(error: unknown): unknown {
  if (!isChpRuleError(error)) return error;
  if (FORBIDDEN_CODES.has(error.code)) return forbidden(error.message);
  const field = typeof error.details?.['field'] === 'string' ? (error.details['field'] as string) : undefined;
  if (field) return badInput(field, error.code, error.message);
  if (error.code === 'INVALID_DATE') return badInput('date', error.code, error.message);
  return conflict(error.code, error.message) as GraphQLError;
}

/** Runs a domain rule, answering its error as a coded GraphQL error. */
export function applyRule<T>(rule: () => T): T {
  try {
    return rule();
  } catch (error) {
    throw ruleErrorToGraphQL(error);
  }
}
