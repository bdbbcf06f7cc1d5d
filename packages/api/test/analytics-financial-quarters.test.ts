import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolvePeriod, spsoIndicators, type TimelineSettings } from '@chp/domain';
import {
  loadTimelineSettings,
  toDomainEvents,
  type StoredEvent,
} from '../src/modules/complaints/journey';
import { loadDemoData, withPgClient } from '../src/demo/loader';
import { INDICATORS_QUERY } from './operations/analytics.operations';
import { createWorld, type World } from './support/world';
import { TODAY, expected, actual } from './support/indicator-reference';

/**
 * Quarters follow the organisation's financial year (docs/procedure.md, Reporting and
 * publishing): the indicators for a financial quarter ('FY2025-Q1') cover the dates @chp/domain
 * gives for the organisation's start month, and equal the domain's reference over those dates.
 */
describe('spsoIndicators for a financial quarter of an organisation whose year starts in August', () => {
  let world: World;
  let settings: TimelineSettings;
  let journeys: { events: ReturnType<typeof toDomainEvents>; contractor: string | null }[];

  beforeAll(async () => {
    world = await createWorld(`${TODAY}T12:00:00Z`);
    const ds = world.db.dataSource;
    await ds.query(`UPDATE organisation SET financial_year_start_month = 8 WHERE id = $1`, [
      world.org.id,
    ]);
    await withPgClient(ds, (client) =>
      loadDemoData(client, { organisationId: world.org.id, count: 400, seed: 13, today: TODAY }),
    );
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

  it('FY2025-Q1 is August to October 2025, the previous quarter May to July, each equal to the domain reference', async () => {
    const res = await world.gql<any>(
      INDICATORS_QUERY,
      { period: { financialQuarter: 'FY2025-Q1' } },
      world.org.people.senior_manager,
    );
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    const report = res.body.data.spsoIndicators;
    const dates = resolvePeriod({ financialQuarter: 'FY2025-Q1', financialYearStartMonth: 8 });
    expect(report.period).toMatchObject({ from: '2025-08-01', to: '2025-10-31' });
    expect(report.period).toMatchObject({ from: dates.from, to: dates.to });
    expect(report.previous.period).toMatchObject({ from: '2025-05-01', to: '2025-07-31' });
    for (const figures of [report, report.previous]) {
      const ref = spsoIndicators(
        journeys,
        { from: figures.period.from, to: figures.period.to },
        settings,
      );
      expect(actual(figures)).toEqual(expected(ref, 5000));
    }
    expect(report.received).toBeGreaterThan(0);
  });

  it('a calendar quarter key still means the calendar quarter', async () => {
    const res = await world.gql<any>(
      INDICATORS_QUERY,
      { period: { quarter: '2025-Q3' } },
      world.org.people.senior_manager,
    );
    expect(res.body.data.spsoIndicators.period).toMatchObject({
      from: '2025-07-01',
      to: '2025-09-30',
    });
  });

  it('a financial year follows the start month: 2025 is 1 Aug 2025 to 31 Jul 2026', async () => {
    const res = await world.gql<any>(
      INDICATORS_QUERY,
      { period: { financialYear: 2025 } },
      world.org.people.senior_manager,
    );
    expect(res.body.data.spsoIndicators.period).toMatchObject({
      from: '2025-08-01',
      to: '2026-07-31',
      label: '2025/26',
    });
  });
});
