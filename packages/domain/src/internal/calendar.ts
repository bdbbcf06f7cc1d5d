import { ChpRuleError } from '../errors';
import { scottishBankHolidays } from '../scottishBankHolidays';
import type { CalendarSettings, IsoDate } from '../types';
import {
  bankHolidayWeekdays,
  bankHolidayWeekdaysBefore,
  COUNTED_UNTIL,
} from './bankHolidayWeekdays';
import { dayNumber, mod, weekdayIndex } from './dates';
import { isList } from './isList';

/** Ordinals count working days from this date (its ordinal is 1 if it is a working day). */
export const ORDINAL_EPOCH: IsoDate = '1900-01-01';
const EPOCH = dayNumber(ORDINAL_EPOCH); // a Monday

/** Weekdays with day number in [EPOCH, n]. */
function weekdaysUpTo(n: number): number {
  const x = n - EPOCH + 1; // days in range; EPOCH is a Monday
  if (x <= 0) return 0;
  return 5 * Math.floor(x / 7) + Math.min(mod(x, 7), 5);
}

/** A working-day calendar for one combination of settings. */
export class Calendar {
  private readonly closures: Set<number>;
  private readonly opens: Set<number>;
  private readonly closuresByYear = new Map<number, number[]>();
  private readonly nonWorking = new Map<number, number[]>();
  private readonly nonWorkingSet = new Map<number, Set<number>>();
  /** Years with a closure or open day, whose non-working weekdays differ from the bank holidays'. */
  private readonly settingYears = new Set<number>();
  private readonly before = new Map<number, number>(); // year -> non-working weekdays in 1900 .. year-1

  constructor(closureDays: readonly number[], openDays: readonly number[]) {
    this.closures = new Set(closureDays);
    this.opens = new Set(openDays);
    for (const d of this.closures) {
      const y = yearOfDay(d);
      const list = this.closuresByYear.get(y) ?? [];
      list.push(d);
      this.closuresByYear.set(y, list);
      this.settingYears.add(y);
    }
    for (const d of this.opens) this.settingYears.add(yearOfDay(d));
  }

  /** Sorted day numbers of weekdays in `year` that are not working days. */
  nonWorkingWeekdays(year: number): number[] {
    const hit = this.nonWorking.get(year);
    if (hit) return hit;
    const all = new Set<number>(this.closuresByYear.get(year) ?? []);
    for (const h of scottishBankHolidays(year)) {
      const n = dayNumber(h);
      if (!this.opens.has(n)) all.add(n);
    }
    const list = [...all].filter((n) => weekdayIndex(n) < 5).sort((a, b) => a - b);
    this.nonWorking.set(year, list);
    this.nonWorkingSet.set(year, new Set(list));
    return list;
  }

  isWorkingDay(n: number): boolean {
    if (weekdayIndex(n) >= 5) return false;
    const year = yearOfDay(n);
    this.nonWorkingWeekdays(year);
    return !this.nonWorkingSet.get(year)!.has(n);
  }

  /** Working days in [EPOCH, n]. */
  ordinal(n: number): number {
    const year = yearOfDay(n);
    const list = this.nonWorkingWeekdays(year); // first: refuses a year the rules do not cover
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! <= n) lo = mid + 1;
      else hi = mid;
    }
    return weekdaysUpTo(n) - this.nonWorkingBefore(year) - lo;
  }

  /**
   * Non-working weekdays in the years 1900 .. `year` - 1: the counted bank holidays, corrected
   * only in the years with a closure or open day, so only the years the dates and settings name
   * are built (not every year since 1900); years after COUNTED_UNTIL are built one by one.
   */
  private nonWorkingBefore(year: number): number {
    const hit = this.before.get(year);
    if (hit !== undefined) return hit;
    const counted = Math.min(year, COUNTED_UNTIL + 1);
    let n = bankHolidayWeekdaysBefore(counted);
    for (const y of this.settingYears)
      if (y < counted) n += this.nonWorkingWeekdays(y).length - bankHolidayWeekdays(y);
    for (let y = counted; y < year; y++) n += this.nonWorkingWeekdays(y).length;
    this.before.set(year, n);
    return n;
  }
}

const yearOfDay = (n: number): number => new Date(n * 86_400_000).getUTCFullYear();

const calendars = new Map<string, Calendar>();

/** The calendar two lists gave, with their lengths when read (see calendarFor). */
interface ReadLists {
  closureCount: number;
  openCount: number;
  calendar: Calendar;
}

/** Stands for an absent list in the cache below. */
const NO_LIST: readonly IsoDate[] = Object.freeze([]);

/**
 * Lists already read, by the closure list then the open list (identity): a request's timelines
 * ask for the calendar once per date per row, each time with settings spread into a new object
 * around the same lists, and reading the lists (a day number per date, sorted, joined to a key)
 * on every call cost more than the working-day maths itself.
 */
const byLists = new WeakMap<object, WeakMap<object, ReadLists>>();
let noSettings: Calendar | undefined;

/**
 * The cached calendar for these settings (validates closure and open days). Settings are values:
 * lists are read again when replaced or when their length changes, but a date changed in place
 * inside a list already read is not seen (give a new list instead).
 */
export function calendarFor(settings?: CalendarSettings): Calendar {
  if (settings === undefined) return (noSettings ??= keyedCalendar([], []));
  if (settings === null || typeof settings !== 'object') {
    throw new ChpRuleError('INVALID_SETTINGS', 'settings must be an object');
  }
  const closureList = listOrNone(settings.closureDays);
  const openList = listOrNone(settings.openDays);
  const read = closureList && openList ? byLists.get(closureList)?.get(openList) : undefined;
  if (
    read !== undefined &&
    read.closureCount === closureList!.length &&
    read.openCount === openList!.length
  )
    return read.calendar;
  const closures = toDayNumbers(settings.closureDays, 'closureDays');
  const opens = toDayNumbers(settings.openDays, 'openDays');
  const calendar = keyedCalendar(closures, opens);
  if (closureList && openList) {
    let inner = byLists.get(closureList);
    if (!inner) byLists.set(closureList, (inner = new WeakMap()));
    inner.set(openList, {
      closureCount: closureList.length,
      openCount: openList.length,
      calendar,
    });
  }
  return calendar;
}

/** The list itself, NO_LIST when absent, undefined when it is not a list (refused when read). */
const listOrNone = (days: readonly IsoDate[] | undefined | null): readonly IsoDate[] | undefined =>
  days === undefined || days === null ? NO_LIST : isList(days) ? days : undefined;

/** One calendar per distinct list of closure and open days, whichever object named them. */
function keyedCalendar(closures: number[], opens: number[]): Calendar {
  const key = `${closures.join(',')}|${opens.join(',')}`;
  let cal = calendars.get(key);
  if (!cal) {
    if (calendars.size > 100) calendars.clear();
    cal = new Calendar(closures, opens);
    calendars.set(key, cal);
  }
  return cal;
}

function toDayNumbers(days: readonly IsoDate[] | undefined, what: string): number[] {
  if (days === undefined || days === null) return [];
  if (!isList(days))
    throw new ChpRuleError('INVALID_SETTINGS', `${what} must be an array of dates`);
  return [...new Set(days.map((d) => dayNumber(d, what)))].sort((a, b) => a - b);
}
