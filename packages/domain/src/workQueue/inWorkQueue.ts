import type { CalendarSettings, IsoDate } from '../types';
import type { WorkItemKind } from './types';
import { workItemUrgency } from './workItemUrgency';

/**
 * Kinds that wait for someone as soon as they exist (an acknowledgement, a request for approval,
 * an action to authorise, a publication to review); an effect review from the day monitoring
 * ends; the others (a response, a §62 update, one's own action) only when due soon or overdue.
 */
const ALWAYS_QUEUED: ReadonlySet<WorkItemKind> = new Set<WorkItemKind>([
  'acknowledge_stage_two',
  'approve_extension',
  'sign_off',
  'authorise_action',
  'review_publication',
]);

/** An action's effect is reviewed once monitoring has ended: from its due date, not before. */
const FROM_DUE_DATE: ReadonlySet<WorkItemKind> = new Set<WorkItemKind>(['review_effect']);

/**
 * Whether an item belongs in the queue as of `today` (docs/procedure.md, Work queues). The reference
 * the API's queries are tested against.
 *
 * @example
 * inWorkQueue('respond', '2026-03-13', '2026-03-06') // false: day 10 is 5 working days away
 * inWorkQueue('respond', '2026-03-10', '2026-03-06') // true: due soon
 */
export function inWorkQueue(
  kind: WorkItemKind,
  dueOn: IsoDate | null,
  today: IsoDate,
  settings?: CalendarSettings,
): boolean {
  if (ALWAYS_QUEUED.has(kind)) return true;
  if (FROM_DUE_DATE.has(kind)) return dueOn !== null && dueOn <= today;
  const urgency = workItemUrgency(today, dueOn, settings);
  return urgency === 'overdue' || urgency === 'due_today' || urgency === 'due_soon';
}
