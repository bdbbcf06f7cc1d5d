import { describe, expect, it } from 'vitest';
import { addDays, daysInclusive, londonDateTime, londonInstant } from '../src';
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

describe('London time both ways', () => {
  it('08:30Z on 1 Jul 2026 is 09:30 in London (BST)', () =>
    expect(londonDateTime('2026-07-01T08:30:00Z')).toEqual({ date: '2026-07-01', time: '09:30' }));
  it('23:30Z on 30 Jun 2026 is already 1 Jul in London', () =>
    expect(londonDateTime('2026-06-30T23:30:00Z')).toEqual({ date: '2026-07-01', time: '00:30' }));
  it('09:30 in London on 1 Dec 2026 is 09:30Z (GMT)', () =>
    expect(londonInstant('2026-12-01', '09:30')).toBe('2026-12-01T09:30:00.000Z'));
  it('09:30 in London on 1 Jul 2026 is 08:30Z (BST)', () =>
    expect(londonInstant('2026-07-01', '09:30')).toBe('2026-07-01T08:30:00.000Z'));
  it('on 29 Mar 2026 the skipped 01:30 reads as 02:30 BST', () =>
    expect(londonInstant('2026-03-29', '01:30')).toBe('2026-03-29T01:30:00.000Z'));
  it('on 25 Oct 2026 the repeated 01:30 is the second one (GMT)', () =>
    expect(londonInstant('2026-10-25', '01:30')).toBe('2026-10-25T01:30:00.000Z'));
  it('00:30 on 25 Oct 2026 is still BST', () =>
    expect(londonInstant('2026-10-25', '00:30')).toBe('2026-10-24T23:30:00.000Z'));
  it('a round trip gives back the local time for every half hour of 29 Mar 2026 from 03:00', () => {
    for (let h = 3; h < 24; h++)
      for (const m of ['00', '30']) {
        const time = `${String(h).padStart(2, '0')}:${m}`;
        expect(londonDateTime(londonInstant('2026-03-29', time))).toEqual({
          date: '2026-03-29',
          time,
        });
      }
  });
  it('25:00 is not a time', () =>
    expect(codeOf(() => londonInstant('2026-03-29', '25:00'))).toBe('INVALID_INSTANT'));
  it('an instant without an offset is refused', () =>
    expect(codeOf(() => londonDateTime('2026-03-30T16:30:00'))).toBe('INVALID_INSTANT'));
});
