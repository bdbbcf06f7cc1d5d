import type { Role } from './role';

/** The signed-in member of staff, as every resolver sees them. */
export interface Viewer {
  personId: string;
  name: string;
  organisationId: string;
  role: Role;
  /** Their own organisation, plus the group's members when they hold group access. */
  organisationIds: string[];
}
