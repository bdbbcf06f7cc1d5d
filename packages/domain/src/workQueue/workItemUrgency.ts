import type { CalendarSettings, IsoDate } from '../types';
import { DUE_SOON_WORKING_DAYS } from './dueSoon';
import type { WorkItemUrgency } from './types';
import { workingDaysLeft } from './workingDaysLeft';

/**
 * Where an item stands as of `today` (docs/procedure.md, Work queues): past its due date it is
 * overdue; on it, due today; within {@link DUE_SOON_WORKING_DAYS} working days, due soon.
 *
 * @example
 * workItemUrgency('2026-03-06', '2026-03-10') // 'due_soon'
 * workItemUrgency('2026-03-06', '2026-03-05') // 'overdue'
 */
export function workItemUrgency(
  today: IsoDate,
  dueOn: IsoDate | null,
  settings?: CalendarSettings,
): WorkItemUrgency {
  if (dueOn === null) return 'no_due_date';
  if (dueOn < today) return 'overdue';
  if (dueOn === today) return 'due_today';
  return workingDaysLeft(today, dueOn, settings) <= DUE_SOON_WORKING_DAYS ? 'due_soon' : 'later';
}
