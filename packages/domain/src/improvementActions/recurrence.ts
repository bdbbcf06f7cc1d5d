import { ChpRuleError } from '../errors';
import { assertIsoDate } from '../internal/dates';
import type { IsoDate } from '../types';

/**
 * Recurrence that acts (docs/procedure.md, Recurrence after an improvement action; Part 4,
 * Learning from complaints: "monitor the service to ensure the improvement is working").
 *
 * Calendar months, by the complaint's received date (local): the completion month belongs to
 * neither side (the change took effect part-way through it). "Before" is the `months` whole
 * months before the completion month, "after" the `months` whole months after it, and each
 * month is set against the same month a year earlier.
 */

/** A calendar month, 'YYYY-MM'. */
export type IsoMonth = string;

/** Default length of each window, in months. */
export const RECURRENCE_WINDOW_MONTHS = 6;
/** Fewer complaints than this after the action is never a return, however low "before" was. */
export const MIN_RETURN_COUNT = 3;
/** An effect review is "due" from this many days before its date. */
export const EFFECT_REVIEW_DUE_DAYS = 30;
/** Without a monitoring end date, the effect is reviewed this many months after completion. */
export const DEFAULT_REVIEW_MONTHS = 6;

const monthOf = (date: IsoDate): IsoMonth => date.slice(0, 7);

/** `month` moved by `by` months. */
export function addMonths(month: IsoMonth, by: number): IsoMonth {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + by;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The last day of a month. */
export function lastDayOf(month: IsoMonth): IsoDate {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, '0')}`;
}

export interface RecurrenceWindows {
  completedOn: IsoDate;
  months: number;
  /** The months before the completion month, oldest first. */
  before: IsoMonth[];
  /** The months after the completion month, oldest first. */
  after: IsoMonth[];
  /** First and last day counted (the year-earlier months start 12 months before `from`). */
  from: IsoDate;
  to: IsoDate;
}

/** The before and after windows of an action completed on `completedOn`. */
export function recurrenceWindows(
  completedOn: IsoDate,
  months: number = RECURRENCE_WINDOW_MONTHS,
): RecurrenceWindows {
  assertIsoDate(completedOn, 'completedOn');
  if (!Number.isInteger(months) || months < 1 || months > 24)
    throw new ChpRuleError('INVALID_RECURRENCE_WINDOW', 'the window is 1 to 24 months', {
      field: 'months',
    });
  const done = monthOf(completedOn);
  const before = Array.from({ length: months }, (_, i) => addMonths(done, i - months));
  const after = Array.from({ length: months }, (_, i) => addMonths(done, i + 1));
  return {
    completedOn,
    months,
    before,
    after,
    from: `${before[0]}-01`,
    to: lastDayOf(after[after.length - 1]!),
  };
}

/** Every month a count is needed for: the windows and the same months a year earlier. */
export function monthsCounted(windows: RecurrenceWindows): IsoMonth[] {
  const own = [...windows.before, ...windows.after];
  return [...new Set([...own.map((m) => addMonths(m, -12)), ...own])].sort();
}

/** The reference count: complaints received (local dates) by month, for the months counted. */
export function countByMonth(
  receivedOn: readonly IsoDate[],
  windows: RecurrenceWindows,
): Map<IsoMonth, number> {
  const counts = new Map(monthsCounted(windows).map((m) => [m, 0]));
  for (const date of receivedOn) {
    const month = monthOf(date);
    if (counts.has(month)) counts.set(month, counts.get(month)! + 1);
  }
  return counts;
}

export interface RecurrenceMonth {
  month: IsoMonth;
  side: 'before' | 'after';
  count: number;
  /** The same month a year earlier. */
  yearEarlier: number;
  /** The month has ended by `today` (an after month not yet over is not judged). */
  complete: boolean;
}

export interface RecurrenceFigures {
  completedOn: IsoDate;
  months: number;
  beforeFrom: IsoDate;
  beforeTo: IsoDate;
  afterFrom: IsoDate;
  afterTo: IsoDate;
  monthly: RecurrenceMonth[];
  before: number;
  /** Complaints in the after months that have ended by today. */
  after: number;
  beforeYearEarlier: number;
  afterYearEarlier: number;
  /** How many after months have ended by today (0 to `months`). */
  afterMonthsComplete: number;
  /** Complaints a month before, and in the ended after months (null before one has ended). */
  averageBefore: number;
  averageAfter: number | null;
  cameBack: boolean;
}

/**
 * The figures of an action completed on `completedOn`, from monthly counts (the SQL's, or
 * `countByMonth`'s), on `today`. "Came back": at least one after month has ended, at least
 * MIN_RETURN_COUNT complaints fell in the ended after months, and their monthly average is
 * above the monthly average of the before window.
 */
export function recurrenceFigures(
  counts: ReadonlyMap<IsoMonth, number>,
  completedOn: IsoDate,
  today: IsoDate,
  months: number = RECURRENCE_WINDOW_MONTHS,
): RecurrenceFigures {
  assertIsoDate(today, 'today');
  const w = recurrenceWindows(completedOn, months);
  const at = (m: IsoMonth) => counts.get(m) ?? 0;
  const row = (side: 'before' | 'after') => (month: IsoMonth) => ({
    month,
    side,
    count: at(month),
    yearEarlier: at(addMonths(month, -12)),
    complete: lastDayOf(month) < today,
  });
  const monthly: RecurrenceMonth[] = [...w.before.map(row('before')), ...w.after.map(row('after'))];
  const sum = (rows: RecurrenceMonth[], key: 'count' | 'yearEarlier') =>
    rows.reduce((n, r) => n + r[key], 0);
  const beforeRows = monthly.filter((r) => r.side === 'before');
  const ended = monthly.filter((r) => r.side === 'after' && r.complete);
  const before = sum(beforeRows, 'count');
  const after = sum(ended, 'count');
  const averageBefore = before / months;
  const averageAfter = ended.length === 0 ? null : after / ended.length;
  return {
    completedOn,
    months,
    beforeFrom: w.from,
    beforeTo: lastDayOf(w.before[w.before.length - 1]!),
    afterFrom: `${w.after[0]}-01`,
    afterTo: w.to,
    monthly,
    before,
    after,
    beforeYearEarlier: sum(beforeRows, 'yearEarlier'),
    afterYearEarlier: sum(ended, 'yearEarlier'),
    afterMonthsComplete: ended.length,
    averageBefore,
    averageAfter,
    cameBack: averageAfter !== null && after >= MIN_RETURN_COUNT && averageAfter > averageBefore,
  };
}

export type EffectReviewStatus = 'not_due' | 'due_soon' | 'overdue' | 'overdue_over_a_year';

/** When a done action's effect is reviewed: the end of monitoring, else DEFAULT_REVIEW_MONTHS after completion. */
export function effectReviewDate(action: {
  completedOn: IsoDate;
  monitoringUntil?: IsoDate | null;
}): IsoDate {
  if (action.monitoringUntil) return action.monitoringUntil;
  const day = Number(action.completedOn.slice(8));
  const month = addMonths(monthOf(action.completedOn), DEFAULT_REVIEW_MONTHS);
  // 31 August + 6 months is the last day of February
  const last = Number(lastDayOf(month).slice(8));
  return `${month}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

/** Where a done (not yet verified) action's effect review stands on `today`. */
export function effectReviewStatus(reviewDate: IsoDate, today: IsoDate): EffectReviewStatus {
  assertIsoDate(reviewDate, 'reviewDate');
  assertIsoDate(today, 'today');
  if (reviewDate < today) {
    const yearLater = `${String(Number(reviewDate.slice(0, 4)) + 1).padStart(4, '0')}${reviewDate.slice(4)}`;
    return today > yearLater ? 'overdue_over_a_year' : 'overdue';
  }
  const soon = new Date(`${today}T00:00:00Z`);
  soon.setUTCDate(soon.getUTCDate() + EFFECT_REVIEW_DUE_DAYS);
  return reviewDate <= soon.toISOString().slice(0, 10) ? 'due_soon' : 'not_due';
}
