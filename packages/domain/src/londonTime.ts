import { ChpRuleError } from './errors';
import { assertIsoDate } from './internal/dates';
import { instantMs, londonParts } from './internal/instants';
import type { Instant, IsoDate } from './types';

/** 'HH:MM', 24-hour, local time in Europe/London. */
export type LocalTime = string;

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The London wall-clock date and time ('HH:MM', seconds dropped) of an instant, whatever the
 * machine's time zone. Throws INVALID_INSTANT.
 *
 * @example
 * londonDateTime('2026-07-01T08:30:00Z') // { date: '2026-07-01', time: '09:30' } (BST)
 * londonDateTime('2026-12-01T08:30:00Z') // { date: '2026-12-01', time: '08:30' } (GMT)
 */
export function londonDateTime(instant: Instant): { date: IsoDate; time: LocalTime } {
  const { date, msOfDay } = londonParts(instant);
  const minutes = Math.floor(msOfDay / 60_000);
  return { date, time: `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}` };
}

/** Minutes London is ahead of UTC at `ms` (0 in winter, 60 in summer). */
function offsetMinutes(ms: number): number {
  const { date, msOfDay } = londonParts(new Date(ms).toISOString());
  const localMs = Date.parse(`${date}T00:00:00Z`) + msOfDay;
  return Math.round((localMs - ms) / 60_000);
}

/**
 * The instant (ISO 8601, UTC, with milliseconds) at which London's clocks show `time` on `date`.
 * In the hour skipped in March the time is read with the winter offset (01:30 → 01:30Z, i.e. 02:30
 * BST); in the hour repeated in October the second (winter, GMT) occurrence is taken. Throws
 * INVALID_DATE or INVALID_INSTANT (a time that is not 'HH:MM').
 *
 * @example
 * londonInstant('2026-07-01', '09:30') // '2026-07-01T08:30:00.000Z'
 * londonInstant('2026-12-01', '09:30') // '2026-12-01T09:30:00.000Z'
 */
export function londonInstant(date: IsoDate, time: LocalTime): Instant {
  assertIsoDate(date);
  const m = typeof time === 'string' ? TIME.exec(time) : null;
  if (!m) throw new ChpRuleError('INVALID_INSTANT', `time must be HH:MM, got ${String(time)}`);
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  let ms = asUtc - offsetMinutes(asUtc) * 60_000;
  // Near a clock change the offset at the guess may differ from the offset at the answer.
  ms = asUtc - offsetMinutes(ms) * 60_000;
  return new Date(ms).toISOString();
}

/** Milliseconds since the epoch of an ISO 8601 instant with an offset; throws INVALID_INSTANT. */
export function instantMillis(instant: Instant): number {
  return instantMs(instant);
}
