import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAnalyticsComplaint, TRENDS_QUERY } from './operations/analytics.operations';
import { complaintInput, RECORD, recordComplaint } from './support/complaints';
import { createWorld, type World } from './support/world';

const CREATE = 'mutation($n: String!) { createServiceArea(name: $n) { id name active version } }';
const UPDATE =
  'mutation($id: ID!, $c: ServiceAreaChangesInput!) { updateServiceArea(id: $id, changes: $c) { id name active version } }';

describe('service areas: add, rename, retire, reactivate (docs/procedure.md, Service areas)', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld('2026-03-02T10:00:00Z');
  });
  afterAll(async () => {
    await world?.close();
  });

  const admin = () => world.org.people.admin;
  const create = async (name: string) =>
    (await world.gql<any>(CREATE, { n: name }, admin())).body.data.createServiceArea;
  const change = async (area: { id: string; version: number }, c: Record<string, unknown>) =>
    (await world.gql<any>(UPDATE, { id: area.id, c: { version: area.version, ...c } }, admin()))
      .body;
  const offered = async (): Promise<string[]> =>
    (
      await world.gql<any>('{ serviceAreas { name } }', {}, world.org.people.handler)
    ).body.data.serviceAreas.map((a: any) => a.name);

  it('a new service area is offered to handlers at once', async () => {
    await create('Factoring');
    expect(await offered()).toContain('Factoring');
  });

  it("renaming keeps the area's complaints: they show the new name", async () => {
    const area = await create('Gas servicing');
    const c = await recordComplaint(world, world.org, { serviceAreaId: area.id });
    await change(area, { name: 'Gas safety' });
    const res = await world.gql<any>(
      `{ complaint(id: "${c.id}") { serviceArea { name } } }`,
      {},
      world.org.people.handler,
    );
    expect(res.body.data.complaint.serviceArea.name).toBe('Gas safety');
  });

  it('a retired area is not offered for new complaints, and recording one with it is refused (activeServiceArea)', async () => {
    const area = await create('Concierge');
    await change(area, { active: false });
    expect(await offered()).not.toContain('Concierge');
    const res = await world.gql<any>(
      RECORD,
      { input: complaintInput(world.org, { serviceAreaId: area.id }) },
      world.org.people.handler,
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'serviceAreaId',
      rule: 'activeServiceArea',
    });
  });

  it('a retired area stays on its complaints and in the figures', async () => {
    const area = await create('Lifts');
    await insertAnalyticsComplaint(world, world.org.id, {
      receivedAt: '2026-01-12T10:00:00Z',
      serviceAreaId: area.id,
    });
    await change(area, { active: false });
    const res = await world.gql<any>(
      TRENDS_QUERY,
      { grain: 'month', breakdown: 'serviceArea', from: '2026-01-01', to: '2026-01-31' },
      world.org.people.senior_manager,
    );
    const bucket = res.body.data.complaintTrends.buckets.find((b: any) => b.key === area.id);
    expect(bucket).toMatchObject({ keyLabel: 'Lifts', count: 1 });
  });

  it('a reactivated area is offered again', async () => {
    const area = await create('Stair cleaning');
    const retired = (await change(area, { active: false })).data.updateServiceArea;
    await change(retired, { active: true });
    expect(await offered()).toContain('Stair cleaning');
  });

  it('the list with includeInactive shows retired areas, marked inactive', async () => {
    const area = await create('Wardens');
    await change(area, { active: false });
    const res = await world.gql<any>(
      '{ serviceAreas(includeInactive: true) { name active } }',
      {},
      admin(),
    );
    expect(res.body.data.serviceAreas).toContainEqual({ name: 'Wardens', active: false });
  });
});
