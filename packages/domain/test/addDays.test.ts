import { describe, expect, it } from 'vitest';
import { addDays, daysInclusive } from '../src';
import { codeOf } from './helpers';

describe('addDays on YYYY-MM-DD', () => {
  it('two days after Sat 28 Mar 2026 is Mon 30 Mar, across the clock change', () =>
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30'));
  it('one day before 1 Jan 2026 is 31 Dec 2025', () =>
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31'));
  it('a day after 28 Feb 2028 is the leap day', () =>
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29'));
  it('30 February is not a date', () =>
    expect(codeOf(() => addDays('2026-02-30', 1))).toBe('INVALID_DATE'));
  it('half a day is not a number of days', () =>
    expect(codeOf(() => addDays('2026-02-01', 0.5))).toBe('INVALID_NUMBER'));
  it('July to September 2026 is 92 days, both ends included', () =>
    expect(daysInclusive('2026-07-01', '2026-09-30')).toBe(92));
});
