import { describe, expect, it } from 'vitest';
import {
  completedPeriodKeys,
  isCompletedPeriodKey,
  financialYearOf,
  monthsBefore,
  periodKeyLabel,
  periodKeyName,
  periodKeyRange,
  periodLabel,
  periodStart,
  periodStarts,
  previousQuarter,
  quarterOf,
} from '../src';

describe('period keys and labels', () => {
  it('23 Nov 2026 is in 2026-Q4; the quarter before 2026-Q1 is 2025-Q4', () => {
    expect(quarterOf('2026-11-23')).toBe('2026-Q4');
    expect(previousQuarter('2026-Q1')).toBe('2025-Q4');
  });
  it('31 Mar 2026 is in financial year 2025; 1 Apr 2026 in 2026', () => {
    expect(financialYearOf('2026-03-31')).toBe(2025);
    expect(financialYearOf('2026-04-01')).toBe(2026);
  });
  it("'2025/26' runs from 1 Apr 2025 to 31 Mar 2026", () =>
    expect(periodKeyRange('2025/26')).toEqual({ from: '2025-04-01', to: '2026-03-31' }));
  it("staff say '2026 Q3' and '2025/26 financial year'", () => {
    expect(periodKeyLabel('2026-Q3')).toBe('2026 Q3');
    expect(periodKeyLabel('2025/26')).toBe('2025/26 financial year');
  });
  it("the public say 'July to September 2026' and 'April 2025 to March 2026'", () => {
    expect(periodKeyName('2026-Q3')).toBe('July to September 2026');
    expect(periodKeyName('2025/26')).toBe('April 2025 to March 2026');
  });
  it('on 5 Dec 2026 the complete quarters start with 2026-Q3; the complete financial years with 2025/26', () => {
    expect(completedPeriodKeys('quarterly', '2026-12-05', 2)).toEqual(['2026-Q3', '2026-Q2']);
    expect(completedPeriodKeys('annual', '2026-12-05', 2)).toEqual(['2025/26', '2024/25']);
  });
  it('on 31 Mar 2026 financial year 2025/26 is not yet complete', () =>
    expect(completedPeriodKeys('annual', '2026-03-31', 1)).toEqual(['2024/25']));
  it('three months before 15 Feb 2026 starts on 1 Nov 2025', () =>
    expect(monthsBefore('2026-02-15', 3)).toBe('2025-11-01'));
  it("trend periods: 15 Mar 2026 is in 'Mar 2026', '2026 Q1' and '2026'", () => {
    expect(periodLabel(periodStart('2026-03-15', 'month'), 'month')).toBe('Mar 2026');
    expect(periodLabel(periodStart('2026-03-15', 'quarter'), 'quarter')).toBe('2026 Q1');
    expect(periodLabel(periodStart('2026-03-15', 'year'), 'year')).toBe('2026');
  });
  it('quarters from 20 Nov 2025 to 2 Feb 2026 are 2025 Q4 and 2026 Q1', () =>
    expect(periodStarts('2025-11-20', '2026-02-02', 'quarter')).toEqual([
      '2025-10-01',
      '2026-01-01',
    ]));
  it("a financial year from April: 10 Feb 2026 is in quarter '2025/26 Q4' and year '2025/26' (docs/procedure.md, the reporting year)", () => {
    expect(periodStart('2026-02-10', 'quarter', 4)).toBe('2026-01-01');
    expect(periodLabel(periodStart('2026-02-10', 'quarter', 4), 'quarter', 4)).toBe('2025/26 Q4');
    expect(periodStart('2026-02-10', 'year', 4)).toBe('2025-04-01');
    expect(periodLabel('2025-04-01', 'year', 4)).toBe('2025/26');
  });
  it("an academic year from August: 23 Nov 2026 is in quarter '2026/27 Q2', starting 1 Nov 2026", () => {
    expect(periodStart('2026-11-23', 'quarter', 8)).toBe('2026-11-01');
    expect(periodLabel('2026-11-01', 'quarter', 8)).toBe('2026/27 Q2');
  });
  it('academic quarters from 20 Jul 2026 to 2 Feb 2027 start on 1 May, 1 Aug, 1 Nov 2026 and 1 Feb 2027', () =>
    expect(periodStarts('2026-07-20', '2027-02-02', 'quarter', 8)).toEqual([
      '2026-05-01',
      '2026-08-01',
      '2026-11-01',
      '2027-02-01',
    ]));
  it('financial years from 1 Jan 2025 to 30 Jun 2026 are 2024/25, 2025/26 and 2026/27', () =>
    expect(periodStarts('2025-01-01', '2026-06-30', 'year', 4)).toEqual([
      '2024-04-01',
      '2025-04-01',
      '2026-04-01',
    ]));

  it('a publication period is complete once it has ended: not the current quarter or year, nor a future one', () => {
    expect(isCompletedPeriodKey('2025-Q4', '2026-03-02')).toBe(true);
    expect(isCompletedPeriodKey('2026-Q1', '2026-03-31')).toBe(false);
    expect(isCompletedPeriodKey('2026-Q1', '2026-04-01')).toBe(true);
    expect(isCompletedPeriodKey('2030-Q1', '2026-03-02')).toBe(false);
    expect(isCompletedPeriodKey('2025/26', '2026-03-02')).toBe(false);
    expect(isCompletedPeriodKey('2024/25', '2026-03-02')).toBe(true);
  });
});
