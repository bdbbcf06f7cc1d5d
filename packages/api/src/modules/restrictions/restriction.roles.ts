import { decidesRestrictions, proposesRestrictions, rolesThat } from '@chp/domain';
import type { Role } from '../../core/role';

/** Who proposes restrictions and reads them on complaints: handlers and managers, never communications or action-only staff. */
export const RESTRICTION_PROPOSERS: readonly Role[] = rolesThat(proposesRestrictions);
/** Who approves, declines and reviews them (Part 1 §13: manager approval). */
export const RESTRICTION_DECIDERS: readonly Role[] = rolesThat(decidesRestrictions);
