import { describe, expect, it } from 'vitest';
import { defaultPeriod, periodChoices, periodInput, reportingRanges } from './periods';

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

describe('the reporting year in the pickers (docs/procedure.md, Reporting and publishing)', () => {
  it('a college with an academic year from August: on 15 Sep 2026, 2026/27 Q1 (August to October) and the 2026/27 academic year', () => {
    const choices = periodChoices('2026-09-15', 8, 1, 1, 'academic year');
    expect(choices[0]).toEqual({
      value: 'financialQuarter:FY2026-Q1',
      label: '2026/27 Q1 (so far)',
    });
    expect(choices.at(-1)).toEqual({
      value: 'financialYear:2026',
      label: '2026/27 academic year (so far)',
    });
  });

  it("the trends page's ranges follow the reporting year: quarter and year to date, the last whole ones", () => {
    expect(reportingRanges('2026-09-15', 8, 'academic year')).toEqual([
      { label: 'Last 24 months', from: '2024-10-01', to: '2026-09-15' },
      { label: '2026/27 Q1 to date', from: '2026-08-01', to: '2026-09-15' },
      { label: '2025/26 Q4', from: '2026-05-01', to: '2026-07-31' },
      { label: '2026/27 academic year to date', from: '2026-08-01', to: '2026-09-15' },
      { label: '2025/26 academic year', from: '2025-08-01', to: '2026-07-31' },
    ]);
  });
});
