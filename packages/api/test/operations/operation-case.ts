import type { Role } from '../../src/core/role';
import type { World, WorldOrganisation, WorldPerson } from '../support/world';

export interface Call {
  query: string;
  variables?: Record<string, unknown>;
}

/**
 * One GraphQL operation, described once so the generic suites can try it as every role
 * (access.test.ts), with bad input (bad-input.test.ts) and against another organisation
 * (cross-organisation.test.ts).
 */
export interface OperationCase {
  /** The root field, e.g. 'recordComplaint'. */
  name: string;
  kind: 'query' | 'mutation';
  /** Roles that may call it in their own organisation; every other role gets FORBIDDEN, nobody gets UNAUTHENTICATED. */
  allowed: readonly Role[];
  /**
   * A valid call in `org`, made by `as`. May first create what it needs (as an admin or manager
   * of `org`, through the API). Must be repeatable: each suite calls it afresh.
   */
  valid(world: World, org: WorldOrganisation, as: WorldPerson): Promise<Call>;
  /** Malformed or rule-breaking calls, by someone allowed; each must be rejected with `code` and write nothing. */
  invalid?: InvalidCase[];
}

export interface InvalidCase {
  description: string;
  build(world: World, org: WorldOrganisation, as: WorldPerson): Promise<Call>;
  code: 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN';
  /** For BAD_USER_INPUT / CONFLICT: the `rule` the error must name (and `field`, if given). */
  rule?: string;
  field?: string;
}

/** Calls `gql` and fails loudly unless it succeeded: for setting up prerequisites. */
export async function must<T = any>(world: World, call: Call, as: WorldPerson): Promise<T> {
  const res = await world.gql<T>(call.query, call.variables, as);
  if (res.body.errors?.length || !res.body.data) {
    throw new Error(`setup call failed: ${JSON.stringify(res.body.errors)}\n${call.query}`);
  }
  return res.body.data;
}
