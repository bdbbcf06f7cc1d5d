import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  insertAnalyticsComplaint,
  QUIET_QUERY,
  TRENDS_QUERY,
} from './operations/analytics.operations';
import { createWorld, type World } from './support/world';

describe('complaintTrends: counts by local month, quarter or year of receipt, zero-filled', () => {
  let world: World;
  let repairs: string;
  let rents: string;
  let estates: string;

  const yearStartsIn = (month: number) =>
    world.db.dataSource.query(
      'UPDATE organisation SET financial_year_start_month = $2 WHERE id = $1',
      [world.org.id, month],
    );

  beforeAll(async () => {
    world = await createWorld('2026-03-02T10:00:00Z');
    [repairs, rents, estates] = world.org.serviceAreaIds as [string, string, string];
    // a body reporting by the calendar year; the reporting-year test sets its own start month
    await yearStartsIn(1);
    const add = (
      receivedAt: string,
      serviceAreaId: string,
      channel = 'phone',
      category = 'Repairs not done',
    ) =>
      insertAnalyticsComplaint(world, world.org.id, {
        receivedAt,
        serviceAreaId,
        channel,
        category,
      });
    await add('2023-12-31T23:59:00Z', repairs); // 31 Dec 2023 in London: before the range
    await add('2024-01-08T10:00:00Z', repairs);
    await add('2024-01-20T10:00:00Z', repairs, 'email');
    await add('2024-02-14T10:00:00Z', rents, 'web_form', 'Rent account errors');
    await add('2024-03-31T00:30:00Z', repairs); // 00:30 GMT on 31 March (BST starts at 01:00 UTC): March
    await add('2024-03-31T23:30:00Z', repairs); // 00:30 BST on 1 April: April, after the range
    await add('2024-05-01T10:00:00Z', rents, 'letter', 'Rent account errors');
    // another organisation's complaint in the same month never counts
    await insertAnalyticsComplaint(world, world.other.id, {
      receivedAt: '2024-01-10T10:00:00Z',
      serviceAreaId: world.other.serviceAreaIds[0]!,
    });
  });
  afterAll(async () => {
    await world?.close();
  });

  const trends = async (variables: Record<string, unknown>) => {
    const res = await world.gql<any>(TRENDS_QUERY, variables, world.org.people.senior_manager);
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    return res.body.data.complaintTrends;
  };

  it('by month and service area, the buckets sum to the complaints received in the range (London dates)', async () => {
    const t = await trends({
      grain: 'month',
      breakdown: 'serviceArea',
      from: '2024-01-01',
      to: '2024-03-31',
    });
    const [{ n }] = await world.db.dataSource.query(
      `SELECT count(*)::int AS n FROM complaint WHERE organisation_id = $1 AND (received_at AT TIME ZONE 'Europe/London')::date BETWEEN '2024-01-01' AND '2024-03-31'`,
      [world.org.id],
    );
    expect(n).toBe(4);
    expect(t.total).toBe(4);
    expect(t.buckets.reduce((s: number, b: any) => s + b.count, 0)).toBe(4);
    const count = (period: string, key: string) =>
      t.buckets.find((b: any) => b.period === period && b.key === key)?.count;
    expect(count('2024-01-01', repairs)).toBe(2);
    expect(count('2024-02-01', rents)).toBe(1);
    expect(count('2024-03-01', repairs)).toBe(1);
    expect(
      t.buckets
        .map((b: any) => b.label)
        .filter((l: string, i: number, a: string[]) => a.indexOf(l) === i),
    ).toEqual(['Jan 2024', 'Feb 2024', 'Mar 2024']);
  });

  it('a service area with no complaints appears with a zero in every month', async () => {
    const t = await trends({
      grain: 'month',
      breakdown: 'serviceArea',
      from: '2024-01-01',
      to: '2024-03-31',
    });
    const estate = t.buckets.filter((b: any) => b.key === estates);
    expect(estate.map((b: any) => [b.period, b.keyLabel, b.count])).toEqual([
      ['2024-01-01', 'Estate management', 0],
      ['2024-02-01', 'Estate management', 0],
      ['2024-03-01', 'Estate management', 0],
    ]);
    expect(t.buckets).toHaveLength(3 * 3); // 3 months x every active service area
  });

  it("quarters are labelled '2024 Q1' and start on their first day; empty quarters are zero", async () => {
    const t = await trends({
      grain: 'quarter',
      breakdown: 'none',
      from: '2023-10-01',
      to: '2024-09-30',
    });
    expect(t.buckets.map((b: any) => [b.period, b.label, b.key, b.count])).toEqual([
      ['2023-10-01', '2023 Q4', 'all', 1],
      ['2024-01-01', '2024 Q1', 'all', 4],
      ['2024-04-01', '2024 Q2', 'all', 2],
      ['2024-07-01', '2024 Q3', 'all', 0],
    ]);
    const years = await trends({ grain: 'year', from: '2023-01-01', to: '2024-12-31' });
    expect(years.buckets.map((b: any) => [b.label, b.count])).toEqual([
      ['2023', 1],
      ['2024', 6],
    ]);
  });

  it("from April, quarters and years are the financial year's: 31 Dec 2023 in 2023/24 Q3, 1 Apr 2024 (BST) starts 2024/25 (docs/procedure.md, the reporting year)", async () => {
    await yearStartsIn(4);
    try {
      const t = await trends({ grain: 'quarter', from: '2023-10-01', to: '2024-09-30' });
      expect(t.yearStartMonth).toBe(4);
      expect(t.buckets.map((b: any) => [b.period, b.label, b.count])).toEqual([
        ['2023-10-01', '2023/24 Q3', 1],
        ['2024-01-01', '2023/24 Q4', 4],
        ['2024-04-01', '2024/25 Q1', 2],
        ['2024-07-01', '2024/25 Q2', 0],
      ]);
      const years = await trends({ grain: 'year', from: '2023-04-01', to: '2025-03-31' });
      expect(years.buckets.map((b: any) => [b.period, b.label, b.count])).toEqual([
        ['2023-04-01', '2023/24', 5],
        ['2024-04-01', '2024/25', 2],
      ]);
    } finally {
      await yearStartsIn(1);
    }
  });

  it('an academic year from August has quarters November to January, February to April and May to July', async () => {
    await yearStartsIn(8);
    try {
      const t = await trends({ grain: 'quarter', from: '2023-11-01', to: '2024-07-31' });
      expect(t.buckets.map((b: any) => [b.period, b.label, b.count])).toEqual([
        ['2023-11-01', '2023/24 Q2', 3],
        ['2024-02-01', '2023/24 Q3', 3],
        ['2024-05-01', '2023/24 Q4', 1],
      ]);
    } finally {
      await yearStartsIn(1);
    }
  });

  it('filters by channel and breaks down by channel: only the keys that appear, each zero-filled', async () => {
    const t = await trends({
      grain: 'month',
      breakdown: 'channel',
      from: '2024-01-01',
      to: '2024-02-29',
      filters: { channels: ['email', 'web_form'] },
    });
    expect(t.total).toBe(2);
    expect(t.buckets.map((b: any) => [b.label, b.keyLabel, b.count])).toEqual([
      ['Jan 2024', 'E-mail', 1],
      ['Jan 2024', 'Web form', 0],
      ['Feb 2024', 'E-mail', 0],
      ['Feb 2024', 'Web form', 1],
    ]);
  });

  it('breaks down by stage and outcome (open complaints are "open") and by root cause ("none" when not recorded)', async () => {
    const stage = await trends({
      grain: 'year',
      breakdown: 'stage',
      from: '2024-01-01',
      to: '2024-12-31',
    });
    expect(stage.buckets.map((b: any) => [b.key, b.count])).toEqual([['stage1', 6]]);
    const outcome = await trends({
      grain: 'year',
      breakdown: 'outcome',
      from: '2024-01-01',
      to: '2024-12-31',
    });
    expect(outcome.buckets.map((b: any) => [b.key, b.keyLabel, b.count])).toEqual([
      ['open', 'Open', 6],
    ]);
    const cause = await trends({
      grain: 'year',
      breakdown: 'rootCause',
      from: '2024-01-01',
      to: '2024-12-31',
    });
    expect(cause.buckets.map((b: any) => [b.key, b.count])).toEqual([['none', 6]]);
  });
});

describe('quietAreas: services and categories with few or no complaints against their own history', () => {
  let world: World;
  let repairs: string;
  let rents: string;
  let estates: string;

  beforeAll(async () => {
    world = await createWorld('2026-04-10T10:00:00Z');
    [repairs, rents, estates] = world.org.serviceAreaIds as [string, string, string];
    const add = (receivedAt: string, serviceAreaId: string, category: string) =>
      insertAnalyticsComplaint(world, world.org.id, { receivedAt, serviceAreaId, category });
    // history: the four quarters of 2025; Repairs 2 a quarter, Rents 1 a quarter, Estate management none
    for (const month of ['02', '05', '08', '11']) {
      await add(`2025-${month}-10T10:00:00Z`, repairs, 'Repairs not done');
      await add(`2025-${month}-11T10:00:00Z`, repairs, 'Repairs not done');
      await add(`2025-${month}-12T10:00:00Z`, rents, 'Rent account errors');
    }
    // 2026 Q1: Repairs none, Rents 1
    await add('2026-02-10T10:00:00Z', rents, 'Rent account errors');
  });
  afterAll(async () => {
    await world?.close();
  });

  it('lists a service area whose complaints stopped, and one that never had any, but not one at its usual level', async () => {
    const res = await world.gql<any>(
      QUIET_QUERY,
      { period: { quarter: '2026-Q1' }, dimension: 'serviceArea', threshold: 0.5 },
      world.org.people.communications,
    );
    expect(res.body.errors).toBeUndefined();
    const report = res.body.data.quietAreas;
    expect(report.history.map((p: any) => p.label)).toEqual([
      '2025 Q4',
      '2025 Q3',
      '2025 Q2',
      '2025 Q1',
    ]);
    expect(report.items).toEqual([
      {
        key: repairs,
        label: 'Repairs',
        count: 0,
        historicalAverage: 2,
        change: -2,
        changeShare: -1,
      },
      {
        key: estates,
        label: 'Estate management',
        count: 0,
        historicalAverage: 0,
        change: 0,
        changeShare: null,
      },
    ]);
    expect(report.items.map((i: any) => i.key)).not.toContain(rents);
  });

  it('by category, a higher threshold lists a category at its usual level too', async () => {
    const res = await world.gql<any>(
      QUIET_QUERY,
      { period: { quarter: '2026-Q1' }, dimension: 'category', threshold: 1 },
      world.org.people.manager,
    );
    expect(res.body.data.quietAreas.items).toEqual([
      {
        key: 'Repairs not done',
        label: 'Repairs not done',
        count: 0,
        historicalAverage: 2,
        change: -2,
        changeShare: -1,
      },
      {
        key: 'Rent account errors',
        label: 'Rent account errors',
        count: 1,
        historicalAverage: 1,
        change: 0,
        changeShare: 0,
      },
    ]);
  });
});
