import { describe, expect, it } from 'vitest';
import { report } from './fixture';
import {
  bucketBars,
  formatChange,
  indicatorCsvRows,
  indicatorRows,
  outcomeBars,
} from './indicator-rows';

describe('the SPSO indicators table', () => {
  it('lists the indicators in the SPSO order A to F', () => {
    const letters = indicatorRows(report()).map((r) => r.indicator);
    expect([...new Set(letters)]).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(letters.indexOf('B')).toBeGreaterThan(letters.lastIndexOf('A'));
  });

  it('shows received per 1,000 of the population only when the population is known', () => {
    const r = report();
    expect(indicatorRows(r)[1]?.label).toBe('Received per 1,000 homes');
    expect(
      indicatorRows({ ...r, population: null }).some((row) => row.label.startsWith('Received per')),
    ).toBe(false);
  });

  it('links each closure count to the complaints it counts: closed in that bucket in the period, with that outcome', () => {
    const rows = indicatorRows(report());
    const period = { closedFrom: '2026-10-01', closedTo: '2026-12-31' };
    expect(rows.find((r) => r.label === 'Closed at stage 1')?.link).toEqual({
      closedAt: 'stage1',
      ...period,
    });
    expect(rows.find((r) => r.label === 'Closed at stage 2 (after escalation)')?.link).toEqual({
      closedAt: 'stage2_escalated',
      ...period,
    });
    expect(rows.find((r) => r.label === 'Stage 1: partially upheld')?.link).toEqual({
      closedAt: 'stage1',
      ...period,
      closureOutcome: 'partially_upheld',
    });
  });

  it('gives "all closures" no list: it counts a complaint closed at both stages twice', () => {
    expect(indicatorRows(report()).find((r) => r.label === 'All closures')?.link).toBeUndefined();
  });

  it('shows the change in percentage points for shares and in units for counts', () => {
    const rows = indicatorRows(report());
    expect(formatChange(rows[0]!)).toBe('−8');
    const within = rows.find((r) => r.indicator === 'E' && r.label === 'Stage 1')!;
    expect(formatChange(within)).toBe('−5 pts');
    const days = rows.find((r) => r.indicator === 'D' && r.label === 'Stage 1')!;
    expect(formatChange(days)).toBe('+0.5 days');
  });

  it('has no change to show where a period closed nothing (a zero denominator)', () => {
    const rows = indicatorRows(report());
    const direct = rows.find((r) => r.indicator === 'E' && r.label === 'Stage 2 (direct)')!;
    expect(direct.currentShare).toBeNull();
    expect(formatChange(direct)).toBe('—');
    const avg = rows.find((r) => r.indicator === 'D' && r.label === 'Stage 2 (direct)')!;
    expect(formatChange(avg)).toBe('—');
  });

  it('downloads as CSV with a value and a share column for each period', () => {
    const csv = indicatorCsvRows(report());
    expect(csv[0]).toEqual([
      'Indicator',
      'Measure',
      '2026 Q4 value',
      '2026 Q4 share',
      '2026 Q3 value',
      '2026 Q3 share',
    ]);
    expect(csv[1]).toEqual(['A: Complaints received', 'Complaints received', 62, null, 70, null]);
    expect(
      csv.find((r) => r[0] === 'D: Average time to respond (working days)' && r[1] === 'Stage 1'),
    ).toEqual(['D: Average time to respond (working days)', 'Stage 1', 4.4, null, 3.9, null]);
  });
});

describe('indicator charts', () => {
  it('compares each stage with the previous period, shares as percentages and gaps as null', () => {
    expect(bucketBars(report(), (b) => b.withinTimescaleShare, true)).toEqual([
      { bucket: 'Stage 1', current: 75, previous: 80 },
      { bucket: 'Stage 2 direct', current: null, previous: 100 },
      { bucket: 'Stage 2 escalated', current: 90, previous: 100 },
    ]);
  });

  it('stacks outcomes per stage as shares of its closures, each bar 100% (issue 18, charts)', () => {
    expect(outcomeBars(report())[0]).toEqual({
      bucket: 'Stage 1 (40 closed)',
      closed: 40,
      resolved: 100,
      upheld: 0,
      partiallyUpheld: 0,
      notUpheld: 0,
    });
  });

  it('shows stage 2 in all beside its two routes, and no shares for a bucket with no closures', () => {
    const bars = outcomeBars(report());
    expect(bars.map((b) => b.bucket)).toEqual([
      'Stage 1 (40 closed)',
      'Stage 2 direct (0 closed)',
      'Stage 2 escalated (10 closed)',
      'Stage 2 in all (10 closed)',
    ]);
    expect(bars[1]).toMatchObject({ resolved: null, upheld: null });
    expect(bars[3]).toMatchObject({ resolved: 100 });
  });
});
