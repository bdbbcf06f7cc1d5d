import { describe, expect, it } from 'vitest';
import {
  ANNUAL_REPORT_FIGURE_FIELDS,
  headlineFigureFields,
  PUBLIC_FIGURE_FIELDS,
  PUBLIC_FIGURE_LABELS,
  PUBLIC_OUTCOME_FIELDS,
  publicPeriodName,
} from '../src';

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

  it('an annual report with the SPSO indicator set adds no outcome across stages and never merges the two stage 2 routes', () => {
    const fields: readonly string[] = headlineFigureFields({ kind: 'annual', hasIndicators: true });
    expect(fields).toEqual(ANNUAL_REPORT_FIGURE_FIELDS);
    expect(fields.filter((f) => (PUBLIC_OUTCOME_FIELDS as readonly string[]).includes(f))).toEqual(
      [],
    );
    expect(fields.filter((f) => f.startsWith('stage2'))).toEqual([]);
  });

  it('an annual report approved before the indicator set, and every quarterly page, keep every headline figure', () => {
    expect(headlineFigureFields({ kind: 'annual', hasIndicators: false })).toEqual(
      PUBLIC_FIGURE_FIELDS,
    );
    expect(headlineFigureFields({ kind: 'quarterly', hasIndicators: false })).toEqual(
      PUBLIC_FIGURE_FIELDS,
    );
  });
});
