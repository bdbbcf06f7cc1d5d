import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  complaintsPerContractor,
  spsoIndicators,
  type ComplaintEvent,
  type TimelineSettings,
} from '@chp/domain';
import { rebuildWorkingDays } from '../src/modules/calendar/working-day-calendar';
import {
  loadTimelineSettings,
  toDomainEvents,
  type StoredEvent,
} from '../src/modules/complaints/journey';
import { loadDemoData, withPgClient } from '../src/demo/loader';
import { INDICATORS_QUERY, TRENDS_QUERY } from './operations/analytics.operations';
import { createWorld, type World } from './support/world';
import { recordFirstContacts } from './support/first-contacts';
import {
  TODAY,
  CLOSURE_DAYS,
  PERIODS,
  BUCKETS,
  expected,
  actual,
} from './support/indicator-reference';

/**
 * THE equality test (issue 4): the SQL indicators of `spsoIndicators` over GraphQL equal
 * @chp/domain's reference `spsoIndicators` folded from the same complaints' stored journeys,
 * figure by figure, for quarters, years, a financial year, a range across the festive bank
 * holidays and a range with no complaints.
 */

describe('spsoIndicators in SQL equals @chp/domain spsoIndicators on 3,000 generated complaints', () => {
  let world: World;
  let settings: TimelineSettings;
  let journeys: { events: ComplaintEvent[]; contractor: string | null }[];
  let firstContacts: number;

  beforeAll(async () => {
    world = await createWorld(`${TODAY}T12:00:00Z`);
    const ds = world.db.dataSource;
    // a cut-off time and closure days of its own, so day one, deadlines and working days depend on them
    await ds.transaction(async (em) => {
      await em.query(`UPDATE organisation SET cut_off_time = '16:30' WHERE id = $1`, [
        world.org.id,
      ]);
      for (const date of CLOSURE_DAYS)
        await em.query(
          `INSERT INTO closure_day (organisation_id, date, reason) VALUES ($1, $2, 'local_holiday')`,
          [world.org.id, date],
        );
      await rebuildWorkingDays(em, world.org.id);
    });
    await withPgClient(ds, async (client) => {
      await loadDemoData(client, {
        organisationId: world.org.id,
        count: 3000,
        seed: 20260401,
        today: TODAY,
      });
      // the other organisation's complaints are in the same tables and must never be counted
      await loadDemoData(client, {
        organisationId: world.other.id,
        count: 600,
        seed: 7,
        today: TODAY,
      });
    });
    // not a complaint, withdrawn, out of time and duplicate present beside the generated complaints
    firstContacts = await recordFirstContacts(world, world.org);
    // a contractor named on about one generated complaint in ten, spelt in two cases
    await ds.query(
      `UPDATE complaint SET contractor = (ARRAY['Acme Roofing', 'ACME ROOFING', 'Clyde Gas', 'Forth Lifts'])[1 + abs(hashtext(id::text || 'contractor')) % 4]
        WHERE organisation_id = $1 AND contractor IS NULL AND abs(hashtext(id::text)) % 10 = 0`,
      [world.org.id],
    );
    settings = await loadTimelineSettings(ds.manager, world.org.id);
    const contractors = new Map<string, string | null>(
      (
        await ds.query<{ id: string; contractor: string | null }[]>(
          `SELECT id, contractor FROM complaint WHERE organisation_id = $1`,
          [world.org.id],
        )
      ).map((r) => [r.id, r.contractor]),
    );
    const rows: (StoredEvent & { complaint_id: string })[] = await ds.query(
      `SELECT complaint_id, type, at, stage, payload FROM complaint_event WHERE organisation_id = $1 ORDER BY complaint_id, sequence`,
      [world.org.id],
    );
    const byComplaint = new Map<string, StoredEvent[]>();
    for (const r of rows)
      byComplaint.set(r.complaint_id, [...(byComplaint.get(r.complaint_id) ?? []), r]);
    journeys = [...byComplaint.entries()].map(([id, events]) => ({
      events: toDomainEvents(events),
      contractor: contractors.get(id) ?? null,
    }));
  }, 240_000);
  afterAll(async () => {
    await world?.close();
  });

  it('the generated data holds every case the indicators distinguish', async () => {
    const [c] = await world.db.dataSource.query(
      `
      SELECT count(*)::int AS complaints,
             count(*) FILTER (WHERE stage1_extended_due_on IS NOT NULL AND stage1_closed_on IS NOT NULL)::int AS stage1_extended,
             count(*) FILTER (WHERE stage2_extended_due_on IS NOT NULL AND stage2_closed_on IS NOT NULL)::int AS stage2_extended,
             count(*) FILTER (WHERE route = 'stage1' AND stage2_closed_on IS NOT NULL AND stage1_closed_on IS NOT NULL)::int AS escalated_closed_twice,
             count(*) FILTER (WHERE route = 'stage1' AND escalated_at IS NOT NULL AND stage1_closed_on IS NULL)::int AS transferred,
             count(*) FILTER (WHERE route = 'stage2_direct' AND stage2_closed_on IS NOT NULL)::int AS direct_closed,
             count(*) FILTER (WHERE stage1_outcome = 'resolved')::int AS resolved_stage1,
             count(*) FILTER (WHERE stage2_outcome = 'resolved')::int AS resolved_stage2,
             count(*) FILTER (WHERE stage1_within_timescale = false)::int AS late_stage1,
             count(*) FILTER (WHERE stage1_extended_due_on IS NOT NULL AND stage1_within_timescale = false AND stage1_closed_on <= stage1_extended_due_on)::int AS extended_on_time_not_within,
             count(*) FILTER (WHERE status = 'open')::int AS open,
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM working_day w WHERE w.organisation_id = c.organisation_id AND w.date IN (c.stage1_closed_on, c.stage2_closed_on) AND NOT w.is_working_day))::int AS closed_on_non_working_day,
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM working_day w WHERE w.organisation_id = c.organisation_id AND w.date = (c.received_at AT TIME ZONE 'Europe/London')::date
                                            AND NOT w.is_working_day AND extract(isodow FROM w.date) < 6))::int AS received_on_holiday,
             count(*) FILTER (WHERE (c.received_at AT TIME ZONE 'Europe/London')::time > '16:30' AND stage1_day_one > (c.received_at AT TIME ZONE 'Europe/London')::date)::int AS after_cut_off,
             count(*) FILTER (WHERE stage1_closed_on BETWEEN '2025-12-20' AND '2026-01-06' OR stage2_closed_on BETWEEN '2025-12-20' AND '2026-01-06')::int AS festive_closures,
             count(*) FILTER (WHERE other_outcome = 'not_a_complaint')::int AS not_a_complaint,
             count(*) FILTER (WHERE other_outcome = 'withdrawn')::int AS withdrawn,
             count(*) FILTER (WHERE other_outcome = 'withdrawn' AND stage1_closed_on IS NOT NULL)::int AS withdrawn_after_stage_1,
             count(*) FILTER (WHERE other_outcome = 'out_of_time')::int AS out_of_time,
             count(*) FILTER (WHERE other_outcome = 'duplicate')::int AS duplicate,
             count(*) FILTER (WHERE lower(contractor) = 'acme roofing' AND contractor <> 'Acme Roofing')::int AS contractor_in_another_case
        FROM complaint c WHERE organisation_id = $1`,
      [world.org.id],
    );
    expect(c.complaints).toBe(3000 + firstContacts);
    for (const [k, v] of Object.entries(c)) expect(v, k).toBeGreaterThan(0);
  });

  it('the working days stored on every closure equal the working_day calendar count (ordinal(closed) - ordinal(day one) + 1, at least 1)', async () => {
    const rows: { stage: number; stored: number; counted: number }[] =
      await world.db.dataSource.query(
        `
      SELECT s.stage, s.stored, greatest(1, wc.ordinal - wd.ordinal + 1) AS counted
        FROM complaint c
       CROSS JOIN LATERAL (VALUES (1, c.stage1_day_one, c.stage1_closed_on, c.stage1_working_days), (2, c.stage2_day_one, c.stage2_closed_on, c.stage2_working_days)) s(stage, day_one, closed_on, stored)
        JOIN working_day wd ON wd.organisation_id = c.organisation_id AND wd.date = s.day_one
        JOIN working_day wc ON wc.organisation_id = c.organisation_id AND wc.date = s.closed_on
       WHERE c.organisation_id = $1`,
        [world.org.id],
      );
    expect(rows.length).toBeGreaterThan(2500);
    expect(rows.filter((r) => r.stored !== r.counted)).toEqual([]);
  });

  for (const [name, period, range] of PERIODS) {
    it(`every figure for ${name} equals the domain's, and so does the previous comparable period`, async () => {
      const res = await world.gql<any>(
        INDICATORS_QUERY,
        { period },
        world.org.people.senior_manager,
      );
      expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
      const report = res.body.data.spsoIndicators;
      expect(report.period).toMatchObject(range);
      for (const figures of [report, report.previous]) {
        const ref = spsoIndicators(
          journeys,
          { from: figures.period.from, to: figures.period.to },
          settings,
        );
        expect(actual(figures)).toEqual(expected(ref, 5000));
        for (const b of BUCKETS) {
          const avg = ref.stages[b].averageWorkingDays;
          expect(figures.stages[b].totalWorkingDays).toBe(
            avg === null ? 0 : Math.round(avg * ref.stages[b].closed),
          );
        }
      }
      if (name.startsWith('a range with no complaints')) {
        expect(report.received).toBe(0);
        expect(report.closed).toBe(0);
        expect(report.stages.stage1.averageWorkingDays).toBeNull();
      } else {
        expect(report.received).toBeGreaterThan(0);
      }
    });
  }

  it('trends by month over 2025 add up to the complaints received in 2025, in every breakdown', async () => {
    const received = spsoIndicators(
      journeys,
      { from: '2025-01-01', to: '2025-12-31' },
      settings,
    ).received;
    for (const breakdown of [
      'none',
      'serviceArea',
      'category',
      'channel',
      'stage',
      'outcome',
      'rootCause',
    ]) {
      const res = await world.gql<any>(
        TRENDS_QUERY,
        { grain: 'month', breakdown, from: '2025-01-01', to: '2025-12-31' },
        world.org.people.manager,
      );
      expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
      const t = res.body.data.complaintTrends;
      expect(t.total, breakdown).toBe(received);
      // a complaint with two root causes counts under each: only that breakdown may add up to more
      const sum = t.buckets.reduce((n: number, b: any) => n + b.count, 0);
      if (breakdown === 'rootCause') expect(sum).toBeGreaterThanOrEqual(received);
      else expect(sum, breakdown).toBe(received);
      expect(new Set(t.buckets.map((b: any) => b.period)).size).toBe(12);
    }
  });

  it('complaints about contractors per contractor over 2025 equal the domain complaintsPerContractor (§11; docs/procedure.md, Before stage 1)', async () => {
    const res = await world.gql<any>(
      TRENDS_QUERY,
      { grain: 'year', breakdown: 'contractor', from: '2025-01-01', to: '2025-12-31' },
      world.org.people.manager,
    );
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    // 2025 spans two reporting years (from April): a contractor's count is the sum of its buckets
    const counted: Record<string, number> = {};
    for (const b of res.body.data.complaintTrends.buckets)
      if (b.key !== '' && b.count > 0) counted[b.key] = (counted[b.key] ?? 0) + b.count;
    const reference = complaintsPerContractor(
      journeys,
      { from: '2025-01-01', to: '2025-12-31' },
      settings,
    );
    expect(counted).toEqual(reference);
    expect(Object.keys(reference).length).toBeGreaterThanOrEqual(3);
    // one label per contractor, whatever the case it was typed in
    const acme = res.body.data.complaintTrends.buckets.find((b: any) => b.key === 'acme roofing');
    expect(['Acme Roofing', 'ACME ROOFING', 'ACME roofing']).toContain(acme.keyLabel);
  });

  it('the outcomes beyond the four are in the report of their period and are never closures (docs/procedure.md, Before stage 1)', async () => {
    const res = await world.gql<any>(
      INDICATORS_QUERY,
      { period: { year: 2025 } },
      world.org.people.manager,
    );
    const figures = res.body.data.spsoIndicators;
    expect(figures.otherOutcomes).toEqual({
      notAComplaint: 2,
      withdrawn: 2,
      outOfTime: 1,
      duplicate: 1,
    });
    const withoutThem = spsoIndicators(
      journeys.filter((j) => !j.events.some((e) => e.type === 'ended')),
      { from: '2025-01-01', to: '2025-12-31' },
      settings,
    );
    // the one closure among them is the stage 1 response before a withdrawal
    expect(figures.closed).toBe(
      withoutThem.stages.stage1.closed +
        withoutThem.stages.stage2Direct.closed +
        withoutThem.stages.stage2Escalated.closed +
        1,
    );
    // received: the two withdrawn and the one out of time were; not a complaint and the duplicate not
    expect(figures.received).toBe(withoutThem.received + 3);
  });

  it("counts one organisation's complaints only, though the other's are in the same tables", async () => {
    const mine = await world.gql<any>(
      INDICATORS_QUERY,
      { period: { year: 2025 } },
      world.org.people.manager,
    );
    const theirs = await world.gql<any>(
      INDICATORS_QUERY,
      { period: { year: 2025 } },
      world.other.people.manager,
    );
    const [{ n }] = await world.db.dataSource.query(
      `SELECT count(*)::int AS n FROM complaint WHERE organisation_id = $1 AND (received_at AT TIME ZONE 'Europe/London')::date BETWEEN '2025-01-01' AND '2025-12-31'`,
      [world.other.id],
    );
    expect(theirs.body.data.spsoIndicators.received).toBe(n);
    expect(theirs.body.data.spsoIndicators.received).toBeGreaterThan(0);
    expect(mine.body.data.spsoIndicators.received).toBe(
      spsoIndicators(journeys, { from: '2025-01-01', to: '2025-12-31' }, settings).received,
    );
    // naming the other organisation is NOT_FOUND, not its figures
    const crossed = await world.gql<any>(
      `query($id: ID) { spsoIndicators(period: { year: 2025 }, organisationId: $id) { received } }`,
      { id: world.other.id },
      world.org.people.admin,
    );
    expect(crossed.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
