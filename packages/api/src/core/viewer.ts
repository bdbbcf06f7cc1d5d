import type { Role } from './role';

/** The signed-in member of staff, as every resolver sees them. */
export interface Viewer {
  personId: string;
  name: string;
  organisationId: string;
  role: Role;
  /**
   * The organisations whose records they read and write: their own only. Registers, people,
   * customers and every write are scoped by this (docs/architecture.md, Organisations and groups).
   */
  organisationIds: string[];
  /**
   * The organisations whose FIGURES they read: their own, plus the other members of its group
   * when they hold group access. Only the figure queries (indicators, trends, the group roll-up)
   * use it: group access never shows a member's customers and never writes in a member.
   */
  figureOrganisationIds: string[];
  /** Creates organisations and groups on this deployment (README, Platform administrator). */
  platformAdmin: boolean;
}

/**
 * The viewer as every write sees them: their own organisation only, whatever they may read.
 * Used by core/mutation.ts for every mutation's transaction.
 */
export const ownOrganisationOnly = (viewer: Viewer): Viewer => ({
  ...viewer,
  organisationIds: [viewer.organisationId],
  figureOrganisationIds: [viewer.organisationId],
});
