import { ChpRuleError } from '../errors';
import { isWorkingDay } from '../isWorkingDay';
import { londonDateTime, londonInstant, type LocalTime } from '../londonTime';
import { nextWorkingDay } from '../nextWorkingDay';
import type { CalendarSettings, Instant, IsoDate } from '../types';

/** When an organisation's mail may go: from and until a London time, on its working days. */
export interface SendingHours {
  /** 'HH:MM', default '08:00'. */
  from: LocalTime;
  /** 'HH:MM', after `from`, default '18:00'. */
  until: LocalTime;
}

export const DEFAULT_SENDING_HOURS: SendingHours = { from: '08:00', until: '18:00' };

/** Throws SENDING_HOURS_ORDER unless `from` is before `until`. */
export function checkSendingHours(hours: SendingHours): void {
  if (!(hours.from < hours.until))
    throw new ChpRuleError(
      'SENDING_HOURS_ORDER',
      `sending must start before it ends (${hours.from} to ${hours.until})`,
    );
}

/**
 * The first instant at or after `now` inside the sending hours of a working day (Europe/London):
 * `now` itself when inside them, else the start of the hours that day or of the next working day.
 *
 * @example
 * nextSendingInstant('2026-11-27T19:00:00Z') // '2026-12-01T08:00:00.000Z': the weekend, then St Andrew's Day (Mon 30 Nov)
 */
export function nextSendingInstant(
  now: Instant,
  hours: SendingHours = DEFAULT_SENDING_HOURS,
  calendar?: CalendarSettings,
): Instant {
  const { date, time } = londonDateTime(now);
  if (isWorkingDay(date, calendar)) {
    if (time < hours.from) return londonInstant(date, hours.from);
    if (time < hours.until) return new Date(now).toISOString();
  }
  return londonInstant(nextWorkingDay(date, calendar), hours.from);
}

/** Whether `now` is inside the sending hours of a working day. */
export function inSendingHours(
  now: Instant,
  hours: SendingHours = DEFAULT_SENDING_HOURS,
  calendar?: CalendarSettings,
): boolean {
  return nextSendingInstant(now, hours, calendar) === new Date(now).toISOString();
}

/** The London date of an instant, the day a scheduled run counts as "today". */
export function londonDate(now: Instant): IsoDate {
  return londonDateTime(now).date;
}
