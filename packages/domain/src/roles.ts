/**
 * The roles a member of staff holds, and what each may do. One predicate per permission; the API
 * guards its operations with `rolesThat(predicate)` and the dashboard shows only what a role may
 * use, so both answer from these definitions.
 *
 * @example
 * isManager('senior_manager') // true
 * rolesThat(writesPublications) // ['admin', 'senior_manager', 'manager', 'communications']
 */
export const ROLES = [
  'admin',
  'senior_manager',
  'manager',
  'handler',
  'communications',
  /** Any other member of staff: may own improvement actions. */
  'staff',
] as const;

export type Role = (typeof ROLES)[number];

/** How staff screens name each role. */
export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrator',
  senior_manager: 'Senior manager',
  manager: 'Manager',
  handler: 'Complaint handler',
  communications: 'Communications',
  staff: 'Action owner',
};

/** True when `value` is one of {@link ROLES}. */
export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/** Managers (admin, senior manager, manager): approve extensions (§27, §62), authorise and verify improvement actions, see every list. */
export const isManager = (role: Role): boolean =>
  role === 'admin' || role === 'senior_manager' || role === 'manager';
/** Who records complaints and moves them through the procedure (managers and handlers). */
export const handlesComplaints = (role: Role): boolean => isManager(role) || role === 'handler';
/** Who reads complaints: complaint handlers, and communications staff without personal data. */
export const readsComplaints = (role: Role): boolean =>
  handlesComplaints(role) || role === 'communications';
/** Who sees customers' personal data (details, summaries, journey details). Never communications or action-only staff. */
export const seesPersonalData = (role: Role): boolean => handlesComplaints(role);
/** Who reads the indicators, trends and overview, and grouped action figures. */
export const readsAnalytics = (role: Role): boolean => readsComplaints(role);
/** Who drafts, submits, publishes and withdraws "you said, we did" and the annual report (docs/procedure.md, Reporting and publishing). */
export const writesPublications = (role: Role): boolean =>
  isManager(role) || role === 'communications';
/** Who may approve a publication (never their own: see `publicationStepAllowed`). */
export const approvesPublications = (role: Role): boolean =>
  role === 'senior_manager' || role === 'manager';
/** §65: a manager empowered to give the final stage 2 response signs it off (not the administrator). */
export const empoweredToSignOff = (role: Role): boolean =>
  role === 'senior_manager' || role === 'manager';
/** Who may own an improvement action (every role but communications). */
export const ownsActions = (role: Role): boolean => role !== 'communications';
/** Who may be assigned a complaint as its handler. */
export const assignableAsHandler = (role: Role): boolean => handlesComplaints(role);
/** Who sees every improvement action in the dashboard's "All actions" list. */
export const listsAllActions = (role: Role): boolean =>
  isManager(role) || role === 'communications';
/** Who may read every action through the API (everyone but action-only staff; the API's `seesAllActions`). */
export const readsAllActions = (role: Role): boolean => role !== 'staff';
/** Who reads the audit log. */
export const readsAudit = (role: Role): boolean => role === 'admin' || role === 'senior_manager';
/** Who administers the organisation: settings, closure days, people, service areas, root causes. */
export const administers = (role: Role): boolean => role === 'admin';

/** Part 1 §12–13: who proposes a contact restriction and sees a customer's restrictions (handlers and managers; never communications or action-only staff). */
export const proposesRestrictions = (role: Role): boolean => handlesComplaints(role);
/** Part 1 §13: who approves, declines and reviews a contact restriction (managers). */
export const decidesRestrictions = (role: Role): boolean => isManager(role);

/** The roles for which `predicate` holds, in the order of {@link ROLES}: an API role list. */
export function rolesThat(predicate: (role: Role) => boolean): Role[] {
  return ROLES.filter(predicate);
}

/** Imports complaints from spreadsheets and saves the column mapping (admin and managers). */
export const importsComplaints = (role: Role): boolean => isManager(role);
