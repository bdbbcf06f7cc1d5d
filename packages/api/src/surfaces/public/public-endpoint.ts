import { GraphQLError, parse, validate } from 'graphql';
import type { RequestHandler } from 'express';
import { createHandler } from 'graphql-http/lib/use/express';
import type { DataSource } from 'typeorm';
import { depthLimit } from '../../core/limits';
import type { Log } from '../../log';
import { publicSchema } from './public-schema';

/**
 * /public/graphql on graphql-http (the GraphQL over HTTP reference implementation): the public
 * schema only, no cookies or tokens read, queries by POST (application/json) or GET. A syntax,
 * validation or variable error answers 200 under `Accept: application/json` and 400 under
 * `application/graphql-response+json`, as the specification says. Anything that is not a
 * GraphQLError of its own (a bug, a database failure) is logged and answers "Internal error".
 */
export function publicGraphQL(dataSource: DataSource, log: Log): RequestHandler {
  return createHandler({
    schema: publicSchema,
    context: () => ({ dataSource }),
    validationRules: [depthLimit()],
    // The codes Apollo gives these on /graphql, so that clients of either endpoint read one shape.
    parse: (source, options) => {
      try {
        return parse(source, options);
      } catch (e) {
        throw withCode(e as GraphQLError, 'GRAPHQL_PARSE_FAILED');
      }
    },
    validate: (...args) => validate(...args).map((e) => withCode(e, 'GRAPHQL_VALIDATION_FAILED')),
    formatError: (error) => {
      if (!(error instanceof GraphQLError)) return new GraphQLError(error.message);
      if (error.originalError && !(error.originalError instanceof GraphQLError)) {
        log.error('public GraphQL error', error.originalError);
        return new GraphQLError('Internal error', {
          path: error.path,
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        });
      }
      return error;
    },
  });
}

function withCode(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code },
  });
}
