import 'reflect-metadata';
import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { resolvers } from './resolvers';

/** The API's GraphQL schema, built from the type-graphql resolvers (inputs validated). */
export async function buildChpSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers, validate: true, emitSchemaFile: false });
  return lexicographicSortSchema(schema);
}
