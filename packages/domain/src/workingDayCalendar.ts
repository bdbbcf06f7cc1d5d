import { ChpRuleError } from './errors';
import { calendarFor } from './internal/calendar';
import { dayNumber, fromDayNumber } from './internal/dates';
import type { CalendarSettings, IsoDate } from './types';

export interface WorkingDayRow {
  date: IsoDate;
  isWorkingDay: boolean;
  /** Working days since 1900-01-01 up to and including `date` (see workingDayOrdinal). */
  ordinal: number;
}

/**
 * One row per date from `from` to `to` inclusive, for loading into a SQL table. Working days
 * taken from day one A to closure B is `ordinal(B) - ordinal(A) + 1` when A is a working day.
 *
 * @example
 * workingDayCalendar('2026-04-02', '2026-04-06').map((r) => r.isWorkingDay) // [true, false, false, false, true]
 */
export function workingDayCalendar(
  from: IsoDate,
  to: IsoDate,
  settings?: CalendarSettings,
): WorkingDayRow[] {
  const a = dayNumber(from, 'from');
  const b = dayNumber(to, 'to');
  if (b < a) throw new ChpRuleError('INVALID_PERIOD', `to (${to}) is before from (${from})`);
  const cal = calendarFor(settings);
  const rows: WorkingDayRow[] = [];
  let ordinal = cal.ordinal(a - 1);
  for (let n = a; n <= b; n++) {
    const working = cal.isWorkingDay(n);
    if (working) ordinal++;
    rows.push({ date: fromDayNumber(n), isWorkingDay: working, ordinal });
  }
  return rows;
}
