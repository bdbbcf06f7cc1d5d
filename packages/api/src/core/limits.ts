import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ruleText } from './errors';

export const MAX_DEPTH = 10;
export const MAX_COMPLEXITY = 5000;
/**
 * The estimated cost of a root field that runs its own statements (`complexity` of its @Query):
 * aliases of it add up, so one request cannot run the same report thousands of times.
 */
export const STATEMENT_COST = 100;
/** An analytics report: several aggregate statements over a period (at most 10 fit under the cap). */
export const ANALYTICS_COST = 500;

/** Rejects operations nested deeper than `max` fields (fragments followed, introspection allowed). */
export function depthLimit(max = MAX_DEPTH): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions)
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    const depthOf = (node: ASTNode, depth: number, seen: Set<string>): number => {
      if (node.kind === Kind.FIELD) {
        if (node.name.value.startsWith('__')) return depth;
        if (!node.selectionSet) return depth + 1;
        return Math.max(...node.selectionSet.selections.map((s) => depthOf(s, depth + 1, seen)));
      }
      if (node.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(node.name.value);
        if (!fragment || seen.has(node.name.value)) return depth;
        return depthOf(fragment, depth, new Set([...seen, node.name.value]));
      }
      if (
        (node.kind === Kind.INLINE_FRAGMENT ||
          node.kind === Kind.FRAGMENT_DEFINITION ||
          node.kind === Kind.OPERATION_DEFINITION) &&
        node.selectionSet
      ) {
        return Math.max(depth, ...node.selectionSet.selections.map((s) => depthOf(s, depth, seen)));
      }
      return depth;
    };
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation, 0, new Set());
        if (depth > max) {
          context.reportError(
            new GraphQLError(ruleText('MAX_DEPTH', `(${depth} levels; the limit is ${max}.)`), {
              nodes: [operation],
              extensions: { code: 'BAD_USER_INPUT', rule: 'MAX_DEPTH' },
            }),
          );
        }
      },
    };
  };
}

/** Variables longer than this (as JSON) are not worth a cache entry: the cost is worked out anew. */
const MAX_CACHED_VARIABLES = 2_000;
/** Cost entries kept per document (one per operation name and variables seen). */
const MAX_COSTS_PER_DOCUMENT = 500;

/**
 * Rejects operations whose estimated cost is over the cap. List fields cost their `limit`
 * (default 25) times their selection, so a page of pages cannot multiply unchecked.
 *
 * The cost depends on the document, the operation and the variables only, so it is remembered
 * per parsed document (Apollo keeps one per query text) and per operation and variables: the
 * dashboard sends the same few documents with the same few variables again and again, and
 * walking the document with the schema's type information cost each of them about a millisecond.
 */
export function complexityLimit(schema: GraphQLSchema, max = MAX_COMPLEXITY): ApolloServerPlugin {
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  const costOf = (
    document: DocumentNode,
    operationName: string | undefined,
    variables: Record<string, unknown>,
  ): number => {
    const json = JSON.stringify(variables);
    const key = json.length <= MAX_CACHED_VARIABLES ? `${operationName ?? ''}\n${json}` : null;
    const known = key === null ? undefined : costs.get(document)?.get(key);
    if (known !== undefined) return known;
    const complexity = getComplexity({
      schema,
      operationName,
      query: document,
      variables,
      estimators: [
        fieldExtensionsEstimator(),
        ({ args, childComplexity }) =>
          typeof args['limit'] === 'number'
            ? args['limit'] * Math.max(1, childComplexity)
            : undefined,
        simpleEstimator({ defaultComplexity: 1 }),
      ],
    });
    if (key !== null) {
      let known = costs.get(document);
      if (!known) costs.set(document, (known = new Map<string, number>()));
      if (known.size >= MAX_COSTS_PER_DOCUMENT) known.clear();
      known.set(key, complexity);
    }
    return complexity;
  };
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request, document }) {
          let complexity: number;
          try {
            complexity = costOf(
              document,
              request.operationName ?? undefined,
              request.variables ?? {},
            );
          } catch {
            // invalid variables: execution reports them as BAD_USER_INPUT with the field
            return Promise.resolve();
          }
          if (complexity > max) {
            return Promise.reject(
              new GraphQLError(
                ruleText('MAX_COMPLEXITY', `(${complexity}; the limit is ${max}.)`),
                {
                  // a refused request, not a server failure: 400 (Apollo answers 500 otherwise)
                  extensions: {
                    code: 'BAD_USER_INPUT',
                    rule: 'MAX_COMPLEXITY',
                    http: { status: 400 },
                  },
                },
              ),
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}
