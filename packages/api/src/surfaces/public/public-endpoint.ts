import { GraphQLError, execute, parse, specifiedRules, validate, type DocumentNode } from 'graphql';
import type { RequestHandler } from 'express';
import type { DataSource } from 'typeorm';
import { reportDatabaseError, sendUnavailable } from '../../core/database-availability';
import { depthLimit } from '../../core/limits';
import type { Log } from '../../log';
import { publicSchema } from './public-schema';

/**
 * POST /public/graphql: the public schema only, no cookies or tokens read, errors masked.
 * Anything that is not a syntax or validation error answers "Internal error" (logged).
 */
export function publicGraphQL(dataSource: DataSource, log: Log): RequestHandler {
  return async (req, res) => {
    if (req.method !== 'POST') {
      res
        .status(405)
        .set('allow', 'POST')
        .json({ errors: [{ message: 'Use POST' }] });
      return;
    }
    const { query, variables, operationName } = (req.body ?? {}) as {
      query?: unknown;
      variables?: Record<string, unknown>;
      operationName?: string;
    };
    if (typeof query !== 'string') {
      res
        .status(400)
        .json({ errors: [{ message: 'query is required', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    let document: DocumentNode;
    try {
      document = parse(query);
    } catch (e) {
      res.status(400).json({
        errors: [
          { message: (e as GraphQLError).message, extensions: { code: 'GRAPHQL_PARSE_FAILED' } },
        ],
      });
      return;
    }
    const invalid = validate(publicSchema, document, [...specifiedRules, depthLimit()]);
    if (invalid.length) {
      res.status(400).json({
        errors: invalid.map((e) => ({
          message: e.message,
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED', ...e.extensions },
        })),
      });
      return;
    }
    const result = await execute({
      schema: publicSchema,
      document,
      variableValues: variables,
      operationName,
      contextValue: { dataSource },
    });
    if (result.errors?.some((e) => reportDatabaseError(dataSource, e.originalError))) {
      sendUnavailable(res);
      return;
    }
    const errors = result.errors?.map((e) => {
      if (e.originalError && !(e.originalError instanceof GraphQLError)) {
        log.error('public GraphQL error', e.originalError);
        return {
          message: 'Internal error',
          path: e.path,
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        };
      }
      return { message: e.message, path: e.path, extensions: e.extensions };
    });
    res.json({ data: result.data, ...(errors?.length ? { errors } : {}) });
  };
}
