import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAnalyticsComplaint } from './operations/analytics.operations';
import { recordComplaint } from './support/complaints';
import { PROPOSE, proposedAction } from './support/improvement-actions';
import { createWorld, tableCounts, type World } from './support/world';

const unique = () => randomBytes(4).toString('hex');
const CREATE =
  'mutation($parentId: ID, $name: String!) { createRootCause(parentId: $parentId, name: $name) { id version } }';
const UPDATE =
  'mutation($id: ID!, $version: Int!, $active: Boolean, $parentId: ID) { updateRootCause(id: $id, version: $version, active: $active, parentId: $parentId) { id active parentId } }';
const MERGE =
  'mutation($id: ID!, $version: Int!, $survivorId: ID!) { mergeRootCauses(id: $id, version: $version, survivorId: $survivorId) { id name active } }';

describe('merging two root causes keeps history (docs/procedure.md, Root causes; Part 4)', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld('2026-03-02T10:00:00Z');
  });
  afterAll(async () => {
    await world?.close();
  });

  const admin = () => world.org.people.admin;
  const newCause = async (parentId: string | null = null, name = `Cause ${unique()}`) => {
    const res = await world.gql<any>(CREATE, { parentId, name }, admin());
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    return res.body.data.createRootCause as { id: string; version: number };
  };
  const versionOf = async (id: string): Promise<number> =>
    (await world.db.dataSource.query(`SELECT version FROM root_cause WHERE id = $1`, [id]))[0]
      .version;
  const merge = async (id: string, survivorId: string) =>
    world.gql<any>(MERGE, { id, version: await versionOf(id), survivorId }, admin());
  const linksOf = async (complaintId: string): Promise<string[]> =>
    (
      await world.db.dataSource.query(
        `SELECT root_cause_id FROM complaint_root_cause WHERE complaint_id = $1 ORDER BY root_cause_id`,
        [complaintId],
      )
    ).map((r: { root_cause_id: string }) => r.root_cause_id);
  const complaint = (rootCauseIds: string[]) =>
    insertAnalyticsComplaint(world, world.org.id, {
      receivedAt: '2026-02-10T10:00:00Z',
      serviceAreaId: world.org.serviceAreaIds[0]!,
      rootCauseIds,
    });

  it("a merged cause's complaints are linked to the survivor instead", async () => {
    const group = await newCause();
    const [merged, survivor] = [await newCause(group.id), await newCause(group.id)];
    const c = await complaint([merged.id]);
    const res = await merge(merged.id, survivor.id);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.mergeRootCauses.id).toBe(survivor.id);
    expect(await linksOf(c)).toEqual([survivor.id]);
  });

  it('a complaint linked to both causes keeps one link, to the survivor', async () => {
    const [merged, survivor] = [await newCause(), await newCause()];
    const c = await complaint([merged.id, survivor.id]);
    await merge(merged.id, survivor.id);
    expect(await linksOf(c)).toEqual([survivor.id]);
  });

  it("an improvement action's link moves to the survivor too", async () => {
    const [merged, survivor] = [await newCause(), await newCause()];
    const action = await proposedAction(world, world.org, world.org.people.handler.id, {
      rootCauseIds: [merged.id],
    });
    await merge(merged.id, survivor.id);
    const rows = await world.db.dataSource.query(
      `SELECT root_cause_id FROM improvement_action_root_cause WHERE action_id = $1`,
      [action.id],
    );
    expect(rows).toEqual([{ root_cause_id: survivor.id }]);
  });

  it('the merged cause stays, retired, with its name and mergedIntoId, and the audit log names it', async () => {
    const name = `Letters unclear ${unique()}`;
    const [merged, survivor] = [await newCause(null, name), await newCause()];
    await complaint([merged.id]);
    await merge(merged.id, survivor.id);
    const list = await world.gql<any>(
      '{ rootCauses(includeInactive: true) { id name active mergedIntoId mergedInto { id } } }',
      {},
      world.org.people.handler,
    );
    expect(list.body.data.rootCauses.find((r: any) => r.id === merged.id)).toEqual({
      id: merged.id,
      name,
      active: false,
      mergedIntoId: survivor.id,
      mergedInto: { id: survivor.id },
    });
    const [audit] = await world.db.dataSource.query(
      `SELECT actor_id, changes FROM audit_log WHERE operation = 'mergeRootCauses' AND entity_id = $1`,
      [merged.id],
    );
    expect(audit).toMatchObject({
      actor_id: admin().id,
      changes: { name, mergedIntoId: survivor.id, complaintLinksMoved: 1, actionLinksMoved: 0 },
    });
  });

  it('a merged cause is not offered any more (the default list leaves it out)', async () => {
    const [merged, survivor] = [await newCause(), await newCause()];
    await merge(merged.id, survivor.id);
    const list = await world.gql<any>('{ rootCauses { id } }', {}, world.org.people.handler);
    expect(list.body.data.rootCauses.map((r: any) => r.id)).not.toContain(merged.id);
  });

  it('a merged cause cannot be reactivated (BAD_USER_INPUT active alreadyMerged)', async () => {
    const [merged, survivor] = [await newCause(), await newCause()];
    await merge(merged.id, survivor.id);
    const res = await world.gql<any>(
      UPDATE,
      { id: merged.id, version: await versionOf(merged.id), active: true },
      admin(),
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'active',
      rule: 'alreadyMerged',
    });
  });

  it('a merged cause takes no new complaint link: it belongs to the survivor (BAD_USER_INPUT rootCauseIds)', async () => {
    const [merged, survivor] = [await newCause(), await newCause()];
    await merge(merged.id, survivor.id);
    const c = await recordComplaint(world, world.org);
    const res = await world.gql<any>(
      'mutation($id: ID!, $version: Int!, $ids: [ID!]!) { setComplaintRootCauses(id: $id, version: $version, rootCauseIds: $ids) { id } }',
      { ...c, ids: [merged.id] },
      world.org.people.handler,
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'rootCauseIds',
    });
    expect(await linksOf(c.id)).toEqual([]);
  });

  it('a merged cause takes no new improvement action (BAD_USER_INPUT rootCauseIds exists)', async () => {
    const [merged, survivor] = [await newCause(), await newCause()];
    await merge(merged.id, survivor.id);
    const res = await world.gql<any>(
      PROPOSE,
      {
        input: {
          title: 'Plain letters',
          description: 'Rewrite the standard letters',
          serviceAreaId: world.org.serviceAreaIds[0],
          ownerId: world.org.people.handler.id,
          targetDate: '2026-06-30',
          complaintIds: [],
          rootCauseIds: [merged.id],
        },
      },
      world.org.people.handler,
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'rootCauseIds',
      rule: 'exists',
    });
  });

  it('a cause is not merged into itself (BAD_USER_INPUT survivorId mergeIntoItself)', async () => {
    const cause = await newCause();
    const res = await merge(cause.id, cause.id);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      field: 'survivorId',
      rule: 'mergeIntoItself',
    });
  });

  it('a cause is not merged into a retired one (BAD_USER_INPUT survivorId mergeIntoRetired), and its links stay', async () => {
    const [merged, retired] = [await newCause(), await newCause()];
    await world.gql(UPDATE, { ...retired, active: false }, admin());
    const c = await complaint([merged.id]);
    const before = await tableCounts(world.db);
    const res = await merge(merged.id, retired.id);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      field: 'survivorId',
      rule: 'mergeIntoRetired',
    });
    expect(await linksOf(c)).toEqual([merged.id]);
    expect(await tableCounts(world.db)).toEqual(before);
  });

  it('a cause that still has sub-causes is not merged (BAD_USER_INPUT id hasSubCauses)', async () => {
    const group = await newCause();
    await newCause(group.id);
    const res = await merge(group.id, (await newCause()).id);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ field: 'id', rule: 'hasSubCauses' });
  });

  it("another organisation's cause is no survivor (BAD_USER_INPUT survivorId exists)", async () => {
    const [theirs] = await world.db.dataSource.query(
      `SELECT id FROM root_cause WHERE organisation_id = $1 LIMIT 1`,
      [world.other.id],
    );
    const res = await merge((await newCause()).id, theirs.id);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ field: 'survivorId', rule: 'exists' });
  });

  it('a stale version of the merged cause is refused (CONFLICT STALE_VERSION)', async () => {
    const [merged, survivor] = [await newCause(), await newCause()];
    const res = await world.gql<any>(
      MERGE,
      { id: merged.id, version: 9, survivorId: survivor.id },
      admin(),
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      rule: 'STALE_VERSION',
    });
  });
});

describe('the taxonomy is at most three levels deep (docs/procedure.md, Root causes)', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld('2026-03-02T10:00:00Z');
  });
  afterAll(async () => {
    await world?.close();
  });
  const create = (parentId: string | null) =>
    world.gql<any>(CREATE, { parentId, name: `Level ${unique()}` }, world.org.people.admin);

  it('a cause under a sub-cause (a fourth level) is refused (BAD_USER_INPUT parentId taxonomyDepth)', async () => {
    const one = (await create(null)).body.data.createRootCause;
    const two = (await create(one.id)).body.data.createRootCause;
    const three = (await create(two.id)).body.data.createRootCause;
    const res = await create(three.id);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'parentId',
      rule: 'taxonomyDepth',
    });
  });

  it('moving a cause with its sub-causes under a cause at level 2 is refused (taxonomyDepth)', async () => {
    const group = (await create(null)).body.data.createRootCause;
    const cause = (await create(group.id)).body.data.createRootCause;
    const mover = (await create(null)).body.data.createRootCause;
    await create(mover.id);
    await create((await create(mover.id)).body.data.createRootCause.id);
    const res = await world.gql<any>(
      UPDATE,
      { id: mover.id, version: mover.version, parentId: cause.id },
      world.org.people.admin,
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      field: 'parentId',
      rule: 'taxonomyDepth',
    });
  });

  it('moving a cause without sub-causes to level 3 is fine', async () => {
    const group = (await create(null)).body.data.createRootCause;
    const cause = (await create(group.id)).body.data.createRootCause;
    const mover = (await create(null)).body.data.createRootCause;
    const res = await world.gql<any>(
      UPDATE,
      { id: mover.id, version: mover.version, parentId: cause.id },
      world.org.people.admin,
    );
    expect(res.body.data.updateRootCause.parentId).toBe(cause.id);
  });
});
