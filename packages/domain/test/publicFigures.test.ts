import { describe, expect, it } from 'vitest';
import { PUBLIC_FIGURE_FIELDS, PUBLIC_FIGURE_LABELS, publicPeriodName } from '../src';

describe('public figures (docs/procedure.md, Reporting and publishing)', () => {
  it('names a quarter by its months, as the public says it', () => {
    expect(publicPeriodName({ from: '2026-07-01', to: '2026-09-30' })).toBe(
      'July to September 2026',
    );
  });

  it('names a financial year across its two calendar years', () => {
    expect(publicPeriodName({ from: '2025-04-01', to: '2026-03-31' })).toBe(
      'April 2025 to March 2026',
    );
  });

  it('names a single month by itself', () => {
    expect(publicPeriodName({ from: '2026-02-01', to: '2026-02-28' })).toBe('February 2026');
  });

  it('labels every frozen figure', () => {
    expect(PUBLIC_FIGURE_FIELDS.filter((f) => !PUBLIC_FIGURE_LABELS[f])).toEqual([]);
  });
});
