import { ChpRuleError } from './errors';
import { financialQuarterOf } from './financialYear';
import {
  displayDate,
  financialQuarterPeriod,
  previousPeriod,
  type Period,
} from './reportingPeriods';
import { calendarFor } from './internal/calendar';
import { dayNumber, fromDayNumber } from './internal/dates';
import type { CalendarSettings, IsoDate } from './types';

/**
 * Like-for-like comparisons (docs/procedure.md, Reporting and publishing: like-for-like
 * comparisons): a quarter still running is set against the SAME working days of the quarters it
 * is compared with, never a part quarter against a whole one. On the 41st working day of this
 * quarter the previous quarter and the same quarter a year earlier count their first 41 working
 * days. The calendar (closure days, open bank holidays) is an argument.
 *
 * @example
 * // Financial year from April; 26 Nov 2026 is the 41st working day of 2026/27 Q3
 * likeForLikeQuarters('2026-11-26', 4).previousQuarter // 1 Jul 2026 – 27 Aug 2026 (its first 41)
 */
export interface LikeForLikeQuarters {
  /** The whole quarter `today` is in. */
  quarter: Period;
  /** Working days of the quarter up to and including `today` (the whole quarter once it has ended). */
  workingDays: number;
  /** True while the quarter is still running: the figures are "to date". */
  partial: boolean;
  /** The quarter from its first day to `today`: '2026/27 Q3 to date'. */
  current: Period;
  /** The previous quarter's same working days: '2026/27 Q2, first 41 working days'. */
  previousQuarter: Period;
  /** The same quarter a year earlier, its same working days. */
  sameQuarterLastYear: Period;
}

/**
 * The start of `comparison` through as many working days as `current` has from its first day to
 * `through`, as a range named after the comparison period. When `through` is not a working day
 * (a weekend after the Nth working day), the days up to the (N+1)th working day are included, as
 * they are in the current period. With no working day yet, the same number of calendar days.
 * Never past the end of `comparison` (a quarter with fewer working days counts whole).
 */
export function sameWorkingDays(
  current: Pick<Period, 'from'>,
  through: IsoDate,
  comparison: Period,
  calendar?: CalendarSettings,
): Period {
  const cal = calendarFor(calendar);
  const start = dayNumber(current.from, 'from');
  const end = dayNumber(through, 'through');
  if (end < start)
    throw new ChpRuleError(
      'INVALID_PERIOD',
      `through (${through}) is before the period's first day (${current.from})`,
    );
  const n = cal.ordinal(end) - cal.ordinal(start - 1);
  const last = dayNumber(comparison.to, 'to');
  let to: number;
  if (n === 0) {
    to = dayNumber(comparison.from) + (end - start);
  } else {
    let d = dayNumber(comparison.from) - 1;
    for (let left = n; left > 0 && d < last;) {
      d++;
      if (cal.isWorkingDay(d)) left--;
    }
    to = d;
    if (!cal.isWorkingDay(end)) while (to < last && !cal.isWorkingDay(to + 1)) to++;
  }
  to = Math.min(to, last);
  const toDate = fromDayNumber(to);
  if (toDate === comparison.to) return comparison;
  return {
    kind: 'range',
    from: comparison.from,
    to: toDate,
    label: `${comparison.label}, first ${n} working day${n === 1 ? '' : 's'}`,
  };
}

/**
 * The quarter of the organisation's reporting year holding `today` (`startMonth`: the month its
 * year starts in), to date, against the same working days of the previous quarter and of the
 * same quarter a year earlier.
 */
export function likeForLikeQuarters(
  today: IsoDate,
  startMonth: number,
  calendar?: CalendarSettings,
): LikeForLikeQuarters {
  const { year, quarter: q } = financialQuarterOf(today, startMonth);
  const quarter = financialQuarterPeriod(year, q, startMonth);
  return likeForLike(
    quarter,
    today,
    previousPeriod(quarter),
    financialQuarterPeriod(year - 1, q, startMonth),
    calendar,
  );
}

/** {@link likeForLikeQuarters} for any period and its two comparison periods. */
export function likeForLike(
  quarter: Period,
  today: IsoDate,
  previous: Period,
  lastYear: Period,
  calendar?: CalendarSettings,
): LikeForLikeQuarters {
  const partial = today < quarter.to;
  const through = partial ? today : quarter.to;
  const current: Period = partial
    ? {
        kind: 'range',
        from: quarter.from,
        to: through,
        label: `${quarter.label} to date (to ${displayDate(through)})`,
      }
    : quarter;
  const cal = calendarFor(calendar);
  const workingDays = cal.ordinal(dayNumber(through)) - cal.ordinal(dayNumber(quarter.from) - 1);
  return {
    quarter,
    workingDays,
    partial,
    current,
    previousQuarter: partial ? sameWorkingDays(quarter, through, previous, calendar) : previous,
    sameQuarterLastYear: partial ? sameWorkingDays(quarter, through, lastYear, calendar) : lastYear,
  };
}
