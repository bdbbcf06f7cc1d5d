import type { ActionListItem, ActionStatus, ActionStep } from './types';

const OPEN: readonly ActionStatus[] = ['proposed', 'authorised', 'in_progress'];
export const isOpen = (status: ActionStatus): boolean => OPEN.includes(status);

/**
 * "My actions": overdue first, then by target date (soonest first), as the API orders them, so
 * a page reads the same whatever order it arrives in.
 */
export function sortActions<T extends Pick<ActionListItem, 'deadlineStatus' | 'targetDate' | 'id'>>(
  actions: readonly T[],
): T[] {
  const rank = (a: T) => (a.deadlineStatus === 'overdue' ? 0 : 1);
  return [...actions].sort(
    (a, b) =>
      rank(a) - rank(b) || a.targetDate.localeCompare(b.targetDate) || a.id.localeCompare(b.id),
  );
}

/** The status filter's choices, and the API's statuses for each. */
export const STATUS_FILTERS: Record<
  string,
  { label: string; statuses: ActionStatus[] | undefined }
> = {
  '': { label: 'Any', statuses: undefined },
  open: {
    label: 'Open (proposed, authorised, in progress)',
    statuses: ['proposed', 'authorised', 'in_progress'],
  },
  proposed: { label: 'Proposed', statuses: ['proposed'] },
  authorised: { label: 'Authorised', statuses: ['authorised'] },
  in_progress: { label: 'In progress', statuses: ['in_progress'] },
  done: { label: 'Done (being monitored)', statuses: ['done'] },
  verified: { label: 'Verified', statuses: ['verified'] },
  cancelled: { label: 'Cancelled', statuses: ['cancelled'] },
};

export const STATUS_LABEL: Record<ActionStatus, string> = {
  proposed: 'Proposed',
  authorised: 'Authorised',
  in_progress: 'In progress',
  done: 'Done',
  verified: 'Verified',
  cancelled: 'Cancelled',
};

export const ACTION_STEP_LABEL: Record<ActionStep, string> = {
  authorise: 'Authorise',
  progress: 'Update progress',
  complete: 'Complete with evidence',
  verify: 'Record the effect',
  assign: 'Reassign',
  editSummary: 'Edit the public summary',
  cancel: 'Cancel the action',
};

/** The order the buttons appear in: the next step of the lifecycle first. */
export function orderedSteps(steps: readonly ActionStep[]): ActionStep[] {
  const order: ActionStep[] = [
    'authorise',
    'progress',
    'complete',
    'verify',
    'assign',
    'editSummary',
    'cancel',
  ];
  return order.filter((s) => steps.includes(s));
}
