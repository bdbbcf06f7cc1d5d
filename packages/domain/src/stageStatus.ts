import { ChpRuleError } from './errors';
import { addDays, assertIsoDate } from './internal/dates';
import { workingDaysBetween } from './workingDaysBetween';
import type { CalendarSettings, IsoDate, StageTimeline } from './types';

export type DeadlineStatus = 'closed_on_time' | 'closed_late' | 'on_track' | 'due_soon' | 'overdue';

/**
 * Deadline status of a stage as of `today`. Open stages are measured against the working
 * deadline (the extended due date if any); closed stages against dueOn (withinTimescale).
 * Due soon = at most `dueSoonWorkingDays` working days left after today (0 = due today).
 * Overdue: `workingDaysRemaining` is minus the working days since the deadline (0 when the
 * only days since are non-working).
 *
 * @example
 * stageStatus({ ...t, dueOn: '2026-04-03' }, '2026-04-02') // 'due_soon'
 */
export function stageStatus(
  timeline: StageTimeline,
  today: IsoDate,
  settings?: CalendarSettings,
  options: { dueSoonWorkingDays?: number } = {},
): {
  status: DeadlineStatus;
  deadline: IsoDate;
  workingDaysElapsed: number;
  workingDaysRemaining: number;
} {
  if (timeline === null || typeof timeline !== 'object')
    throw new ChpRuleError('INVALID_DATE', 'expected a stage timeline');
  assertIsoDate(today, 'today');
  const soon = options.dueSoonWorkingDays ?? 2;
  const deadline = timeline.extendedDueOn ?? timeline.dueOn;
  if (timeline.closedOn !== null) {
    return {
      status: timeline.closedOn <= timeline.dueOn ? 'closed_on_time' : 'closed_late',
      deadline,
      workingDaysElapsed:
        timeline.workingDays ??
        Math.max(1, workingDaysBetween(timeline.dayOne, timeline.closedOn, settings)),
      workingDaysRemaining: 0,
    };
  }
  const elapsed = workingDaysBetween(timeline.dayOne, today, settings);
  // working days after today up to and including the deadline; once past it, minus the
  // working days after the deadline up to and including today
  const remaining =
    today > deadline
      ? -workingDaysBetween(addDays(deadline, 1), today, settings)
      : workingDaysBetween(addDays(today, 1), deadline, settings);
  let status: DeadlineStatus;
  if (today > deadline) status = 'overdue';
  else if (remaining <= soon) status = 'due_soon';
  else status = 'on_track';
  return { status, deadline, workingDaysElapsed: elapsed, workingDaysRemaining: remaining };
}
