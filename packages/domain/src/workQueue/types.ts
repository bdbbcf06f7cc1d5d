import type { IsoDate } from '../types';

/**
 * What can wait for someone (docs/procedure.md, Work queues), in the order the queue shows
 * items that fall due on the same day.
 */
export const WORK_ITEM_KINDS = [
  'acknowledge_stage_two',
  'respond',
  'stage_two_update',
  'approve_extension',
  'sign_off',
  'authorise_action',
  'my_action',
  'review_effect',
  'review_publication',
] as const;
export type WorkItemKind = (typeof WORK_ITEM_KINDS)[number];

/** Where an item stands against its due date as of today. */
export type WorkItemUrgency = 'overdue' | 'due_today' | 'due_soon' | 'later' | 'no_due_date';

/** One item of a queue: what, when it is due (null: no deadline), and a stable key to sort ties. */
export interface WorkItem {
  kind: WorkItemKind;
  /** The date by which it should be done; null for items with no deadline (a publication to review). */
  dueOn: IsoDate | null;
  /** A tie-breaker (a complaint reference, an action title): the same data always sorts the same. */
  key: string;
}
