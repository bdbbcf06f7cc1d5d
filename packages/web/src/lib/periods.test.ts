import { describe, expect, it } from 'vitest';
import {
  monthsBefore,
  periodChoices,
  periodInput,
  previousQuarter,
  quarterOf,
  quarterRange,
} from './periods';

describe('reporting periods', () => {
  it('finds the quarter of a date and the one before, across a year end', () => {
    expect(quarterOf('2026-11-23')).toBe('2026-Q4');
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
    expect(previousQuarter('2026-Q1')).toBe('2025-Q4');
    expect(previousQuarter('2026-Q4')).toBe('2026-Q3');
  });

  it('gives the first and last day of a quarter, leap years included', () => {
    expect(quarterRange('2028-Q1')).toEqual({ from: '2028-01-01', to: '2028-03-31' });
    expect(quarterRange('2026-Q3')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
  });

  it('goes back whole months from a date', () => {
    expect(monthsBefore('2026-11-23', 23)).toBe('2024-12-01');
    expect(monthsBefore('2026-01-05', 1)).toBe('2025-12-01');
  });

  it('offers recent quarters, years and financial years, and turns them into API input', () => {
    const choices = periodChoices('2026-11-23', 2, 1);
    expect(choices.map((c) => c.value)).toEqual([
      'quarter:2026-Q4',
      'quarter:2026-Q3',
      'year:2026',
      'financialYear:2026',
    ]);
    expect(choices[0]?.label).toBe('2026 Q4 (so far)');
    expect(choices[3]?.label).toBe('2026/27 financial year (so far)');
    expect(periodInput('quarter:2026-Q3')).toEqual({ quarter: '2026-Q3' });
    expect(periodInput('financialYear:2025')).toEqual({ financialYear: 2025 });
  });

  it('starts the financial year in April', () => {
    expect(periodChoices('2026-02-10', 0, 1).at(-1)?.value).toBe('financialYear:2025');
  });
});
