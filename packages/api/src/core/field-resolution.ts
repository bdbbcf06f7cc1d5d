import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { checkRoles } from './auth-checker';
import type { ChpContext } from './context';
import type { Role } from './role';

type Resolve = GraphQLFieldResolver<unknown, ChpContext>;

interface ParamInfo {
  kind: string;
  index: number;
  propertyName?: string;
  getType?: () => unknown;
}

/**
 * The object types' fields resolved without type-graphql's per-call machinery, with the same
 * checks and the same errors (issue 19: a register page of 50 complaints resolves about 2,500
 * fields, and each went through a closure, a middleware chain and, under `@Authorized`, an
 * asynchronous auth middleware whose promises made every row wait for the microtask queue):
 *
 * - a stored field: its property, after a synchronous role check when `@Authorized` guards it;
 * - a field resolver whose parameters are only `@Root`, `@Ctx` and `@Info` (no argument, no
 *   middleware): its method called directly, after the same synchronous role check, so a
 *   resolver that has its value at hand answers without a promise.
 *
 * Anything else (arguments, middlewares, a root that is not yet an instance of its class) keeps
 * type-graphql's resolver. `resolverClasses`: the resolvers the schema was built from.
 */
export function directFieldResolvers(
  schema: GraphQLSchema,
  resolverClasses: readonly object[],
): GraphQLSchema {
  const storage = getMetadataStorage();
  const instances = new Map<object, Record<string, unknown>>();
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const built = type.getFields();
    for (const field of objectType.fields ?? []) {
      const target = built[field.schemaName];
      if (!target || target.args.length > 0 || field.middlewares?.length) continue;
      const resolver = storage.fieldResolvers.find(
        (r) =>
          (r.kind === 'internal' || resolverClasses.includes(r.target)) &&
          r.getObjectType?.() === field.target &&
          r.methodName === field.name,
      );
      // a getter or method of the object type itself: type-graphql's
      if (resolver?.kind === 'internal') continue;
      const roles = (resolver ? resolver.roles : field.roles) as Role[] | undefined;
      if (!resolver) {
        if (field.params?.length) continue;
        target.resolve = storedField(field.name, roles);
        continue;
      }
      if (resolver.middlewares?.length) continue;
      const params = (resolver.params ?? []) as ParamInfo[];
      if (!params.every((p) => ['root', 'context', 'info'].includes(p.kind))) continue;
      const Class = resolver.target as new () => Record<string, unknown>;
      if (Class.length > 0) continue;
      let instance = instances.get(Class);
      if (!instance) instances.set(Class, (instance = new Class()));
      target.resolve = directMethod(
        instance,
        resolver.methodName,
        [...params].sort((a, b) => a.index - b.index),
        roles,
        target.resolve as Resolve,
      );
    }
  }
  return schema;
}

function storedField(property: string, roles: Role[] | undefined): Resolve {
  if (!roles) return (root) => (root as Record<string, unknown>)[property];
  return (root, _args, context) => {
    checkRoles(context, roles);
    return (root as Record<string, unknown>)[property];
  };
}

function directMethod(
  instance: Record<string, unknown>,
  methodName: string,
  params: ParamInfo[],
  roles: Role[] | undefined,
  typeGraphql: Resolve,
): Resolve {
  const method = instance[methodName] as (...values: unknown[]) => unknown;
  const rootTypes = params.filter((p) => p.kind === 'root').map((p) => p.getType?.());
  return (root, args, context, info) => {
    // type-graphql turns a plain root into an instance of its class first: leave that to it
    for (const RootType of rootTypes)
      if (typeof RootType === 'function' && !(root instanceof RootType))
        return typeGraphql(root, args, context, info);
    if (roles) checkRoles(context, roles);
    const values = params.map((p) => {
      if (p.kind === 'info') return info;
      const source = p.kind === 'root' ? root : context;
      return p.propertyName ? (source as Record<string, unknown>)[p.propertyName] : source;
    });
    return method.apply(instance, values);
  };
}
