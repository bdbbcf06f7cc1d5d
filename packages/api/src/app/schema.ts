import 'reflect-metadata';
import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { resolvers } from './resolvers';
import { authChecker } from '../core/auth-checker';
import { validateInput } from '../core/validate';
import { guardInput } from '../core/input-guard';

/** The API's GraphQL schema, built from the type-graphql resolvers (inputs validated). */
export async function buildChpSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    validate: true,
    validateFn: validateInput,
    authChecker,
    globalMiddlewares: [guardInput],
    authMode: 'error',
    emitSchemaFile: false,
  });
  return lexicographicSortSchema(schema);
}
