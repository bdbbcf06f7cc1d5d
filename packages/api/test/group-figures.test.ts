import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spsoIndicators, type ComplaintEvent, type TimelineSettings } from '@chp/domain';
import {
  loadTimelineSettings,
  toDomainEvents,
  type StoredEvent,
} from '../src/modules/complaints/journey';
import { loadDemoData, withPgClient } from '../src/demo/loader';
import { INDICATOR_FIELDS } from './operations/analytics.operations';
import { createWorld, type World } from './support/world';
import { TODAY, expected, actual } from './support/indicator-reference';

const GROUP_QUERY = `query($period: PeriodInput!) { groupFigures(period: $period) {
  group { id name } period { from to }
  total { ${INDICATOR_FIELDS} } totalPrevious { ${INDICATOR_FIELDS} }
  totalMonths { period { from to } received closed }
  members { organisation { id name } current { ${INDICATOR_FIELDS} } previous { ${INDICATOR_FIELDS} } months { period { from to } received closed } } } }`;

type Journey = { events: ComplaintEvent[]; contractor: null };

async function journeysOf(world: World, organisationId: string): Promise<Journey[]> {
  const rows: (StoredEvent & { complaint_id: string })[] = await world.db.dataSource.query(
    `SELECT complaint_id, type, at, stage, payload FROM complaint_event WHERE organisation_id = $1 ORDER BY complaint_id, sequence`,
    [organisationId],
  );
  const byComplaint = new Map<string, StoredEvent[]>();
  for (const r of rows)
    byComplaint.set(r.complaint_id, [...(byComplaint.get(r.complaint_id) ?? []), r]);
  return [...byComplaint.values()].map((events) => ({
    events: toDomainEvents(events),
    contractor: null,
  }));
}

/**
 * The group roll-up (docs/architecture.md, Organisations and groups): each member's figures equal
 * the domain's reference on that member's complaints, and the group's equal the domain's
 * reference recounted over every member's complaints together, figure by figure.
 */
describe('groupFigures equals @chp/domain spsoIndicators per member and over the whole group', () => {
  let world: World;
  let settings: TimelineSettings;
  let clyde: Journey[];
  let forth: Journey[];

  beforeAll(async () => {
    world = await createWorld(`${TODAY}T12:00:00Z`);
    const ds = world.db.dataSource;
    await withPgClient(ds, async (client) => {
      await loadDemoData(client, {
        organisationId: world.org.id,
        count: 700,
        seed: 11,
        today: TODAY,
      });
      await loadDemoData(client, {
        organisationId: world.other.id,
        count: 400,
        seed: 12,
        today: TODAY,
      });
    });
    const [group] = await ds.query(
      `INSERT INTO organisation_group (name, slug) VALUES ('Clyde and Forth Group', 'cf-group') RETURNING id`,
    );
    await ds.query(`UPDATE organisation SET group_id = $1 WHERE id = ANY($2::uuid[])`, [
      group.id,
      [world.org.id, world.other.id],
    ]);
    await ds.query(`UPDATE person SET group_access = true WHERE id = $1`, [
      world.org.people.senior_manager.id,
    ]);
    settings = await loadTimelineSettings(ds.manager, world.org.id);
    // the members share the procedure's settings, so one recount over both is the group's reference
    expect(await loadTimelineSettings(ds.manager, world.other.id)).toEqual(settings);
    clyde = await journeysOf(world, world.org.id);
    forth = await journeysOf(world, world.other.id);
  }, 240_000);
  afterAll(async () => {
    await world?.close();
  });

  for (const [name, period] of [
    ['financial year 2025/26', { financialYear: 2025 }],
    ['quarter 2026-Q2', { quarter: '2026-Q2' }],
  ] as const) {
    it(`${name}: the group's figures are the recount over both members' complaints; each member's its own (SPSO indicators A-F)`, async () => {
      const res = await world.gql<any>(GROUP_QUERY, { period }, world.org.people.senior_manager);
      expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
      const g = res.body.data.groupFigures;
      const ref = (journeys: Journey[], p: { from: string; to: string }) =>
        spsoIndicators(journeys, { from: p.from, to: p.to }, settings);
      for (const figures of [g.total, g.totalPrevious])
        expect(actual(figures)).toEqual(expected(ref([...clyde, ...forth], figures.period), 10000));
      expect(g.total.population).toBe(10000);
      expect(g.members.map((m: any) => m.organisation.id).sort()).toEqual(
        [world.org.id, world.other.id].sort(),
      );
      for (const m of g.members) {
        const own = m.organisation.id === world.org.id ? clyde : forth;
        expect(actual(m.current)).toEqual(expected(ref(own, m.current.period), 5000));
        expect(actual(m.previous)).toEqual(expected(ref(own, m.previous.period), 5000));
      }
      expect(g.total.received).toBe(
        g.members.reduce((n: number, m: any) => n + m.current.received, 0),
      );
      expect(g.total.received).toBeGreaterThan(0);
    });
  }

  it("the monthly trend: each month's group figures are the members' added up and the domain's recount", async () => {
    const res = await world.gql<any>(
      GROUP_QUERY,
      { period: { financialYear: 2025 } },
      world.org.people.senior_manager,
    );
    const g = res.body.data.groupFigures;
    expect(g.totalMonths).toHaveLength(12);
    g.totalMonths.forEach((month: any, i: number) => {
      const ref = spsoIndicators([...clyde, ...forth], month.period, settings);
      expect(month.received).toBe(ref.received);
      expect(month.closed).toBe(
        ref.stages.stage1.closed +
          ref.stages.stage2Direct.closed +
          ref.stages.stage2Escalated.closed,
      );
      expect(month.received).toBe(
        g.members.reduce((n: number, m: any) => n + m.months[i].received, 0),
      );
    });
  });

  it('without group access, or for an organisation outside a group, there are no group figures', async () => {
    const res = await world.gql<any>(
      GROUP_QUERY,
      { period: { quarter: '2026-Q2' } },
      world.other.people.senior_manager,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.groupFigures).toBeNull();
  });

  it("a group reader reads a member's indicators by its id, but not its complaints", async () => {
    const indicators = await world.gql<any>(
      'query($id: ID) { spsoIndicators(period: { quarter: "2026-Q2" }, organisationId: $id) { received } }',
      { id: world.other.id },
      world.org.people.senior_manager,
    );
    expect(indicators.body.data.spsoIndicators.received).toBe(
      spsoIndicators(forth, { from: '2026-04-01', to: '2026-06-30' }, settings).received,
    );
    const register = await world.gql<any>(
      '{ complaints(limit: 100) { totalCount items { organisationId } } }',
      {},
      world.org.people.senior_manager,
    );
    expect(
      register.body.data.complaints.items.filter((c: any) => c.organisationId !== world.org.id),
    ).toEqual([]);
  });
});
