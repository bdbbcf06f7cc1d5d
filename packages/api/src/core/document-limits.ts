import type { RequestHandler } from 'express';
import {
  GraphQLError,
  Kind,
  parse,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * What one /graphql request may ask for, checked before Apollo parses or validates anything:
 * a stranger's request must cost the platform little however it is written.
 */
export interface DocumentLimits {
  /** Characters of the query string. */
  maxQueryLength: number;
  /** Lexical tokens of the query; parsing stops at the first one over. */
  maxTokens: number;
  /** Selections (fields, aliases, fragment spreads), counted as executed: a fragment spread twice counts twice. */
  maxSelections: number;
  /** Root fields (aliases included) of one operation: each may run its own statements. */
  maxRootFields: number;
}

export const DOCUMENT_LIMITS: DocumentLimits = {
  maxQueryLength: 32_000,
  maxTokens: 5_000,
  maxSelections: 1_000,
  maxRootFields: 10,
};

/** Query texts remembered as within the limits; past this, the memory starts again. */
const MAX_REMEMBERED_QUERIES = 200;

/** The rules a refused request names (extensions.rule, with code BAD_USER_INPUT). */
export type DocumentRule = 'MAX_REQUEST_SIZE' | 'MAX_TOKENS' | 'MAX_FIELDS' | 'MAX_ROOT_FIELDS';

function refuse(
  res: Parameters<RequestHandler>[1],
  status: number,
  rule: DocumentRule,
  message: string,
) {
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', rule } }] }));
}

/** The query string of a POST body or a GET's URL; undefined when there is none (Apollo answers that). */
function queryOf(req: Parameters<RequestHandler>[0]): unknown {
  if (req.method === 'GET') return (req.query as Record<string, unknown> | undefined)?.['query'];
  const body: unknown = req.body;
  if (body && typeof body === 'object' && !Array.isArray(body))
    return (body as Record<string, unknown>)['query'];
  return undefined;
}

/** Counts selections as executed, stopping as soon as `max` is passed (so the work stays bounded too). */
function countSelections(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  max: number,
  state = { n: 0 },
  visiting = new Set<string>(),
): number {
  for (const s of set.selections) {
    if (++state.n > max) return state.n;
    if (s.kind === Kind.FRAGMENT_SPREAD) {
      const f = fragments.get(s.name.value);
      if (!f || visiting.has(f.name.value)) continue; // validation reports these
      visiting.add(f.name.value);
      countSelections(f.selectionSet, fragments, max, state, visiting);
      visiting.delete(f.name.value);
    } else if (s.selectionSet) {
      countSelections(s.selectionSet, fragments, max, state, visiting);
    }
    if (state.n > max) return state.n;
  }
  return state.n;
}

/** Root fields of an operation, through fragments and inline fragments on the root type; stops past `max`. */
function rootFields(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  max: number,
  state = { n: 0 },
  visiting = new Set<string>(),
): number {
  for (const s of set.selections) {
    if (state.n > max) break;
    if (s.kind === Kind.FIELD) state.n++;
    else if (s.kind === Kind.INLINE_FRAGMENT)
      rootFields(s.selectionSet, fragments, max, state, visiting);
    else {
      const f = fragments.get(s.name.value);
      if (!f || visiting.has(f.name.value)) continue;
      visiting.add(f.name.value);
      rootFields(f.selectionSet, fragments, max, state, visiting);
      visiting.delete(f.name.value);
    }
  }
  return state.n;
}

/**
 * Refuses an over-sized request before Apollo sees it: 413 for a query string over
 * `maxQueryLength`, 400 for too many tokens, selections or root fields. A document that does
 * not parse within `maxTokens` is left to Apollo, which reports the syntax error.
 */
export function documentLimits(limits: DocumentLimits = DOCUMENT_LIMITS): RequestHandler {
  /**
   * Query texts already found within the limits: the dashboard sends the same few documents
   * again and again, and parsing each one anew cost more than looking it up.
   */
  const within = new Set<string>();
  return (req, res, next) => {
    const query = queryOf(req);
    if (typeof query !== 'string' || within.has(query)) return next();
    if (query.length > limits.maxQueryLength)
      return refuse(
        res,
        413,
        'MAX_REQUEST_SIZE',
        `The query is too long (${query.length} characters; the limit is ${limits.maxQueryLength}).`,
      );
    let document;
    try {
      document = parse(query, { maxTokens: limits.maxTokens, noLocation: true });
    } catch (e) {
      if (e instanceof GraphQLError && /tokens\. Parsing aborted/.test(e.message))
        return refuse(
          res,
          400,
          'MAX_TOKENS',
          `The query has too many tokens (the limit is ${limits.maxTokens}).`,
        );
      return next();
    }
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of document.definitions)
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    for (const d of document.definitions) {
      if (d.kind !== Kind.OPERATION_DEFINITION) continue;
      // selections first: it bounds the work of counting root fields through fragments
      if (countSelections(d.selectionSet, fragments, limits.maxSelections) > limits.maxSelections)
        return refuse(
          res,
          400,
          'MAX_FIELDS',
          `The request asks for more than ${limits.maxSelections} fields at once.`,
        );
      const roots = rootFields(d.selectionSet, fragments, limits.maxRootFields);
      if (roots > limits.maxRootFields)
        return refuse(
          res,
          400,
          'MAX_ROOT_FIELDS',
          `The request asks for too many top-level fields at once (the limit is ${limits.maxRootFields}). Send fewer, or several requests.`,
        );
    }
    if (within.size >= MAX_REMEMBERED_QUERIES) within.clear();
    within.add(query);
    next();
  };
}
