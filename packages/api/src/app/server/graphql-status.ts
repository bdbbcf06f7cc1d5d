import type { ApolloServerPlugin } from '@apollo/server';

const REQUEST_ERRORS = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
]);

/** The q value of `type` in an Accept header (0 when absent). */
function quality(accept: string, type: string): number {
  for (const part of accept.toLowerCase().split(',')) {
    const [media, ...params] = part.split(';').map((s) => s.trim());
    if (media !== type) continue;
    const q = params.find((p) => p.startsWith('q='));
    return q ? Number(q.slice(2)) || 0 : 1;
  }
  return 0;
}

/** True when the client asked for (or allowed only) the legacy `application/json` response. */
export function prefersLegacyJson(accept: string | undefined): boolean {
  if (!accept) return true;
  const modern = quality(accept, 'application/graphql-response+json');
  return modern === 0 || modern < quality(accept, 'application/json');
}

/**
 * GraphQL over HTTP: under `application/json` a well-formed request SHOULD answer 200 even when
 * the document does not parse or validate or its variables do not coerce (the errors are in the
 * body); under `application/graphql-response+json` these stay 400. Apollo answers 400 for both,
 * so this turns those 400s into 200 for legacy clients. It knows them by the phase that failed
 * (parsing, validation, or execution refused before it produced data), not by their code, so a
 * request refused before execution with a status of its own (over the cost cap: its error's
 * extensions.http, see limits.ts) keeps it, as does anything that is not a GraphQL request.
 */
export function legacyJsonStatus<T extends object>(): ApolloServerPlugin<T> {
  return {
    requestDidStart() {
      let documentFailed = false;
      let executionStarted = false;
      return Promise.resolve({
        parsingDidStart: () =>
          Promise.resolve((error?: Error) => {
            if (error) documentFailed = true;
            return Promise.resolve();
          }),
        validationDidStart: () =>
          Promise.resolve((errors?: readonly Error[]) => {
            if (errors?.length) documentFailed = true;
            return Promise.resolve();
          }),
        executionDidStart() {
          executionStarted = true;
          return Promise.resolve();
        },
        willSendResponse({ request, response, errors }) {
          if (response.http.status !== 400 || !errors?.length) return Promise.resolve();
          // variables that do not coerce: execution stops before any data
          const notCoerced =
            executionStarted &&
            response.body.kind === 'single' &&
            response.body.singleResult.data === undefined;
          if (!documentFailed && !notCoerced) return Promise.resolve();
          if (!prefersLegacyJson(request.http?.headers.get('accept'))) return Promise.resolve();
          const codes = errors.map((e) => e.extensions?.['code']);
          if (codes.every((c) => typeof c === 'string' && REQUEST_ERRORS.has(c))) {
            response.http.status = 200;
          }
          return Promise.resolve();
        },
      });
    },
  };
}
