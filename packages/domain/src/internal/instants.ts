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

/** Local date and milliseconds since local midnight in Europe/London. */
export function londonParts(at: Instant, what = 'instant'): { date: IsoDate; msOfDay: number } {
  const ms = instantMs(at, what);
  const p: Record<string, string> = {};
  for (const part of LONDON.formatToParts(new Date(ms))) p[part.type] = part.value;
  const msOfDay =
    ((Number(p.hour) * 60 + Number(p.minute)) * 60 + Number(p.second)) * 1000 +
    (((ms % 1000) + 1000) % 1000);
  return { date: `${p.year}-${p.month}-${p.day}`, msOfDay };
}
