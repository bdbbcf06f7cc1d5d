import { completedPeriodKeys, periodKeyLabel, periodKeyName } from '@chp/domain';
import { describe, expect, it } from 'vitest';
import { defaultTitle } from './publication-periods';

describe('the periods a publication covers (docs/procedure.md, Reporting and publishing; from @chp/domain)', () => {
  it('offers only complete quarters and financial years, the last one first', () => {
    expect(completedPeriodKeys('quarterly', '2026-10-01', 1)).toEqual(['2026-Q3']);
    expect(completedPeriodKeys('annual', '2026-03-31', 2)).toEqual(['2024/25', '2023/24']);
  });

  it('names the period as the public page and as staff say it', () => {
    expect(periodKeyName('2025/26')).toBe('April 2025 to March 2026');
    expect(periodKeyLabel('2026-Q3')).toBe('2026 Q3');
  });

  it('starts a quarter\'s title as "You said, we did" with its months', () => {
    expect(defaultTitle('quarterly', '2026-Q2')).toBe('You said, we did: April to June 2026');
  });

  it("starts an annual report's title with its financial year", () => {
    expect(defaultTitle('annual', '2025/26')).toBe('Complaints performance report 2025/26');
  });
});
