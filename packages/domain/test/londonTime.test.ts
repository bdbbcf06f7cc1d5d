import { describe, expect, it } from 'vitest';
import { londonDateTime, londonInstant } from '../src';
import { codeOf } from './helpers';

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
