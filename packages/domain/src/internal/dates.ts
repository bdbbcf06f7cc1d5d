import { ChpRuleError } from '../errors';
import type { IsoDate } from '../types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Valid dates already read (the journeys of an import ask for the same few hundred days). */
const dayNumbers = new Map<string, number>();

/** Days since 1970-01-01 for a valid IsoDate; throws INVALID_DATE otherwise. */
export function dayNumber(date: IsoDate, what = 'date'): number {
  const known = typeof date === 'string' ? dayNumbers.get(date) : undefined;
  if (known !== undefined) return known;
  const n = readDayNumber(date, what);
  if (dayNumbers.size >= 100_000) dayNumbers.clear();
  dayNumbers.set(date, n);
  return n;
}

function readDayNumber(date: IsoDate, what: string): number {
  const m = typeof date === 'string' ? ISO_DATE.exec(date) : null;
  if (!m)
    throw new ChpRuleError(
      'INVALID_DATE',
      `${what} must be a YYYY-MM-DD string, got ${String(date)}`,
    );
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (
    y < 1900 ||
    back.getUTCFullYear() !== y ||
    back.getUTCMonth() !== mo - 1 ||
    back.getUTCDate() !== d
  ) {
    throw new ChpRuleError(
      'INVALID_DATE',
      `${what} is not a calendar date (1900 or later): ${date}`,
    );
  }
  return Math.round(ms / DAY_MS);
}

/** Dates already written, by day number (deadlines and working-day walks ask for the same days). */
const isoDates = new Map<number, IsoDate>();

/** Inverse of {@link dayNumber}. */
export function fromDayNumber(n: number): IsoDate {
  const known = isoDates.get(n);
  if (known !== undefined) return known;
  const date = new Date(n * DAY_MS).toISOString().slice(0, 10);
  if (isoDates.size >= 100_000) isoDates.clear();
  isoDates.set(n, date);
  return date;
}

/** Throws INVALID_DATE unless `date` is a valid IsoDate; returns it. */
export function assertIsoDate(date: IsoDate, what = 'date'): IsoDate {
  dayNumber(date, what);
  return date;
}

/** The arithmetic behind the public `addDays` (which also refuses a non-integer `n`). */
export function addDays(date: IsoDate, n: number): IsoDate {
  return fromDayNumber(dayNumber(date) + n);
}

/** 0 = Monday ... 6 = Sunday. */
export function weekdayIndex(n: number): number {
  return mod(n + 3, 7);
}

export function mod(a: number, b: number): number {
  return ((a % b) + b) % b;
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

export function assertInteger(n: number, what: string): void {
  if (!Number.isSafeInteger(n))
    throw new ChpRuleError('INVALID_NUMBER', `${what} must be an integer, got ${n}`);
}
