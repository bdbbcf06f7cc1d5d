import { describe, expect, it } from 'vitest';
import { bucketOf, figures, report } from '../indicators/fixture';
import { overviewCards } from './overview-cards';
import { pareto } from './pareto';

describe('the root-cause Pareto chart', () => {
  it('orders causes by count with each share and the running share', () => {
    const { rows, total } = pareto([
      { key: 'a', label: 'Communication', count: 2 },
      { key: 'b', label: 'Repair delay', count: 6 },
      { key: 'c', label: 'Policy', count: 2 },
    ]);
    expect(total).toBe(10);
    expect(rows).toEqual([
      { key: 'b', label: 'Repair delay', count: 6, share: 60, cumulative: 60 },
      { key: 'a', label: 'Communication', count: 2, share: 20, cumulative: 80 },
      { key: 'c', label: 'Policy', count: 2, share: 20, cumulative: 100 },
    ]);
  });

  it('adds up a cause that appears in several periods', () => {
    const { rows } = pareto([
      { key: 'a', label: 'Communication', count: 2 },
      { key: 'a', label: 'Communication', count: 3 },
    ]);
    expect(rows).toEqual([
      { key: 'a', label: 'Communication', count: 5, share: 100, cumulative: 100 },
    ]);
  });

  it('leaves out complaints with no root cause', () => {
    expect(
      pareto([
        { key: 'none', label: 'No root cause', count: 9 },
        { key: 'a', label: 'A', count: 1 },
      ]).total,
    ).toBe(1);
  });

  it('keeps the top causes and counts the rest', () => {
    const items = Array.from({ length: 12 }, (_, i) => ({
      key: `k${i}`,
      label: `Cause ${i}`,
      count: 12 - i,
    }));
    const result = pareto(items, 10);
    expect(result.rows).toHaveLength(10);
    expect(result.otherCount).toBe(2 + 1);
    expect(result.rows.at(-1)?.cumulative).toBeLessThan(100);
  });

  it('has zero shares, not a division by zero, when nothing is counted', () => {
    expect(pareto([])).toEqual({ rows: [], total: 0, otherCount: 0 });
  });
});

describe('the overview figures, this quarter against the last', () => {
  it('counts received and closed at each stage, with links to the register for the quarter', () => {
    const cards = overviewCards(report());
    expect(cards.find((c) => c.id === 'received')).toMatchObject({
      current: 62,
      previous: 70,
      link: '/complaints?from=2026-10-01&to=2026-12-31',
    });
    expect(cards.find((c) => c.id === 'closed-2')).toMatchObject({
      current: 10,
      link: '/complaints?closedAt=stage2&closedFrom=2026-10-01&closedTo=2026-12-31',
    });
  });

  it('links to trends and indicators instead for roles without the register', () => {
    const cards = overviewCards(report(), { register: false });
    expect(cards.find((c) => c.id === 'received')?.link).toBe(
      '/trends?from=2026-10-01&to=2026-12-31&grain=month',
    );
    expect(cards.find((c) => c.id === 'closed-1')?.link).toBe(
      '/indicators?period=quarter%3A2026-Q4',
    );
    expect(cards.every((c) => !c.link.startsWith('/complaints'))).toBe(true);
  });

  it('takes shares within timescale and average days from the indicators, and links to them', () => {
    const cards = overviewCards(report());
    expect(cards.find((c) => c.id === 'within-1')).toMatchObject({
      current: 0.75,
      previous: 0.8,
      link: '/indicators?period=quarter%3A2026-Q4',
    });
  });

  it('gives each outcome as a share of all closures, and no share when nothing closed', () => {
    const r = report();
    expect(overviewCards(r).find((c) => c.id === 'outcome-resolved')?.current).toBe(1);
    const none = { ...r, closed: 0 };
    expect(overviewCards(none).find((c) => c.id === 'outcome-resolved')?.current).toBeNull();
  });
});

describe('the overview compares like for like (docs/procedure.md, Reporting and publishing)', () => {
  // 2026/27 Q3 to date (41 working days) against the same 41 working days of Q2 and of 2025/26 Q3
  const toDate = {
    ...figures(
      '2026/27 Q3 to date (to 26 Nov 2026)',
      '2026-10-01',
      '2026-11-26',
      157,
      bucketOf(40),
      bucketOf(6),
      bucketOf(2),
    ),
    previous: figures(
      '2026/27 Q2, first 41 working days',
      '2026-07-01',
      '2026-08-27',
      123,
      bucketOf(30),
      bucketOf(4),
      bucketOf(1),
    ),
  };
  const lastYear = figures(
    '2025/26 Q3, first 41 working days',
    '2025-10-01',
    '2025-11-26',
    140,
    bucketOf(35),
    bucketOf(3),
    bucketOf(3),
  );

  it('gives each figure for the same working days of the previous quarter and of the same quarter last year: 157 against 123 and 140', () => {
    const cards = overviewCards(toDate, { register: true, lastYear });
    expect(cards.find((c) => c.id === 'received')).toMatchObject({
      current: 157,
      previous: 123,
      lastYear: 140,
    });
    expect(cards.find((c) => c.id === 'closed-2')).toMatchObject({
      current: 8,
      previous: 5,
      lastYear: 6,
    });
  });

  it('opens the register for the quarter to date, and the indicators for the whole quarter', () => {
    const cards = overviewCards(toDate, {
      register: true,
      lastYear,
      indicatorsPeriod: 'financialQuarter:FY2026-Q3',
    });
    expect(cards.find((c) => c.id === 'received')?.link).toBe(
      '/complaints?from=2026-10-01&to=2026-11-26',
    );
    expect(cards.find((c) => c.id === 'within-1')?.link).toBe(
      '/indicators?period=financialQuarter%3AFY2026-Q3',
    );
  });
});
