import type { Role } from '../../src/core/role';
import type { Call } from '../support/must';
import type { World, WorldOrganisation, WorldPerson } from '../support/world';

export { must, type Call } from '../support/must';

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
  /**
   * Only the platform administrator may call it (`allowed` is then empty: every role of an
   * organisation is FORBIDDEN); the suites call it as `world.platformAdmin`.
   */
  platformOnly?: boolean;
  /** Malformed or rule-breaking calls, by someone allowed; each must be rejected with `code` and write nothing. */
  invalid?: InvalidCase[];
}

/** A bad call; `field`, when given, is the field the error must name (known only once built). */
export interface BadCall extends Call {
  field?: string;
}

export interface InvalidCase {
  description: string;
  build(world: World, org: WorldOrganisation, as: WorldPerson): Promise<BadCall>;
  code: 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN';
  /** For BAD_USER_INPUT / CONFLICT: the `rule` the error must name (and `field`, if given). */
  rule?: string;
  field?: string;
}

/** A call with its variables, for the tables' `valid` and `build`. */
export const call = (query: string, variables: Record<string, unknown>): Call => ({
  query,
  variables,
});
