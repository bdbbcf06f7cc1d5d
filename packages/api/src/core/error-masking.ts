import { unwrapResolverError } from '@apollo/server/errors';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Log } from '../log';
import type { ChpContext } from './context';
import { databaseUnavailableFormatted, isDatabaseUnavailable } from './database-availability';

/** Errors that carry their own code (BAD_USER_INPUT, NOT_FOUND, ...) reach the client as they are. */
function hasOwnCode(error: unknown): boolean {
  if (!(error instanceof GraphQLError)) return false;
  const code = error.extensions?.['code'];
  return typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR';
}

const requestIds = new WeakMap<object, string>();

/**
 * Error masking. Anything that is not a GraphQLError with its own `extensions.code` (a bug, a
 * database failure) is logged with the request id and reaches the client only as
 * `INTERNAL_SERVER_ERROR` with that request id; its message and stack stay on the server.
 */
export function createErrorMasking(log: Log): {
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  plugin: ApolloServerPlugin<ChpContext>;
} {
  const formatError = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.['code'];
    const original = unwrapResolverError(error);
    // The database going away is not a bug: no stack, one line from the availability tracker.
    if (isDatabaseUnavailable(original))
      return {
        ...databaseUnavailableFormatted,
        ...(formatted.path ? { path: formatted.path } : {}),
      };
    if (hasOwnCode(original) || (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR')) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: { ...extensions, ...variableFieldAndRule(formatted) } };
    }
    const requestId = error && typeof error === 'object' ? requestIds.get(error) : undefined;
    if (requestId === undefined) log.error('internal error', original);
    return {
      message: 'Internal server error',
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR', ...(requestId ? { requestId } : {}) },
    };
  };

  const plugin: ApolloServerPlugin<ChpContext> = {
    requestDidStart() {
      return Promise.resolve({
        didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            if (hasOwnCode(original) || hasOwnCode(error) || isDatabaseUnavailable(original))
              continue;
            requestIds.set(error, contextValue.requestId);
            log.error(`internal error in request ${contextValue.requestId}`, original);
          }
          return Promise.resolve();
        },
      });
    },
  };

  return { formatError, plugin };
}

/**
 * Apollo reports a variable that fails its type as BAD_USER_INPUT with only a sentence
 * ('Variable "$d" got invalid value "2026-02-30" at "d.date"; Value is not a valid LocalDate: ...').
 * Name the field and the rule (the type it failed) as our own errors do.
 */
function variableFieldAndRule(formatted: GraphQLFormattedError): Record<string, string> {
  if (formatted.extensions?.['code'] !== 'BAD_USER_INPUT' || formatted.extensions?.['field'])
    return {};
  const m = formatted.message.match(
    /^Variable "\$(\w+)" got invalid value .*?(?: at "([\w.[\]]+)")?; (.*)$/s,
  );
  if (!m) return {};
  const path = m[2] ?? m[1]!;
  const field = path
    .split('.')
    .pop()!
    .replace(/\[\d+\]$/, '');
  const type = m[3]!.match(/valid (\w+)|of type "?(\w+)/);
  // a scalar's own rule (dateInRange) when it gave one, else the type it failed
  const own = formatted.extensions?.['rule'];
  return { field, rule: typeof own === 'string' ? own : (type?.[1] ?? type?.[2] ?? 'type') };
}
