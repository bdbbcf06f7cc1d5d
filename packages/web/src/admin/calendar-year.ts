import { addDays, displayDate, MONTH_NAMES } from '@chp/domain';
import type { ClosureReason, MovedDateKind } from '../generated/graphql';

/**
 * The closure-day calendar's pure parts: a year of month grids (weeks from Monday), what each day
 * is (a Scottish bank holiday, a closure day, a weekend, a working day: Appendix 1 §1), and how the
 * arrow keys move between days.
 */

export type DayKind = 'bank_holiday' | 'closure' | 'weekend' | 'working';

export interface DayStatus {
  kind: DayKind;
  /** The bank holiday's name, or the closure day's reason in words. */
  note: string | null;
}

export const CLOSURE_REASON_LABELS: Record<ClosureReason, string> = {
  local_holiday: 'Local holiday',
  industrial_action: 'Industrial action',
  other: 'Closed',
};

export const CLOSURE_REASON_OPTIONS: readonly (readonly [ClosureReason, string])[] = [
  ['local_holiday', 'Local holiday'],
  ['industrial_action', 'Industrial action (a strike)'],
  ['other', 'Other closure'],
];

export const MOVED_DATE_LABELS: Record<MovedDateKind, string> = {
  stage1DayOne: 'Stage 1 day one',
  stage1DueOn: 'Stage 1 due (day 5)',
  stage1ExtendedDueOn: 'Stage 1 extended due date',
  stage2DayOne: 'Stage 2 day one',
  stage2AcknowledgeBy: 'Stage 2 acknowledge by (day 3)',
  stage2DueOn: 'Stage 2 due (day 20)',
  stage2ExtendedDueOn: 'Stage 2 extended due date',
};

const pad = (n: number) => String(n).padStart(2, '0');
/** 0 = Monday … 6 = Sunday. */
const weekdayIndex = (date: string) => (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export const monthName = (month: number) => MONTH_NAMES[month - 1]!;

/** A month's weeks, Monday first; days outside the month are null. */
export function monthGrid(year: number, month: number): (string | null)[][] {
  const first = `${year}-${pad(month)}-01`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const cells: (string | null)[] = Array.from({ length: weekdayIndex(first) }, () => null);
  for (let d = 1; d <= days; d++) cells.push(`${year}-${pad(month)}-${pad(d)}`);
  while (cells.length % 7) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** What a day is: a bank holiday first (never editable), then a closure day, a weekend or a working day. */
export function dayStatus(
  date: string,
  closures: ReadonlyMap<string, { reason: ClosureReason; description: string }>,
  bankHolidays: ReadonlyMap<string, string>,
): DayStatus {
  const holiday = bankHolidays.get(date);
  if (holiday) return { kind: 'bank_holiday', note: holiday };
  const closure = closures.get(date);
  if (closure) {
    const label = CLOSURE_REASON_LABELS[closure.reason];
    const description = closure.description.trim();
    return { kind: 'closure', note: description ? `${label}: ${description}` : label };
  }
  return weekdayIndex(date) >= 5
    ? { kind: 'weekend', note: null }
    : { kind: 'working', note: null };
}

/** The day's name for a screen reader: 'Wednesday 4 Mar 2026, closure day: Industrial action: Strike'. */
export function dayLabel(date: string, status: DayStatus): string {
  const name = `${WEEKDAYS[weekdayIndex(date)]} ${displayDate(date)}`;
  switch (status.kind) {
    case 'bank_holiday':
      return `${name}, bank holiday: ${status.note}`;
    case 'closure':
      return `${name}, closure day: ${status.note}`;
    case 'weekend':
      return `${name}, weekend`;
    case 'working':
      return name;
  }
}

/**
 * The day a key moves to within the year, or null when the key does nothing: arrows by a day or
 * a week, Home and End to the week's Monday and Sunday, Page Up and Page Down by a month.
 */
export function moveDate(date: string, key: string, year: number): string | null {
  let next: string;
  switch (key) {
    case 'ArrowLeft':
      next = addDays(date, -1);
      break;
    case 'ArrowRight':
      next = addDays(date, 1);
      break;
    case 'ArrowUp':
      next = addDays(date, -7);
      break;
    case 'ArrowDown':
      next = addDays(date, 7);
      break;
    case 'Home':
      next = addDays(date, -weekdayIndex(date));
      break;
    case 'End':
      next = addDays(date, 6 - weekdayIndex(date));
      break;
    case 'PageUp':
    case 'PageDown': {
      const m = Number(date.slice(5, 7)) + (key === 'PageUp' ? -1 : 1);
      if (m < 1 || m > 12) return `${year}-${key === 'PageUp' ? '01-01' : '12-31'}`;
      const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
      next = `${year}-${pad(m)}-${pad(Math.min(Number(date.slice(8, 10)), last))}`;
      break;
    }
    default:
      return null;
  }
  if (next < `${year}-01-01`) return `${year}-01-01`;
  if (next > `${year}-12-31`) return `${year}-12-31`;
  return next;
}
