import type { Role } from './roles';

/**
 * An organisation always keeps at least one active administrator (docs/procedure.md, Accounts):
 * otherwise nobody could invite staff, reset a password or change a setting again.
 */
export interface StaffMember {
  id: string;
  role: Role;
  active: boolean;
}

/**
 * True when the organisation, after `change` to one member of staff, still has an active
 * administrator. `staff` is the organisation's staff as they are now (its active
 * administrators at least).
 *
 * @example
 * keepsAnAdministrator([{ id: 'a', role: 'admin', active: true }], { id: 'a', active: false }) // false
 */
export function keepsAnAdministrator(
  staff: readonly StaffMember[],
  change: { id: string; role?: Role; active?: boolean },
): boolean {
  return staff.some((member) => {
    const after = member.id === change.id ? { ...member, ...definedOnly(change) } : member;
    return after.role === 'admin' && after.active;
  });
}

function definedOnly(change: { role?: Role; active?: boolean }): Partial<StaffMember> {
  const out: Partial<StaffMember> = {};
  if (change.role !== undefined) out.role = change.role;
  if (change.active !== undefined) out.active = change.active;
  return out;
}
