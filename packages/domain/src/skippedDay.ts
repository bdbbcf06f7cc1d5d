import { calendarFor } from './internal/calendar';
import { dayNumber, weekdayIndex } from './internal/dates';
import { scottishBankHolidayName } from './scottishBankHolidayNames';
import type { IsoDate, TimelineSettings } from './types';

/** Why a day was not counted in a timeline. */
export type SkipReason =
  'weekend' | 'bank_holiday' | 'substitute_bank_holiday' | 'closure_day' | 'after_cut_off';

export const SKIP_REASONS: readonly SkipReason[] = [
  'weekend',
  'bank_holiday',
  'substitute_bank_holiday',
  'closure_day',
  'after_cut_off',
];

export interface SkippedDay {
  date: IsoDate;
  reason: SkipReason;
  /**
   * 'Saturday' or 'Sunday'; the bank holiday's name; the organisation's reason for a closure day
   * (e.g. 'Industrial action: strike'); for the cut-off, 'received at 17:30, after the 17:00 cut-off'.
   */
  name: string;
  /** A substitute bank holiday: the date of the holiday it stands in for. */
  substituteFor?: IsoDate;
}

/** The organisation's reason for one of its closure days, as recorded with the day. */
export interface ClosureNote {
  date: IsoDate;
  reason: string;
}

/** Timeline settings plus what explanations name: the reasons for the closure days. */
export interface ExplainSettings extends TimelineSettings {
  closureNotes?: readonly ClosureNote[];
}

/**
 * Why `date` is not a working day (Appendix 1 §1), or null when it is one: a weekend, a Scottish
 * bank holiday by name (a substitute day names the holiday it replaces), or an organisation
 * closure day with its recorded reason. Decided by the same calendar as every date.
 *
 * @example
 * whyNotAWorkingDay('2025-12-01')
 * // { date: '2025-12-01', reason: 'substitute_bank_holiday', name: 'St Andrew’s Day (substitute day)', substituteFor: '2025-11-30' }
 */
export function whyNotAWorkingDay(date: IsoDate, settings?: ExplainSettings): SkippedDay | null {
  const n = dayNumber(date);
  if (calendarFor(settings).isWorkingDay(n)) return null;
  const weekday = weekdayIndex(n);
  if (weekday >= 5) return { date, reason: 'weekend', name: weekday === 5 ? 'Saturday' : 'Sunday' };
  if (settings?.closureDays?.includes(date)) {
    const note = settings.closureNotes?.find((c) => c.date === date);
    return { date, reason: 'closure_day', name: note?.reason ?? 'Organisation closure day' };
  }
  const holiday = scottishBankHolidayName(date);
  if (holiday?.substituteFor)
    return {
      date,
      reason: 'substitute_bank_holiday',
      name: holiday.name,
      substituteFor: holiday.substituteFor,
    };
  return { date, reason: 'bank_holiday', name: holiday?.name ?? 'Bank holiday' };
}
