import { ACTION_STATUSES, actionDeadlineStatus, type ActionStatus } from '@chp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OVERDUE_QUERY } from './operations/analytics.operations';
import { createWorld, type World, type WorldOrganisation } from './support/world';

const TODAY = '2026-03-02'; // the world's clock below

/** The overview's overdue actions counted again from every action of the organisation. */
async function recount(world: World, org: WorldOrganisation) {
  const rows: {
    status: ActionStatus;
    target_date: string;
    completed_on: string | null;
    owner_id: string;
    owner_name: string;
    service_area_id: string;
    service_area_name: string;
  }[] = await world.db.dataSource.query(
    `SELECT a.status, a.target_date::text, a.completed_on::text, a.owner_id, p.name AS owner_name,
            a.service_area_id, sa.name AS service_area_name
       FROM improvement_action a
       JOIN person p ON p.organisation_id = a.organisation_id AND p.id = a.owner_id
       JOIN service_area sa ON sa.organisation_id = a.organisation_id AND sa.id = a.service_area_id
      WHERE a.organisation_id = $1`,
    [org.id],
  );
  const overdue = rows.filter(
    (r) =>
      actionDeadlineStatus(
        { status: r.status, targetDate: r.target_date, completedOn: r.completed_on ?? undefined },
        TODAY,
      ) === 'overdue',
  );
  const tally = (key: (r: (typeof overdue)[number]) => [string, string]) => {
    const counts = new Map<string, { id: string; name: string; count: number }>();
    for (const r of overdue) {
      const [id, name] = key(r);
      const c = counts.get(id) ?? { id, name, count: 0 };
      c.count++;
      counts.set(id, c);
    }
    return [...counts.values()].sort(
      (a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en-GB'),
    );
  };
  return {
    total: overdue.length,
    byOwner: tally((r) => [r.owner_id, r.owner_name]).map((c) => ({
      ownerId: c.id,
      ownerName: c.name,
      count: c.count,
    })),
    byServiceArea: tally((r) => [r.service_area_id, r.service_area_name]).map((c) => ({
      serviceAreaId: c.id,
      serviceAreaName: c.name,
      count: c.count,
    })),
  };
}

/** `n` actions in every status, target dates from 40 days before today to 9 days after, spread over owners and areas. */
async function addActions(world: World, org: WorldOrganisation, n: number, seed: number) {
  let s = seed;
  const next = (k: number) => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s % k;
  };
  const owners = [...Object.values(org.people), org.manager2, org.staff2].map((p) => p.id);
  for (let i = 0; i < n; i++) {
    const status = ACTION_STATUSES[next(ACTION_STATUSES.length)]!;
    const done = status === 'done' || status === 'verified';
    await world.db.dataSource.query(
      `INSERT INTO improvement_action (organisation_id, title, description, service_area_id, owner_id, target_date, status, completed_on, completion_evidence)
       VALUES ($1, $2, 'Fixture', $3, $4, $5::date + $6::int, $7, CASE WHEN $8 THEN $5::date - 50 END, CASE WHEN $8 THEN 'Done' END)`,
      [
        org.id,
        `Action ${i}`,
        org.serviceAreaIds[next(org.serviceAreaIds.length)],
        owners[next(owners.length)],
        TODAY,
        next(50) - 40,
        status,
        done,
      ],
    );
  }
}

describe('overdue improvement actions on the overview (docs/procedure.md, Learning from complaints)', () => {
  let world: World;

  beforeAll(async () => {
    world = await createWorld(`${TODAY}T10:00:00Z`);
    await addActions(world, world.org, 120, 19);
    await addActions(world, world.other, 30, 7); // another organisation's never count
  });
  afterAll(async () => {
    await world?.close();
  });

  it('counts the open actions (proposed, authorised, in progress) whose target date is before today, by owner and by service area, most first then by name: equal to a recount with the domain rule', async () => {
    const res = await world.gql<any>(OVERDUE_QUERY, {}, world.org.people.senior_manager);
    expect(res.body.errors).toBeUndefined();
    const expected = await recount(world, world.org);
    expect(expected.total).toBeGreaterThan(20); // the data has overdue actions to count
    expect(res.body.data.overdueActions).toEqual(expected);
  });
});
