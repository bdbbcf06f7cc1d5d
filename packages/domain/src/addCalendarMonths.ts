import { assertInteger, dayNumber } from './internal/dates';
import type { IsoDate } from './types';

/**
 * Adds calendar months, clamping to the last day of a shorter month.
 *
 * @example
 * addCalendarMonths('2025-08-31', 6) // '2026-02-28'
 */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  dayNumber(date);
  assertInteger(months, 'months');
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12;
  const last = new Date(Date.UTC(ny, nm + 1, 0)).getUTCDate();
  const nd = Math.min(d, last);
  return `${String(ny).padStart(4, '0')}-${String(nm + 1).padStart(2, '0')}-${String(nd).padStart(2, '0')}`;
}
