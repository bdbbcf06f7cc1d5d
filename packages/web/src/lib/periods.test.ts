import { describe, expect, it } from 'vitest';
import { periodChoices, periodInput } from './periods';

describe('the period picker (keys and labels from @chp/domain)', () => {
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
