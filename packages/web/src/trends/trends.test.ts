import { describe, expect, it } from 'vitest';
import { topCauses, topSeries, trendCsvRows, trendSeries, type TrendBucket } from './trend-series';

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
      { period: '2026-01-01', label: 'Jan 2026', total: 3, partial: false, r: 3, x: 0 },
      { period: '2026-02-01', label: 'Feb 2026', total: 0, partial: false, r: 0, x: 0 },
      { period: '2026-03-01', label: 'Mar 2026', total: 2, partial: false, r: 0, x: 2 },
    ]);
  });

  it('marks the month to date as partial, with the days it covers: Nov 2026 (to 20 Nov) (docs/procedure.md, Reporting and publishing)', () => {
    const s = trendSeries([b('2026-11-01', 'r', 4)], '2026-10-01', '2026-11-20', 'month');
    expect(s.rows.map((r) => [r.label, r.partial])).toEqual([
      ['Oct 2026', false],
      ['Nov 2026 (to 20 Nov)', true],
    ]);
  });

  it('marks a range starting mid-quarter as partial at its start: 2026 Q1 (from 5 Jan)', () => {
    const s = trendSeries([], '2026-01-05', '2026-06-30', 'quarter');
    expect(s.rows.map((r) => r.label)).toEqual(['2026 Q1 (from 5 Jan)', '2026 Q2']);
  });

  it("an academic year from August: quarters start 1 Aug and 1 Nov, named '2026/27 Q1' and '2026/27 Q2 (to 20 Nov)' (docs/procedure.md, the reporting year)", () => {
    const s = trendSeries([b('2026-11-01', 'r', 4)], '2026-08-01', '2026-11-20', 'quarter', 8);
    expect(s.rows.map((r) => [r.period, r.label, r.total])).toEqual([
      ['2026-08-01', '2026/27 Q1', 0],
      ['2026-11-01', '2026/27 Q2 (to 20 Nov)', 4],
    ]);
  });

  it('keeps the partial mark when the series are cut to the largest', () => {
    const s = trendSeries(
      [
        b('2026-11-01', 'r', 4),
        b('2026-11-01', 'x', 1),
        { ...b('2026-11-01', 'y', 1), keyLabel: 'Estate' },
      ],
      '2026-11-01',
      '2026-11-20',
      'month',
    );
    expect(topSeries(s, 2).rows[0]).toMatchObject({ partial: true, label: 'Nov 2026 (to 20 Nov)' });
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

describe('the root-cause trend reads (issue 18, charts)', () => {
  const causes = Array.from({ length: 9 }, (_, i) => ({
    period: '2026-01-01',
    label: '',
    key: `c${i}`,
    keyLabel: `Cause ${i}`,
    count: 20 - i,
  }));
  const s = trendSeries(
    [
      ...causes,
      {
        period: '2026-01-01',
        label: '',
        key: 'none',
        keyLabel: 'No root cause recorded',
        count: 50,
      },
    ],
    '2026-01-01',
    '2026-01-31',
    'month',
  );

  it('draws the five causes with the most complaints, not an Other band larger than each', () => {
    expect(topCauses(s).series.keys.map((k) => k.key)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
  });

  it('sums the four causes left out (15+14+13+12 = 54) for the sentence; they stay in the table', () => {
    expect(topCauses(s).rest).toEqual({ causes: 4, complaints: 54 });
  });

  it('never draws complaints with no root cause recorded, and counts them apart', () => {
    expect(topCauses(s).noCause).toBe(50);
  });
});
