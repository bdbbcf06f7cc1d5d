import { complaintsByRootCause, type RootCauseNode } from '@chp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  insertAnalyticsComplaint,
  RECURRENCE_QUERY,
  TRENDS_QUERY,
} from './operations/analytics.operations';
import { createWorld, type World } from './support/world';

const MERGE =
  'mutation($id: ID!, $version: Int!, $survivorId: ID!) { mergeRootCauses(id: $id, version: $version, survivorId: $survivorId) { id } }';

/** The organisation's taxonomy as @chp/domain reads it. */
async function taxonomy(world: World): Promise<RootCauseNode[]> {
  const rows = await world.db.dataSource.query(
    `SELECT id, parent_id, active, merged_into_id FROM root_cause WHERE organisation_id = $1`,
    [world.org.id],
  );
  return rows.map((r: any) => ({
    id: r.id,
    parentId: r.parent_id,
    active: r.active,
    mergedIntoId: r.merged_into_id,
  }));
}

describe('after a merge the trends count the survivor (docs/procedure.md, Root causes)', () => {
  let world: World;
  let links: { complaintId: string; rootCauseId: string }[];
  let merged: string;
  let survivor: string;
  let actionId: string;

  beforeAll(async () => {
    world = await createWorld('2026-03-02T10:00:00Z');
    const causes = await world.db.dataSource.query(
      `SELECT id, name, version FROM root_cause WHERE organisation_id = $1 AND name IN ('No update given', 'Not listened to', 'IT system')`,
      [world.org.id],
    );
    const id = (name: string) => causes.find((c: any) => c.name === name)!.id as string;
    merged = id('Not listened to');
    survivor = id('No update given');
    const area = world.org.serviceAreaIds[0]!;
    const add = (receivedAt: string, rootCauseIds: string[]) =>
      insertAnalyticsComplaint(world, world.org.id, {
        receivedAt,
        serviceAreaId: area,
        rootCauseIds,
      });
    await add('2025-01-10T10:00:00Z', [merged]);
    await add('2025-02-10T10:00:00Z', [merged, survivor]); // both: one after the merge
    await add('2025-03-10T10:00:00Z', [survivor]);
    await add('2025-04-10T10:00:00Z', [id('IT system')]);
    await add('2025-05-10T10:00:00Z', []);
    // an action done on 1 February 2025 against the cause that is then merged away
    const [action] = await world.db.dataSource.query(
      `INSERT INTO improvement_action (organisation_id, title, description, service_area_id, owner_id, target_date, status, completed_on, completion_evidence)
       VALUES ($1, 'Listen first', 'Fixture', $2, $3, '2025-02-28', 'done', '2025-02-01', 'Done') RETURNING id`,
      [world.org.id, area, world.org.people.staff.id],
    );
    actionId = action.id;
    await world.db.dataSource.query(
      `INSERT INTO improvement_action_root_cause (organisation_id, action_id, root_cause_id) VALUES ($1, $2, $3)`,
      [world.org.id, actionId, merged],
    );
    links = (
      await world.db.dataSource.query(
        `SELECT complaint_id, root_cause_id FROM complaint_root_cause WHERE organisation_id = $1`,
        [world.org.id],
      )
    ).map((r: any) => ({ complaintId: r.complaint_id, rootCauseId: r.root_cause_id }));
    const version = causes.find((c: any) => c.id === merged)!.version;
    const res = await world.gql<any>(
      MERGE,
      { id: merged, version, survivorId: survivor },
      world.org.people.admin,
    );
    expect(res.body.errors).toBeUndefined();
  });
  afterAll(async () => {
    await world?.close();
  });

  it("the trends by root cause equal the domain's recount of the links as they were, merged causes under their survivor", async () => {
    const res = await world.gql<any>(
      TRENDS_QUERY,
      { grain: 'year', breakdown: 'rootCause', from: '2025-01-01', to: '2025-12-31' },
      world.org.people.senior_manager,
    );
    // 2025 spans two reporting years (from April): a cause's count is the sum of its buckets
    const byCause: Record<string, number> = {};
    for (const b of res.body.data.complaintTrends.buckets)
      if (b.key !== 'none') byCause[b.key] = (byCause[b.key] ?? 0) + b.count;
    const reference = Object.fromEntries(complaintsByRootCause(await taxonomy(world), links));
    expect(byCause).toEqual(reference);
    expect(byCause[survivor]).toBe(3);
  });

  it('the merged cause has no bucket of its own any more', async () => {
    const res = await world.gql<any>(
      TRENDS_QUERY,
      { grain: 'year', breakdown: 'rootCause', from: '2025-01-01', to: '2025-12-31' },
      world.org.people.senior_manager,
    );
    expect(res.body.data.complaintTrends.buckets.map((b: any) => b.key)).not.toContain(merged);
  });

  it('filtering the trends by the survivor counts the merged complaints too', async () => {
    const res = await world.gql<any>(
      TRENDS_QUERY,
      {
        grain: 'year',
        from: '2025-01-01',
        to: '2025-12-31',
        filters: { rootCauseIds: [survivor] },
      },
      world.org.people.senior_manager,
    );
    expect(res.body.data.complaintTrends.total).toBe(
      complaintsByRootCause(await taxonomy(world), links).get(survivor),
    );
  });

  it("the recurrence check of an action on the merged cause counts the survivor's complaints, each once", async () => {
    const res = await world.gql<any>(
      RECURRENCE_QUERY,
      { actionId, windowDays: 30 },
      world.org.people.senior_manager,
    );
    expect(res.body.errors).toBeUndefined();
    // 2 Jan–31 Jan: the 10 January complaint (merged cause); 2 Feb–3 Mar: the 10 February one
    // (both causes, one link since the merge); 10 March is outside the window
    expect(
      res.body.data.recurrence.byRootCause.map((c: any) => [c.rootCauseId, c.before, c.after]),
    ).toEqual([[survivor, 1, 1]]);
  });
});
