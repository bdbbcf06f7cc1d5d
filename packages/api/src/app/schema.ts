import 'reflect-metadata';
import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { resolvers } from './resolvers';
import { authChecker } from '../core/auth-checker';
import { validateInput } from '../core/validate';
import { guardArguments } from '../core/input-guard';
import { directFieldResolvers } from '../core/field-resolution';

/** The API's GraphQL schema, built from the type-graphql resolvers (inputs validated, arguments guarded). */
export async function buildChpSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    validate: true,
    validateFn: validateInput,
    authChecker,
    authMode: 'error',
    emitSchemaFile: false,
  });
  return directFieldResolvers(guardArguments(lexicographicSortSchema(schema)), resolvers);
}
