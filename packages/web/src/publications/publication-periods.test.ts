import { describe, expect, it } from 'vitest';
import {
  defaultTitle,
  publicationPeriodLabel,
  publicationPeriodName,
  publicationPeriods,
  publicationRange,
} from './publication-periods';

describe('the periods a publication covers (docs/procedure.md, Reporting and publishing)', () => {
  it('offers only complete quarters, the last one first, on 1 December 2026', () => {
    expect(publicationPeriods('quarterly', '2026-12-01', 3)).toEqual([
      '2026-Q3',
      '2026-Q2',
      '2026-Q1',
    ]);
  });

  it('offers the quarter that ended yesterday on the first day of the next', () => {
    expect(publicationPeriods('quarterly', '2026-10-01', 1)).toEqual(['2026-Q3']);
  });

  it('offers financial years that have ended: on 31 March 2026 the last is 2024/25', () => {
    expect(publicationPeriods('annual', '2026-03-31', 2)).toEqual(['2024/25', '2023/24']);
  });

  it('offers 2025/26 from 1 April 2026', () => {
    expect(publicationPeriods('annual', '2026-04-01', 1)).toEqual(['2025/26']);
  });

  it('runs a financial year from 1 April to 31 March', () => {
    expect(publicationRange('2025/26')).toEqual({ from: '2025-04-01', to: '2026-03-31' });
  });

  it('names the period as the public page will', () => {
    expect(publicationPeriodName('2026-Q3')).toBe('July to September 2026');
    expect(publicationPeriodName('2025/26')).toBe('April 2025 to March 2026');
  });

  it('names the period as staff say it', () => {
    expect(publicationPeriodLabel('2026-Q3')).toBe('2026 Q3');
    expect(publicationPeriodLabel('2025/26')).toBe('2025/26 financial year');
  });

  it('starts a quarter\'s title as "You said, we did" with its months', () => {
    expect(defaultTitle('quarterly', '2026-Q2')).toBe('You said, we did: April to June 2026');
  });

  it("starts an annual report's title with its financial year", () => {
    expect(defaultTitle('annual', '2025/26')).toBe('Complaints performance report 2025/26');
  });
});
