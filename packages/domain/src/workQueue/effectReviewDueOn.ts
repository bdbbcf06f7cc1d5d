import type { ActionRecord } from '../improvementActions/types';
import type { IsoDate } from '../types';

/**
 * When a done action's effect is due for review (Part 4, Learning from complaints: the service is
 * monitored afterwards to confirm the issue is resolved): the last day of monitoring, or the day
 * it was done when nobody set a monitoring period. Null for an action that is not done.
 *
 * @example
 * effectReviewDueOn({ status: 'done', completedOn: '2026-03-02', monitoringUntil: '2026-04-30' }) // '2026-04-30'
 */
export function effectReviewDueOn(
  action: Pick<ActionRecord, 'status' | 'completedOn' | 'monitoringUntil'>,
): IsoDate | null {
  if (action.status !== 'done') return null;
  return action.monitoringUntil ?? action.completedOn ?? null;
}
