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

/**
 * The reminder an open action's owner is due on `today`, or null: `leadDays` working days
 * before the target date, on the target date, then every 7 days while overdue; each on that
 * date's working day (reminderDay). A run that missed a day catches up with the latest reminder
 * due, keyed by the day it belongs to, so repeating the run never repeats a reminder.
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
  const onTheDay = reminderDay(targetDate, calendar);
  if (today < onTheDay) {
    if (leadDays <= 0) return null;
    const soon = reminderDay(addWorkingDays(targetDate, -leadDays, calendar), calendar);
    return today >= soon && soon < onTheDay ? { reason: 'action_due_soon', day: soon } : null;
  }
  // the latest weekly reminder whose working day has come (a holiday can push one past today)
  for (let week = Math.floor((daysInclusive(targetDate, today) - 1) / 7); week >= 1; week--) {
    const day = reminderDay(addDays(targetDate, 7 * week), calendar);
    if (day <= today) return { reason: 'action_overdue', day };
  }
  return { reason: 'action_due_today', day: onTheDay };
}
