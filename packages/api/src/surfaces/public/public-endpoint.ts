import { GraphQLError, parse, validate } from 'graphql';
import type { Request, RequestHandler } from 'express';
import { createHandler } from 'graphql-http';
import type { DataSource } from 'typeorm';
import { reportDatabaseError, sendUnavailable } from '../../core/database-availability';
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
  const handle = createHandler({
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
      // The database went away mid-request: 503 + Retry-After, not an error in a 200 (see below).
      if (error instanceof GraphQLError && reportDatabaseError(dataSource, error.originalError))
        throw new DatabaseGone();
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
  // graphql-http's own Express adapter answers a bare 500 when the handler throws; this one
  // answers the database's absence as 503 and hands anything else to the app's error handler.
  return async (req, res, next) => {
    try {
      const [body, init] = await handle({
        url: req.url,
        method: req.method,
        headers: req.headers,
        body: () => (req.body ? (req.body as Record<string, unknown>) : readBody(req)),
        raw: req,
        context: undefined,
      });
      res.writeHead(init.status, init.statusText, init.headers).end(body);
    } catch (error) {
      if (error instanceof DatabaseGone || reportDatabaseError(dataSource, error))
        sendUnavailable(res);
      else next(error);
    }
  };
}

class DatabaseGone extends Error {}

/** A body express.json did not read (another content type), as graphql-http's adapter reads it. */
function readBody(req: Request): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf-8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
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
