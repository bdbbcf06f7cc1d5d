import { londonDateTime, londonInstant } from '@chp/domain';

/*
 * The form side of London time: `<input type="datetime-local">` speaks 'YYYY-MM-DDTHH:MM'; the
 * conversion itself is @chp/domain's (`londonInstant`, `londonDateTime`), as in the API.
 */

const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

/**
 * A local London date and time from a form ('YYYY-MM-DDTHH:MM') as an ISO instant, whatever the
 * browser's own time zone.
 *
 * @example londonLocalToInstant('2026-07-01T09:30') // '2026-07-01T08:30:00.000Z'
 */
export function londonLocalToInstant(local: string): string {
  const m = LOCAL.exec(local);
  if (!m) throw new RangeError(`not a local date and time: "${local}"`);
  return londonInstant(m[1] ?? '', m[2] ?? '');
}

/** An instant as London's local 'YYYY-MM-DDTHH:MM', for a datetime-local input. */
export function instantToLondonLocal(instant: Date): string {
  const { date, time } = londonDateTime(instant.toISOString());
  return `${date}T${time}`;
}
