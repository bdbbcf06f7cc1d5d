import type { AuthCheckerFn } from 'type-graphql';
import type { ChpContext } from './context';
import type { Role } from './role';
import { forbidden, unauthenticated } from './errors';

/**
 * `@Authorized()` needs a signed-in viewer; `@Authorized(roles)` one of those roles.
 * Throws our own coded errors (type-graphql's say UNAUTHORIZED; we promise FORBIDDEN).
 */
export const authChecker: AuthCheckerFn<ChpContext, Role> = ({ context }, roles) =>
  checkRoles(context, roles);

/** The check itself, synchronous: true, or throws UNAUTHENTICATED / FORBIDDEN. */
export function checkRoles(context: ChpContext, roles: readonly Role[]): true {
  if (!context.viewer) throw unauthenticated();
  if (roles.length > 0 && !roles.includes(context.viewer.role)) throw forbidden();
  return true;
}

export function requireViewer(ctx: ChpContext) {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}
