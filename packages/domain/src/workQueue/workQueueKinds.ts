import {
  approvesPublications,
  empoweredToSignOff,
  handlesComplaints,
  isManager,
  ownsActions,
  type Role,
} from '../roles';
import { WORK_ITEM_KINDS, type WorkItemKind } from './types';

/**
 * Which kinds of item can wait for a role (docs/procedure.md, Work queues): handlers and managers
 * their complaints' deadlines (§40, §60, §62); managers approve extensions (§27, §62), authorise
 * actions and review their effect (Part 4, Learning from complaints); empowered managers sign off
 * (§65); publication approvers review publications; anyone who may own an action, their actions.
 *
 * @example
 * workQueueKinds('staff') // ['my_action']
 */
export function workQueueKinds(role: Role): WorkItemKind[] {
  const allowed: Record<WorkItemKind, boolean> = {
    acknowledge_stage_two: handlesComplaints(role),
    respond: handlesComplaints(role),
    stage_two_update: handlesComplaints(role),
    approve_extension: isManager(role),
    sign_off: empoweredToSignOff(role),
    authorise_action: isManager(role),
    my_action: ownsActions(role),
    review_effect: isManager(role),
    review_publication: approvesPublications(role),
  };
  return WORK_ITEM_KINDS.filter((k) => allowed[k]);
}
