import { ruleMessage, type RuleMessageContext } from '@chp/domain';
import { GraphQLError } from 'graphql';

/** The stable error codes every client can rely on. */
export type ErrorCode =
  'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

/**
 * The message for a rule the API sends: @chp/domain's one message for `rule` (ruleMessage, with
 * the dates or field in `ctx`), followed by the API's specifics (`detail`: dates, versions, names)
 * when it has them. A code the domain does not know falls back on `detail`.
 */
export function ruleText(rule: string, detail?: string, ctx: RuleMessageContext = {}): string {
  const base = ruleMessage(rule, ctx);
  if (!base) return detail ?? rule;
  return detail ? `${base} ${detail}` : base;
}

/** Bad input: names the field and the rule it broke. */
export function badInput(field: string, rule: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field, rule } });
}

export function unauthenticated(message = 'Sign in first'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

export function forbidden(message = 'Your role does not allow this'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/** Also used for records of another organisation: their existence is not revealed. */
export function notFound(entity: string): GraphQLError {
  return new GraphQLError(`${entity} not found`, { extensions: { code: 'NOT_FOUND', entity } });
}

/** A stale version, or a step the procedure does not allow from the current state. */
export function conflict(rule: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT', rule } });
}

export function staleVersion(entity: string, expected: number, actual: number): GraphQLError {
  return conflict(
    'STALE_VERSION',
    ruleText('STALE_VERSION', `(${entity}: you had version ${expected}, it is now ${actual}.)`),
  );
}
