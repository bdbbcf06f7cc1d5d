import {
  addDays,
  daysInclusive,
  isWorkingDay,
  londonInstant as londonInstantIso,
  type TimelineSettings,
} from '@chp/domain';
import type { Random } from './random';

// --- calendar helpers: calendar arithmetic and London time come from @chp/domain ---------------

/** Days since 1970-01-01 (a day's random stream is keyed by it). */
export const dayNo = (date: string): number => daysInclusive('1970-01-01', date) - 1;
/** 0 = Monday ... 6 = Sunday. */
export const weekday = (date: string): number => (((dayNo(date) + 3) % 7) + 7) % 7;

const hhmm = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * The instant (ms) of `minutes` after local midnight on `date` in Europe/London (@chp/domain's
 * `londonInstant`). Demo times avoid 00:00–03:00, so the clock changes never matter.
 */
export function londonInstant(date: string, minutes: number): number {
  return Date.parse(londonInstantIso(date, hhmm(minutes)));
}

export const iso = (ms: number): string => new Date(ms).toISOString();

/** A local working-hours time on `date` (minutes after midnight). */
export function officeMinutes(rng: Random): number {
  return rng.int(8 * 60 + 45, 17 * 60 + 15);
}

/** A random second of `minutes` (default: office hours) on `date`, London time. */
export function atLocalWith(rng: Random): (date: string, minutes?: number) => number {
  return (date, minutes = officeMinutes(rng)) =>
    londonInstant(date, minutes) + rng.int(0, 59) * 1000;
}

// --- where complaints fall in time ------------------------------------------------------------

const MONTH_FACTOR = [1.15, 1.1, 1.0, 0.95, 0.95, 0.9, 0.85, 0.9, 1.0, 1.05, 1.1, 1.0];
const WEEKDAY_FACTOR = [1.3, 1.12, 1.05, 1.0, 0.88, 0.16, 0.1];

/** Relative volume of receipts on a date (weekday, season, holidays, growth). */
function dayWeight(date: string, from: string, settings: TimelineSettings): number {
  const month = Number(date.slice(5, 7)) - 1;
  const dom = Number(date.slice(8, 10));
  let w = WEEKDAY_FACTOR[weekday(date)]! * MONTH_FACTOR[month]!;
  if ((month === 11 && dom >= 22) || (month === 0 && dom <= 3)) w *= 0.45; // the festive fortnight is quiet
  if (weekday(date) < 5 && !isWorkingDay(date, settings)) w *= 0.2; // bank holiday or closure day: web forms and e-mail only
  w *= 1 + 0.06 * ((dayNo(date) - dayNo(from)) / 365); // a little growth each year
  return w;
}

/** Exactly `count` receipts spread over the dates by weight (cumulative rounding: no randomness). */
export function allocate(
  from: string,
  to: string,
  count: number,
  settings: TimelineSettings,
): { date: string; n: number }[] {
  const dates: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) dates.push(d);
  const weights = dates.map((d) => dayWeight(d, from, settings));
  const total = weights.reduce((a, b) => a + b, 0);
  let cumulative = 0;
  let given = 0;
  return dates.map((date, i) => {
    cumulative += weights[i]!;
    const upTo = Math.round((cumulative / total) * count);
    const n = upTo - given;
    given = upTo;
    return { date, n };
  });
}
