import { ROLE_LABELS, ROLES, type Role } from '@chp/domain';

/** The roles an administrator can give, as [value, label], in the domain's order. */
export const ROLE_OPTIONS: readonly (readonly [Role, string])[] = ROLES.map(
  (role) => [role, ROLE_LABELS[role]] as const,
);

export interface PersonOnScreen {
  role: Role;
  serviceArea?: { id: string } | null;
}

/**
 * What the change form sends: only the fields that differ from the person on screen (an empty
 * service area choice is "no service area"), or null when nothing changed.
 */
export function personChanges(
  person: PersonOnScreen,
  chosen: { role: Role; serviceAreaId: string },
): { role?: Role; serviceAreaId?: string | null } | null {
  const changes: { role?: Role; serviceAreaId?: string | null } = {};
  if (chosen.role !== person.role) changes.role = chosen.role;
  const area = chosen.serviceAreaId || null;
  if (area !== (person.serviceArea?.id ?? null)) changes.serviceAreaId = area;
  return Object.keys(changes).length ? changes : null;
}

/** The client's checks before an invitation is sent, by field (the API checks again). */
export function invitationProblems(input: { name: string; email: string }): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!input.name.trim()) problems['name'] = 'Enter their name.';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email.trim()))
    problems['email'] = 'Enter their e-mail address, like name@example.org.';
  return problems;
}
