import { ChpRuleError } from '../errors';
import type { Instant, IsoDate } from '../types';
import { assertIsoDate } from './dates';

const INSTANT =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the epoch; throws INVALID_INSTANT unless ISO 8601 with an offset. */
export function instantMs(at: Instant, what = 'instant'): number {
  const m = typeof at === 'string' ? INSTANT.exec(at) : null;
  if (!m)
    throw new ChpRuleError(
      'INVALID_INSTANT',
      `${what} must be ISO 8601 with an offset, got ${String(at)}`,
    );
  try {
    assertIsoDate(m[1]!);
  } catch {
    throw new ChpRuleError('INVALID_INSTANT', `${what} has an invalid date: ${at}`);
  }
  if (Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4] ?? 0) > 59) {
    throw new ChpRuleError('INVALID_INSTANT', `${what} has an invalid time: ${at}`);
  }
  const ms = Date.parse(at);
  if (Number.isNaN(ms))
    throw new ChpRuleError('INVALID_INSTANT', `${what} cannot be parsed: ${at}`);
  return ms;
}

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** London's offset from UTC for each UTC hour asked about (clocks change on a UTC hour). */
const offsetByUtcHour = new Map<number, number>();

/** Milliseconds London is ahead of UTC at `ms`; Intl is asked once per UTC hour (it is slow). */
function londonOffsetMs(ms: number): number {
  const hour = Math.floor(ms / HOUR_MS);
  let offset = offsetByUtcHour.get(hour);
  if (offset === undefined) {
    const p: Record<string, string> = {};
    for (const part of LONDON.formatToParts(new Date(hour * HOUR_MS))) p[part.type] = part.value;
    const local = Date.UTC(
      Number(p.year),
      Number(p.month) - 1,
      Number(p.day),
      Number(p.hour),
      Number(p.minute),
      Number(p.second),
    );
    offset = local - hour * HOUR_MS;
    if (offsetByUtcHour.size >= 200_000) offsetByUtcHour.clear();
    offsetByUtcHour.set(hour, offset);
  }
  return offset;
}

/** Local date and milliseconds since local midnight in Europe/London. */
export function londonParts(at: Instant, what = 'instant'): { date: IsoDate; msOfDay: number } {
  const ms = instantMs(at, what);
  const local = ms + londonOffsetMs(ms);
  const msOfDay = ((local % DAY_MS) + DAY_MS) % DAY_MS;
  return { date: new Date(local - msOfDay).toISOString().slice(0, 10), msOfDay };
}
