import { describe, expect, it } from 'vitest';
import { reportingYears, returnCsvPath, returnValue, signed } from './return-format';

describe('the Returns page formatting', () => {
  it('shows shares as whole percentages, days to one place, counts with separators', () => {
    expect(returnValue(0.456, 'share')).toBe('46%');
    expect(returnValue(6.25, 'workingDays')).toBe('6.3');
    expect(returnValue(1234, 'count')).toBe('1,234');
    expect(returnValue(null, 'count')).toBe('–');
  });
  it('signs each difference of the reconciliation', () => {
    expect(signed(12, 'count')).toBe('+12');
    expect(signed(-9.5, 'workingDays')).toBe('−9.5');
  });
  it('offers the reporting year today is in first, then the years before', () =>
    expect(reportingYears('2026-11-20', 4, 2)).toEqual([
      { value: '2026', label: '2026/27 (so far)' },
      { value: '2025', label: '2025/26' },
    ]));
  it('downloads from the API with the year in the query string', () =>
    expect(returnCsvPath('statistics', '2025')).toBe(
      '/exports/returns/statistics.csv?financialYear=2025',
    ));
});
