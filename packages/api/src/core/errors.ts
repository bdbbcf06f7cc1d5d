import { GraphQLError } from 'graphql';

/** The stable error codes every client can rely on. */
export type ErrorCode =
  'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

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
    `${entity} was changed by someone else (you had version ${expected}, it is now ${actual}); reload and try again`,
  );
}
