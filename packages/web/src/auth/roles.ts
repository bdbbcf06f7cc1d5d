export type Role = 'admin' | 'senior_manager' | 'manager' | 'handler' | 'communications' | 'staff';

export interface Me {
  id: string;
  name: string;
  email: string;
  role: Role;
  organisationId: string;
  serviceAreaId: string | null;
}

export interface NavItem {
  to: string;
  label: string;
}

const MANAGERS: readonly Role[] = ['admin', 'senior_manager', 'manager'];

/** Managers (admin, senior manager, manager): extensions, authorising and verifying actions, every list. */
export const isManager = (role: Role): boolean => MANAGERS.includes(role);
/** Who records complaints and moves them through the procedure. */
export const handlesComplaints = (role: Role): boolean => isManager(role) || role === 'handler';
/** Who reads complaints (communications without personal data). */
export const readsComplaints = (role: Role): boolean =>
  handlesComplaints(role) || role === 'communications';
/** Who sees customer details, summaries and journey details. */
export const seesPersonalData = handlesComplaints;
/** Who reads the indicators, trends and overview. */
export const readsAnalytics = (role: Role): boolean => readsComplaints(role);
/** Who drafts, sends for review, publishes and withdraws "you said, we did" and the annual report (docs/procedure.md, Reporting and publishing). */
export const writesPublications = (role: Role): boolean =>
  isManager(role) || role === 'communications';
/** §65: a manager empowered to give the final response signs off stage 2 (not the administrator). */
export const signsOff = (role: Role): boolean => role === 'senior_manager' || role === 'manager';

/**
 * The navigation a role sees: only what it may use. Staff own improvement actions and see
 * nothing else; communications staff see the figures and every action (for "you said, we did")
 * but no complaint register, and write the publications; handlers work in the register and on their own actions (a
 * complaint's page lists its actions); managers see everything.
 */
export function navigationFor(role: Role): NavItem[] {
  const items: NavItem[] = [];
  if (readsAnalytics(role)) items.push({ to: '/', label: 'Overview' });
  if (handlesComplaints(role)) items.push({ to: '/complaints', label: 'Complaints' });
  if (readsAnalytics(role))
    items.push({ to: '/indicators', label: 'Indicators' }, { to: '/trends', label: 'Trends' });
  items.push({ to: '/actions/mine', label: 'My actions' });
  if (isManager(role) || role === 'communications')
    items.push({ to: '/actions', label: 'All actions' });
  if (writesPublications(role)) items.push({ to: '/publications', label: 'Publications' });
  return items;
}

/** Where a role lands after signing in. */
export function homeFor(role: Role): string {
  return readsAnalytics(role) ? '/' : '/actions/mine';
}

/** Whether a role may open a path (links from elsewhere, typed addresses). */
export function mayOpen(role: Role, pathname: string): boolean {
  if (pathname === '/' || pathname.startsWith('/indicators') || pathname.startsWith('/trends'))
    return readsAnalytics(role);
  if (pathname === '/complaints') return handlesComplaints(role);
  if (pathname.startsWith('/complaints/')) return readsComplaints(role);
  if (pathname === '/actions') return isManager(role) || role === 'communications';
  if (pathname === '/publications' || pathname.startsWith('/publications/'))
    return writesPublications(role);
  return true;
}

export const ROLE_LABEL: Record<Role, string> = {
  admin: 'Administrator',
  senior_manager: 'Senior manager',
  manager: 'Manager',
  handler: 'Complaint handler',
  communications: 'Communications',
  staff: 'Action owner',
};
