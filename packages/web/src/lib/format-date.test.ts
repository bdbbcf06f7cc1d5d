import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date';

describe('formatDate', () => {
  it('shows a calendar date as day, short month and year', () => {
    expect(formatDate('2026-11-22')).toBe('22 Nov 2026');
  });

  it('shows September as Sep, like every other short month', () => {
    expect(formatDate('2026-09-01')).toBe('1 Sep 2026');
  });

  it('shows an instant on its London date: 23:30 UTC in summer is already the next day', () => {
    expect(formatDate('2026-06-30T23:30:00Z')).toBe('1 Jul 2026');
  });

  it('shows an instant on its London date: 23:30 UTC in winter is still the same day', () => {
    expect(formatDate('2026-12-31T23:30:00Z')).toBe('31 Dec 2026');
  });

  it('rejects text that is not a date', () => {
    expect(() => formatDate('next Tuesday')).toThrow(RangeError);
  });
});
