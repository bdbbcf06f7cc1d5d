import {
  type Role,
  administers,
  approvesPublications,
  empoweredToSignOff,
  handlesComplaints,
  isManager,
  readsAnalytics,
  readsAudit,
  readsComplaints,
  seesPersonalData,
  writesPublications,
  proposesRestrictions,
  decidesRestrictions,
  listsAllActions,
  readsAllActions,
  ownsActions,
} from './roles';

/**
 * Single sign-on (docs/procedure.md, Accounts: single sign-on): which role a directory gives a
 * member of staff, and what a later sign-in may do to the role already held.
 */

/** One line of an organisation's mapping: people in directory group `group` get `role`. */
export interface DirectoryGroupRole {
  group: string;
  role: Role;
}

/** Every permission a role can hold (roles.ts); a role "grants more" when it holds one the other lacks. */
const PERMISSIONS: readonly ((role: Role) => boolean)[] = [
  administers,
  approvesPublications,
  empoweredToSignOff,
  handlesComplaints,
  isManager,
  readsAnalytics,
  readsAudit,
  readsComplaints,
  seesPersonalData,
  writesPublications,
  proposesRestrictions,
  decidesRestrictions,
  listsAllActions,
  readsAllActions,
  ownsActions,
];

/** True when `role` may do something `than` may not. Roles are not a ladder: a handler and communications each grant something the other lacks. */
export function grantsMore(role: Role, than: Role): boolean {
  return PERMISSIONS.some((may) => may(role) && !may(than));
}

/**
 * The role the directory gives: the first line of the mapping (in the administrator's order)
 * whose group the person belongs to, else the default role; null means sign-in is refused.
 */
export function directoryRole(
  groups: readonly string[],
  mapping: readonly DirectoryGroupRole[],
  defaultRole: Role | null,
): Role | null {
  const held = new Set(groups);
  return mapping.find((line) => held.has(line.group))?.role ?? defaultRole;
}

export type LaterSignInRole =
  | { role: Role; change: 'none' }
  /** The directory would give more: the stored role is kept and the refusal recorded. */
  | { role: Role; change: 'raiseRefused'; directoryRole: Role }
  /** The directory gives strictly less (a leaver from a group): the role is lowered. */
  | { role: Role; change: 'lowered'; from: Role };

/**
 * A later sign-in never raises a role: when the directory's role grants anything the stored one
 * does not, the stored role stays (an administrator decides). When it grants strictly less,
 * the lower role applies, so removing someone from a directory group takes effect.
 */
export function roleOnLaterSignIn(stored: Role, fromDirectory: Role): LaterSignInRole {
  if (fromDirectory === stored) return { role: stored, change: 'none' };
  if (grantsMore(fromDirectory, stored))
    return { role: stored, change: 'raiseRefused', directoryRole: fromDirectory };
  return { role: fromDirectory, change: 'lowered', from: stored };
}

/** The part after the last "@", lower case; null when there is none. */
export function emailDomain(email: string): string | null {
  const at = email.lastIndexOf('@');
  if (at < 1 || at === email.length - 1) return null;
  return email
    .slice(at + 1)
    .trim()
    .toLowerCase();
}

/** True when the e-mail's domain is exactly one of `allowed` (no sub-domains: list each one). */
export function emailDomainAllowed(email: string, allowed: readonly string[]): boolean {
  const domain = emailDomain(email);
  return domain !== null && allowed.some((d) => d.toLowerCase() === domain);
}

/** A directory domain as an administrator may list it: letters, digits, hyphens and dots. */
export const isEmailDomain = (value: string): boolean =>
  /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i.test(value);
