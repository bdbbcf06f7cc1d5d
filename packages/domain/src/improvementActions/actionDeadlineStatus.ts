import { ChpRuleError } from '../errors';
import { assertInteger, assertIsoDate, dayNumber } from '../internal/dates';
import type { IsoDate } from '../types';
import type { ActionDeadlineStatus, ActionRecord } from './types';

/**
 * Where an action stands against its target date as of `today`. Target dates are calendar dates
 * and "due soon" counts **calendar** days, as an owner reads "due within 14 days": at most
 * `dueSoonDays` (default 14) days from today to the target date, the target date itself being
 * due soon; past it, overdue. Done and verified actions report whether they were completed on
 * or before the target date; cancelled ones, 'cancelled'.
 *
 * @example
 * actionDeadlineStatus({ status: 'in_progress', ownerId: 'p', targetDate: '2026-03-31' }, '2026-03-20') // 'due_soon'
 * actionDeadlineStatus({ status: 'done', ownerId: 'p', targetDate: '2026-03-31', completedOn: '2026-04-02' }, '2026-05-01') // 'done_late'
 */
export function actionDeadlineStatus(
  action: Pick<ActionRecord, 'status' | 'targetDate' | 'completedOn'>,
  today: IsoDate,
  options: { dueSoonDays?: number } = {},
): ActionDeadlineStatus {
  if (action === null || typeof action !== 'object')
    throw new ChpRuleError('INVALID_ACTION', 'expected an improvement action');
  const target = dayNumber(action.targetDate, 'targetDate');
  const now = dayNumber(today, 'today');
  const soon = options.dueSoonDays ?? 14;
  assertInteger(soon, 'dueSoonDays');
  if (soon < 0)
    throw new ChpRuleError('INVALID_NUMBER', `dueSoonDays must not be negative, got ${soon}`);
  switch (action.status) {
    case 'cancelled':
      return 'cancelled';
    case 'done':
    case 'verified': {
      if (!action.completedOn)
        throw new ChpRuleError('INVALID_ACTION', `a ${action.status} action has a completion date`);
      assertIsoDate(action.completedOn, 'completedOn');
      return action.completedOn <= action.targetDate ? 'done_on_time' : 'done_late';
    }
    case 'proposed':
    case 'authorised':
    case 'in_progress':
      if (now > target) return 'overdue';
      return target - now <= soon ? 'due_soon' : 'on_track';
    default:
      throw new ChpRuleError(
        'INVALID_ACTION_STATUS',
        `unknown action status ${String(action.status)}`,
      );
  }
}
