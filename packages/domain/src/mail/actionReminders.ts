import { addDays, daysInclusive } from '../addDays';
import { addWorkingDays } from '../addWorkingDays';
import { workingDayOnOrAfter } from '../workingDayOnOrAfter';
import type { CalendarSettings, IsoDate } from '../types';

/** Why an action's owner is reminded (docs/procedure.md, Reminders and e-mail). */
export type ActionReminderReason = 'action_due_soon' | 'action_due_today' | 'action_overdue';

/** A reminder due: its reason and the working day it belongs to (one per reason and day). */
export interface ReminderDue<R extends string = string> {
  reason: R;
  day: IsoDate;
}

/** Working days before an action's target date that its owner is first reminded (organisation setting). */
export const DEFAULT_REMINDER_LEAD_DAYS = 5;

/**
 * The working day a reminder meant for `date` is sent: `date` itself when it is a working day,
 * else the next one (a reminder falling on St Andrew's Day waits for the next working day).
 *
 * @example
 * reminderDay('2026-11-30') // '2026-12-01': St Andrew's Day is a Monday in 2026
 */
export function reminderDay(date: IsoDate, calendar?: CalendarSettings): IsoDate {
  return workingDayOnOrAfter(date, calendar);
}

/** Where a deadline stands for its reminders: before it, on it, past it. */
export type DeadlineReminderStep = 'due_soon' | 'due_today' | 'overdue';

/** Working days before a complaint's deadline its handler is first reminded. */
export const HANDLER_REMINDER_LEAD_DAYS = 2;

/**
 * The reminder due on `today` for a deadline `dueOn`, or null: `leadDays` working days before
 * it, on it, then every 7 days while it is missed; each on that date's working day
 * (reminderDay). A run that missed a day catches up with the latest reminder due, keyed by the
 * day it belongs to, so repeating the run never repeats a reminder.
 *
 * @example
 * deadlineReminderDue('2026-03-16', '2026-03-09', 5) // { reason: 'due_soon', day: '2026-03-09' }
 */
export function deadlineReminderDue(
  dueOn: IsoDate,
  today: IsoDate,
  leadDays: number,
  calendar?: CalendarSettings,
): ReminderDue<DeadlineReminderStep> | null {
  const onTheDay = reminderDay(dueOn, calendar);
  if (today < onTheDay) {
    if (leadDays <= 0) return null;
    const soon = reminderDay(addWorkingDays(dueOn, -leadDays, calendar), calendar);
    return today >= soon && soon < onTheDay ? { reason: 'due_soon', day: soon } : null;
  }
  // the latest weekly reminder whose working day has come (a holiday can push one past today)
  for (let week = Math.floor((daysInclusive(dueOn, today) - 1) / 7); week >= 1; week--) {
    const day = reminderDay(addDays(dueOn, 7 * week), calendar);
    if (day <= today) return { reason: 'overdue', day };
  }
  return { reason: 'due_today', day: onTheDay };
}

/**
 * The reminder an open action's owner is due on `today`, or null: `leadDays` working days
 * before the target date, on the target date, then every 7 days while overdue
 * (deadlineReminderDue).
 *
 * @example
 * actionReminderDue('2026-03-16', '2026-03-09', 5) // { reason: 'action_due_soon', day: '2026-03-09' }
 */
export function actionReminderDue(
  targetDate: IsoDate,
  today: IsoDate,
  leadDays: number = DEFAULT_REMINDER_LEAD_DAYS,
  calendar?: CalendarSettings,
): ReminderDue<ActionReminderReason> | null {
  const due = deadlineReminderDue(targetDate, today, leadDays, calendar);
  return due ? { reason: `action_${due.reason}`, day: due.day } : null;
}
