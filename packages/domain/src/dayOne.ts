import { ChpRuleError } from './errors';
import { londonParts } from './internal/instants';
import { isWorkingDay } from './isWorkingDay';
import { nextWorkingDay } from './nextWorkingDay';
import { workingDayOnOrAfter } from './workingDayOnOrAfter';
import type { Instant, IsoDate, TimelineSettings } from './types';

const CUT_OFF = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Milliseconds after local midnight of a 'HH:MM' cut-off, or null when there is none. */
export function parseCutOffTime(cutOffTime: string | null | undefined): number | null {
  if (cutOffTime === undefined || cutOffTime === null) return null;
  const m = typeof cutOffTime === 'string' ? CUT_OFF.exec(cutOffTime) : null;
  if (!m)
    throw new ChpRuleError(
      'INVALID_CUT_OFF',
      `cutOffTime must be 'HH:MM', got ${String(cutOffTime)}`,
    );
  return (Number(m[1]) * 60 + Number(m[2])) * 60_000;
}

/**
 * Day one for something received at `receivedAt` (§26): the local date of receipt, or the next
 * working day if that is not a working day, or if a cut-off is set and the receipt is later than
 * it (a receipt exactly at the cut-off, e.g. 17:00:00.000, is on time).
 *
 * @example
 * dayOne('2026-03-30T16:30:00Z', { cutOffTime: '17:00' }) // '2026-03-31': 17:30 BST is after 17:00
 */
export function dayOne(receivedAt: Instant, settings: TimelineSettings = {}): IsoDate {
  const cutOff = parseCutOffTime(settings?.cutOffTime);
  const { date, msOfDay } = londonParts(receivedAt, 'receivedAt');
  if (cutOff !== null && msOfDay > cutOff && isWorkingDay(date, settings))
    return nextWorkingDay(date, settings);
  return workingDayOnOrAfter(date, settings);
}
