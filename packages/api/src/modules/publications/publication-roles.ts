import { MANAGERS, Role } from '../../core/role';

/** Who drafts, edits, submits, publishes and withdraws publications: communications staff and managers. */
export const PUBLICATION_EDITORS: readonly Role[] = [...MANAGERS, Role.communications];
/** Who may approve (never their own): a manager or senior manager. */
export const PUBLICATION_APPROVERS: readonly Role[] = [Role.senior_manager, Role.manager];
