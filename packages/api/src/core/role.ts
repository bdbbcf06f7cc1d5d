import { registerEnumType } from 'type-graphql';
import {
  ROLES,
  administers,
  approvesPublications,
  empoweredToSignOff,
  handlesComplaints,
  isManager,
  readsAnalytics,
  readsAudit,
  readsComplaints,
  rolesThat,
  seesPersonalData,
  writesPublications,
  type Role as DomainRole,
} from '@chp/domain';

/**
 * The GraphQL `Role` enum: @chp/domain's ROLES (names and values identical). `Role.manager` is
 * the value 'manager'; the type `Role` is the domain's.
 */
export const Role = Object.fromEntries(ROLES.map((r) => [r, r])) as {
  readonly [R in DomainRole]: R;
};
export type Role = DomainRole;
registerEnumType(Role, { name: 'Role' });

/*
 * The API's role lists for `@Authorized(...)`: each is `rolesThat(<domain predicate>)`, so the
 * API and the dashboard answer from the same definitions (packages/domain/src/roles.ts).
 */

/** Who may give a stage 2 final response (docs/procedure.md §65: a manager or officer empowered to sign it off). */
export const EMPOWERED_TO_SIGN_OFF: readonly Role[] = rolesThat(empoweredToSignOff);
/** Who may approve an extension or authorise an improvement action (docs/procedure.md §27, §62; Part 4). */
export const MANAGERS: readonly Role[] = rolesThat(isManager);
/** Who records complaints and moves them through the procedure. */
export const COMPLAINT_HANDLERS: readonly Role[] = rolesThat(handlesComplaints);
/** Who reads complaints: handlers, and communications staff without personal data. */
export const COMPLAINT_READERS: readonly Role[] = rolesThat(readsComplaints);
/** Who may see customers' personal data. Communications staff and action-only staff never do. */
export const SEES_PERSONAL_DATA: readonly Role[] = rolesThat(seesPersonalData);
/** Who reads the indicators, trends, overview and grouped action figures. */
export const ANALYTICS_READERS: readonly Role[] = rolesThat(readsAnalytics);
/** Who drafts, edits, submits, publishes and withdraws publications. */
export const PUBLICATION_EDITORS: readonly Role[] = rolesThat(writesPublications);
/** Who may approve a publication (never their own). */
export const PUBLICATION_APPROVERS: readonly Role[] = rolesThat(approvesPublications);
/** Who reads the audit log. */
export const AUDIT_READERS: readonly Role[] = rolesThat(readsAudit);
/**
 * Who may call closeComplaint (§21): any member of staff with a sign-in. The service narrows it
 * to handlers and managers unless the organisation lets any member of staff close stage 1
 * (@chp/domain `assertMayCloseStage`).
 */
export const ANY_STAFF: readonly Role[] = rolesThat(() => true);
/** Who administers the organisation: settings, closure days, people, service areas, root causes. */
export const ADMINISTRATORS: readonly Role[] = rolesThat(administers);
