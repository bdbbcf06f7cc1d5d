import type { MeQuery } from '../generated/graphql';
import {
  administers,
  handlesComplaints,
  importsComplaints,
  readsBoardPacks,
  isManager,
  listsAllActions,
  readsAnalytics,
  readsAudit,
  readsComplaints,
  writesPublications,
  type Role,
} from '@chp/domain';

/** Who is signed in, as the API's `me` answers (the Me query). */
export type Me = MeQuery['me'];

export interface NavItem {
  to: string;
  label: string;
}

/**
 * The navigation a role sees: only what it may use (every permission is a @chp/domain role
 * predicate). Staff own improvement actions and see nothing else; communications staff see the
 * figures and every action (for "you said, we did") but no complaint register, and write the
 * publications; handlers work in the register and on their own actions (a complaint's page lists
 * its actions); managers see everything.
 */
export function navigationFor(role: Role): NavItem[] {
  const items: NavItem[] = [];
  if (readsAnalytics(role)) items.push({ to: '/', label: 'Overview' });
  if (handlesComplaints(role)) items.push({ to: '/complaints', label: 'Complaints' });
  if (readsAnalytics(role))
    items.push({ to: '/indicators', label: 'Indicators' }, { to: '/trends', label: 'Trends' });
  items.push({ to: '/actions/mine', label: 'My actions' });
  if (listsAllActions(role)) items.push({ to: '/actions', label: 'All actions' });
  if (writesPublications(role)) items.push({ to: '/publications', label: 'Publications' });
  if (readsBoardPacks(role)) items.push({ to: '/board-packs', label: 'Board packs' });
  if (isManager(role)) items.push({ to: '/returns', label: 'Returns' });
  if (isManager(role)) items.push({ to: '/spso-recommendations', label: 'SPSO recommendations' });
  if (administers(role)) items.push({ to: '/staff', label: 'Staff' });
  if (administers(role)) items.push({ to: '/admin', label: 'Administration' });
  if (administers(role)) items.push({ to: '/outbox', label: 'Outbox' });
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
  if (pathname === '/returns' || pathname === '/spso-recommendations') return isManager(role);
  if (pathname === '/complaints') return handlesComplaints(role);
  if (pathname.startsWith('/complaints/')) return readsComplaints(role);
  if (pathname === '/actions') return listsAllActions(role);
  if (pathname === '/publications' || pathname.startsWith('/publications/'))
    return writesPublications(role);
  if (pathname === '/board-packs' || pathname.startsWith('/board-packs/'))
    return readsBoardPacks(role);
  if (pathname === '/staff' || pathname === '/outbox') return administers(role);
  if (pathname === '/admin/audit') return readsAudit(role);
  if (pathname === '/imports') return importsComplaints(role);
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return administers(role);
  return true;
}

/**
 * A person's navigation: their role's, then the Group page for group readers (the members'
 * figures side by side) and the Platform page for the platform administrator.
 */
export function navigationForPerson(me: Me): NavItem[] {
  const items = navigationFor(me.role);
  if (me.groupAccess && readsAnalytics(me.role)) items.push({ to: '/group', label: 'Group' });
  if (me.platformAdmin) items.push({ to: '/platform', label: 'Platform' });
  return items;
}

/** Whether this person may open a path: the Group and Platform pages are theirs, not a role's. */
export function mayOpenFor(me: Me, pathname: string): boolean {
  if (pathname === '/group') return me.groupAccess && readsAnalytics(me.role);
  if (pathname === '/platform') return me.platformAdmin;
  return mayOpen(me.role, pathname);
}
