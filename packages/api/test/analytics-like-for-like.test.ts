import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { likeForLikeQuarters, spsoIndicators, type TimelineSettings } from '@chp/domain';
import { rebuildWorkingDays } from '../src/modules/calendar';
import {
  loadTimelineSettings,
  toDomainEvents,
  type StoredEvent,
} from '../src/modules/complaints/journey';
import { loadDemoData, withPgClient } from '../src/demo/loader';
import { LIKE_FOR_LIKE_QUERY } from './operations/analytics.operations';
import { createWorld, type World } from './support/world';
import { TODAY, expected, actual } from './support/indicator-reference';

/**
 * Like-for-like comparisons (docs/procedure.md, Reporting and publishing): the overview's
 * quarter to date against the same working days of the previous quarter and of the same quarter a
 * year earlier. The dates are @chp/domain's likeForLikeQuarters for the organisation's reporting
 * year and calendar; the figures equal the domain's reference spsoIndicators over those dates.
 */
describe('likeForLikeComparison on 600 generated complaints', () => {
  let world: World;
  let settings: TimelineSettings;
  let journeys: { events: ReturnType<typeof toDomainEvents>; contractor: string | null }[];
  // TODAY is Fri 20 Nov 2026; a closure day in the previous quarter moves its 37th working day
  const CLOSURE = '2026-07-15';

  beforeAll(async () => {
    world = await createWorld(`${TODAY}T12:00:00Z`);
    const ds = world.db.dataSource;
    await ds.transaction(async (em) => {
      await em.query(
        `INSERT INTO closure_day (organisation_id, date, reason) VALUES ($1, $2, 'local_holiday')`,
        [world.org.id, CLOSURE],
      );
      await rebuildWorkingDays(em, world.org.id);
    });
    await withPgClient(ds, async (client) => {
      await loadDemoData(client, {
        organisationId: world.org.id,
        count: 600,
        seed: 18,
        today: TODAY,
      });
      await loadDemoData(client, {
        organisationId: world.other.id,
        count: 200,
        seed: 5,
        today: TODAY,
      });
    });
    settings = await loadTimelineSettings(ds.manager, world.org.id);
    const rows: (StoredEvent & { complaint_id: string; contractor: string | null })[] =
      await ds.query(
        `SELECT e.complaint_id, e.type, e.at, e.stage, e.payload, c.contractor
           FROM complaint_event e JOIN complaint c ON c.id = e.complaint_id
          WHERE e.organisation_id = $1 ORDER BY e.complaint_id, e.sequence`,
        [world.org.id],
      );
    const byComplaint = new Map<string, typeof rows>();
    for (const r of rows)
      byComplaint.set(r.complaint_id, [...(byComplaint.get(r.complaint_id) ?? []), r]);
    journeys = [...byComplaint.values()].map((events) => ({
      events: toDomainEvents(events),
      contractor: events[0]!.contractor,
    }));
  }, 240_000);
  afterAll(async () => {
    await world?.close();
  });

  async function comparison() {
    const res = await world.gql<any>(LIKE_FOR_LIKE_QUERY, {}, world.org.people.senior_manager);
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    return res.body.data.likeForLikeComparison;
  }

  it('on 20 Nov 2026 (the 37th working day of 2026/27 Q3) compares 1 Oct to 20 Nov 2026 with the same 37 working days of Q2 and of 2025/26 Q3', async () => {
    const c = await comparison();
    expect(c.partial).toBe(true);
    expect(c.workingDays).toBe(37);
    expect(c.current.period).toMatchObject({ from: '2026-10-01', to: '2026-11-20' });
    // 37 working days from 1 Jul 2026, with 15 Jul closed and 3 Aug a bank holiday
    expect(c.previousQuarter.period).toMatchObject({ from: '2026-07-01', to: '2026-08-24' });
    expect(c.sameQuarterLastYear.period).toMatchObject({ from: '2025-10-01', to: '2025-11-20' });
    const dates = likeForLikeQuarters(TODAY, 4, { closureDays: [CLOSURE] });
    for (const key of ['current', 'previousQuarter', 'sameQuarterLastYear'] as const)
      expect(c[key].period).toMatchObject({
        from: dates[key].from,
        to: dates[key].to,
        label: dates[key].label,
      });
  });

  it('each of the three figures equals the domain reference over its dates (received, closures, times, outcomes)', async () => {
    const c = await comparison();
    for (const figures of [c.current, c.previousQuarter, c.sameQuarterLastYear]) {
      const ref = spsoIndicators(
        journeys,
        { from: figures.period.from, to: figures.period.to },
        settings,
      );
      expect(actual(figures)).toEqual(expected(ref, 5000));
    }
    expect(c.previousQuarter.received).toBeGreaterThan(0);
  });

  it('follows the reporting year: with an academic year from August, 2026/27 Q2 (November to January) to date', async () => {
    await world.db.dataSource.query(
      `UPDATE organisation SET financial_year_start_month = 8 WHERE id = $1`,
      [world.org.id],
    );
    try {
      const c = await comparison();
      expect(c.quarter).toMatchObject({
        from: '2026-11-01',
        to: '2027-01-31',
        label: '2026/27 Q2',
      });
      expect(c.current.period).toMatchObject({ from: '2026-11-01', to: '2026-11-20' });
      expect(c.previousQuarter.period.from).toBe('2026-08-01');
      expect(c.sameQuarterLastYear.period.from).toBe('2025-11-01');
    } finally {
      await world.db.dataSource.query(
        `UPDATE organisation SET financial_year_start_month = 4 WHERE id = $1`,
        [world.org.id],
      );
    }
  });
});
