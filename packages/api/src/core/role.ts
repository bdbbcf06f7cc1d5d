import { registerEnumType } from 'type-graphql';

export enum Role {
  admin = 'admin',
  senior_manager = 'senior_manager',
  manager = 'manager',
  handler = 'handler',
  communications = 'communications',
  /** Any other member of staff: may own improvement actions. */
  staff = 'staff',
}
registerEnumType(Role, { name: 'Role' });

/** Who may give a stage 2 final response (§65: a manager or officer empowered to sign it off). */
export const EMPOWERED_TO_SIGN_OFF: readonly Role[] = [Role.senior_manager, Role.manager];
/** Who may approve an extension or authorise an improvement action (§27, §62; Part 4). */
export const MANAGERS: readonly Role[] = [Role.admin, Role.senior_manager, Role.manager];
/** Who records complaints and moves them through the procedure. */
export const COMPLAINT_HANDLERS: readonly Role[] = [...MANAGERS, Role.handler];
/** Who may see customers' personal data. Communications staff and action-only staff never do. */
export const SEES_PERSONAL_DATA: readonly Role[] = COMPLAINT_HANDLERS;
