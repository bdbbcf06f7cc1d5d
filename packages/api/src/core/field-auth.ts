import { isObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { checkRoles } from './auth-checker';
import type { ChpContext } from './context';
import type { Role } from './role';

/**
 * A stored field guarded only by `@Authorized` (no field resolver, no middleware, no argument)
 * checks the viewer's role synchronously, with the same check and the same errors.
 * type-graphql's auth middleware is asynchronous, so each such field of each row cost a chain
 * of promises (issue 19: a register page of 50 complaints resolves hundreds of them).
 */
export function synchronousFieldAuth(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const resolved = new Set(
    storage.fieldResolvers.map((r) => `${r.getObjectType?.()?.name ?? ''}.${r.methodName}`),
  );
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    for (const field of objectType.fields ?? []) {
      const roles = field.roles as Role[] | undefined;
      if (!roles || field.middlewares?.length || field.params?.length) continue;
      if (resolved.has(`${field.target.name}.${field.name}`)) continue;
      const built = fields[field.schemaName];
      if (!built || built.args.length > 0) continue;
      const property = field.name;
      built.resolve = (root: Record<string, unknown>, _args, context: ChpContext) => {
        checkRoles(context, roles);
        return root[property];
      };
    }
  }
  return schema;
}
