import { withPerson } from '@chp/domain';
import type { WorkItemKind, WorkItemUrgency } from '../generated/graphql';

/** Each kind of item in a manager's words, one and many (docs/procedure.md, Work queues). */
export const KIND_LABELS: Record<WorkItemKind, [one: string, many: string]> = {
  acknowledge_stage_two: ['stage 2 acknowledgement due', 'stage 2 acknowledgements due'],
  respond: ['response due', 'responses due'],
  stage_two_update: ['update to the {person} due', 'updates to the {person} due'],
  approve_extension: ['extension to approve', 'extensions to approve'],
  sign_off: ['stage 2 response to sign off', 'stage 2 responses to sign off'],
  authorise_action: ['action to authorise', 'actions to authorise'],
  my_action: ['action of yours due', 'actions of yours due'],
  review_effect: ["action's effect to review", "actions' effect to review"],
  review_publication: ['publication to review', 'publications to review'],
};

/** "2 extensions to approve"; `person` is the organisation's word for the person complaining. */
export function countLabel(kind: WorkItemKind, count: number, person?: string): string {
  const [one, many] = KIND_LABELS[kind];
  return withPerson(`${count} ${count === 1 ? one : many}`, person);
}

/** What to do, for one item: "Acknowledge", "Approve the extension"... */
export const ACTION_LABELS: Record<WorkItemKind, string> = {
  acknowledge_stage_two: 'Acknowledge (§40)',
  respond: 'Respond',
  stage_two_update: 'Update the {person} and staff (§62)',
  approve_extension: 'Approve the extension',
  sign_off: 'Sign off the response (§65)',
  authorise_action: 'Authorise the action',
  my_action: 'Complete your action',
  review_effect: 'Review its effect',
  review_publication: 'Review the publication',
};

/** What to do, naming the person complaining by the organisation's word. */
export const actionLabel = (kind: WorkItemKind, person?: string): string =>
  withPerson(ACTION_LABELS[kind], person);

const days = (n: number) => `${n} working day${n === 1 ? '' : 's'}`;

/** "due in 2 working days", "due today", "overdue by 1 working day". */
export function dueText(urgency: WorkItemUrgency, workingDaysLeft: number | null): string {
  if (urgency === 'no_due_date' || workingDaysLeft === null) return 'no due date';
  if (urgency === 'overdue')
    return workingDaysLeft === 0 ? 'overdue' : `overdue by ${days(-workingDaysLeft)}`;
  if (urgency === 'due_today') return 'due today';
  return `due in ${days(workingDaysLeft)}`;
}
