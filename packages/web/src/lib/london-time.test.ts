import { describe, expect, it } from 'vitest';
import { instantToLondonLocal, londonLocalToInstant } from './london-time';
import { formatAverage, formatCount, formatShare, humanise, londonToday } from './format';

describe('local London time from a form', () => {
  it('is UTC in winter', () => {
    expect(londonLocalToInstant('2026-01-15T09:30')).toBe('2026-01-15T09:30:00.000Z');
  });

  it('is an hour ahead of UTC in summer', () => {
    expect(londonLocalToInstant('2026-07-01T09:30')).toBe('2026-07-01T08:30:00.000Z');
  });

  it('handles the first morning of summer time (29 Mar 2026, clocks go forward at 01:00 UTC)', () => {
    expect(londonLocalToInstant('2026-03-29T12:00')).toBe('2026-03-29T11:00:00.000Z');
  });

  it('round-trips an instant to the form and back', () => {
    expect(instantToLondonLocal(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01T00:30');
    expect(londonLocalToInstant(instantToLondonLocal(new Date('2026-06-30T23:30:00Z')))).toBe(
      '2026-06-30T23:30:00.000Z',
    );
  });

  it('rejects text that is not a local date and time', () => {
    expect(() => londonLocalToInstant('yesterday')).toThrow(RangeError);
  });
});

describe('figures as the dashboard shows them', () => {
  it('shows a share as a whole percentage, and nothing to divide by as a dash', () => {
    expect(formatShare(0.846)).toBe('85%');
    expect(formatShare(null)).toBe('—');
    expect(formatShare(Number.NaN)).toBe('—');
  });

  it('shows averages to one decimal place and counts with thousands separators', () => {
    expect(formatAverage(4.25)).toBe('4.3');
    expect(formatAverage(null)).toBe('—');
    expect(formatCount(12345)).toBe('12,345');
  });

  it("takes today's date in London, not in UTC", () => {
    expect(londonToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
  });

  it('turns enum values into words', () => {
    expect(humanise('partially_upheld')).toBe('Partially upheld');
  });
});
