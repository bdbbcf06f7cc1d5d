import { describe, expect, it } from 'vitest';
import { defaultPeriod, periodChoices, periodInput } from './periods';

describe("the period picker follows the organisation's financial year (docs/procedure.md, Reporting and publishing)", () => {
  it('offers financial quarters first, then calendar quarters, years and financial years', () => {
    const choices = periodChoices('2026-11-23', 4, 2, 1);
    expect(choices.map((c) => c.value)).toEqual([
      'financialQuarter:FY2026-Q3',
      'financialQuarter:FY2026-Q2',
      'quarter:2026-Q4',
      'quarter:2026-Q3',
      'year:2026',
      'financialYear:2026',
    ]);
    expect(choices[0]?.label).toBe('2026/27 Q3 (so far)');
    expect(choices[2]?.label).toBe('2026 Q4 (calendar) (so far)');
    expect(choices.at(-1)?.label).toBe('2026/27 financial year (so far)');
  });

  it('turns each choice into API input', () => {
    expect(periodInput('financialQuarter:FY2026-Q3')).toEqual({ financialQuarter: 'FY2026-Q3' });
    expect(periodInput('quarter:2026-Q3')).toEqual({ quarter: '2026-Q3' });
    expect(periodInput('financialYear:2025')).toEqual({ financialYear: 2025 });
    expect(periodInput('year:2025')).toEqual({ year: 2025 });
  });

  it('an April-start organisation is in FY2025-Q4 on 10 Feb 2026, and in the 2025/26 year', () => {
    expect(defaultPeriod('2026-02-10', 4)).toBe('financialQuarter:FY2025-Q4');
    expect(periodChoices('2026-02-10', 4, 0, 1).at(-1)?.value).toBe('financialYear:2025');
  });

  it('a January-start organisation has calendar quarters as its financial quarters, listed once', () => {
    const choices = periodChoices('2026-02-10', 1, 2, 1);
    expect(choices.map((c) => c.value)).toEqual([
      'financialQuarter:FY2026-Q1',
      'financialQuarter:FY2025-Q4',
      'year:2026',
      'financialYear:2026',
    ]);
    expect(choices[0]?.label).toBe('2026 Q1 (so far)');
  });
});
