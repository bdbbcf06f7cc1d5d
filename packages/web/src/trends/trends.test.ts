import { describe, expect, it } from 'vitest';
import { topSeries, trendCsvRows, trendSeries, type TrendBucket } from './trend-series';

const b = (period: string, key: string, count: number): TrendBucket => ({
  period,
  label: period,
  key,
  keyLabel: key === 'r' ? 'Repairs' : 'Rents',
  count,
});

describe('trend series for a chart', () => {
  it('fills empty buckets with 0 so every period shows every series', () => {
    const s = trendSeries(
      [b('2026-01-01', 'r', 3), b('2026-03-01', 'x', 2)],
      '2026-01-01',
      '2026-03-31',
      'month',
    );
    expect(s.rows).toEqual([
      { period: '2026-01-01', label: 'Jan 2026', total: 3, r: 3, x: 0 },
      { period: '2026-02-01', label: 'Feb 2026', total: 0, r: 0, x: 0 },
      { period: '2026-03-01', label: 'Mar 2026', total: 2, r: 0, x: 2 },
    ]);
  });

  it('orders the series by their total, largest first', () => {
    const s = trendSeries(
      [b('2026-01-01', 'x', 1), b('2026-01-01', 'r', 5)],
      '2026-01-01',
      '2026-01-31',
      'month',
    );
    expect(s.keys.map((k) => k.label)).toEqual(['Repairs', 'Rents']);
  });

  it('has rows but no series when nothing was received', () => {
    const s = trendSeries([], '2026-01-01', '2026-02-28', 'month');
    expect(s.keys).toEqual([]);
    expect(s.rows.map((r) => r.total)).toEqual([0, 0]);
  });

  it('keeps the largest series and adds the rest up as Other', () => {
    const s = trendSeries(
      [
        b('2026-01-01', 'r', 5),
        b('2026-01-01', 'x', 2),
        { ...b('2026-01-01', 'y', 1), keyLabel: 'Estate' },
      ],
      '2026-01-01',
      '2026-01-31',
      'month',
    );
    const top = topSeries(s, 2);
    expect(top.keys.map((k) => k.label)).toEqual(['Repairs', 'Other (2)']);
    expect(top.rows[0]).toMatchObject({ r: 5, __other: 3, total: 8 });
  });

  it('downloads as CSV with a column per series and a total', () => {
    const s = trendSeries([b('2026-01-01', 'r', 3)], '2026-01-01', '2026-01-31', 'month');
    expect(trendCsvRows(s)).toEqual([
      ['Period', 'Repairs', 'Total'],
      ['Jan 2026', 3, 3],
    ]);
  });
});
