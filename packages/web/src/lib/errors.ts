import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { messageFor, NETWORK } from './forms/messages';

/** One error from the API, as its extensions describe it. */
export interface ApiProblem {
  code: string;
  field?: string;
  rule?: string;
  message: string;
  /** Sign-in throttling (SIGN_IN_THROTTLED): whole minutes to wait. */
  waitMinutes?: number;
}

/** What a form shows: messages next to the fields they concern, and one for the form itself. */
export interface FormErrors {
  fields: Record<string, string>;
  form: string | null;
}

function asProblem(e: {
  message: string;
  extensions?: Record<string, unknown> | null;
}): ApiProblem {
  const ext = e.extensions ?? {};
  return {
    code: typeof ext['code'] === 'string' ? ext['code'] : 'INTERNAL_SERVER_ERROR',
    field: typeof ext['field'] === 'string' ? ext['field'] : undefined,
    rule: typeof ext['rule'] === 'string' ? ext['rule'] : undefined,
    message: e.message,
    ...(typeof ext['waitMinutes'] === 'number' ? { waitMinutes: ext['waitMinutes'] } : {}),
  };
}

/** The API's errors inside whatever Apollo Client threw (GraphQL errors, or an HTTP error with a GraphQL body). */
export function apiProblems(error: unknown): ApiProblem[] {
  if (!error) return [];
  if (CombinedGraphQLErrors.is(error)) return error.errors.map((e) => asProblem(e as never));
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as {
        errors?: { message: string; extensions?: Record<string, unknown> }[];
      };
      if (body.errors?.length) return body.errors.map(asProblem);
    } catch {
      // not JSON: fall through
    }
    return [{ code: 'NETWORK', message: NETWORK }];
  }
  const e = error as { message?: string; extensions?: Record<string, unknown> };
  if (e && typeof e === 'object' && e.extensions)
    return [asProblem({ message: e.message ?? '', extensions: e.extensions })];
  return [{ code: 'NETWORK', message: NETWORK }];
}

/** One sentence for a page that failed to load. */
export function loadErrorMessage(error: unknown): string {
  const [first] = apiProblems(error);
  return first ? messageFor(first) : NETWORK;
}

export function isUnauthenticated(error: unknown): boolean {
  return apiProblems(error).some((p) => p.code === 'UNAUTHENTICATED');
}
