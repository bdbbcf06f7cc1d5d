import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from './support/world';

const LIST = '{ rootCauses { id name version active parent { name } } }';
const CREATE =
  'mutation($parentId: ID, $name: String!, $description: String) { createRootCause(parentId: $parentId, name: $name, description: $description) { id version name parent { name } } }';
const UPDATE =
  'mutation($id: ID!, $version: Int!, $name: String, $active: Boolean, $parentId: ID) { updateRootCause(id: $id, version: $version, name: $name, active: $active, parentId: $parentId) { id version name active parent { name } } }';

describe('the root-cause taxonomy: a seeded default tree an admin can extend (003: seek the root cause)', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  const list = async (query = LIST) =>
    (await world.gql<any>(query, {}, world.org.people.handler)).body.data.rootCauses as any[];
  const named = async (name: string) =>
    (await list('{ rootCauses(includeInactive: true) { id name version active } }')).find(
      (r) => r.name === name,
    );

  it('a new organisation starts with the default tree, in tree order (each group by name, then its sub-causes by name)', async () => {
    const causes = await list();
    expect(causes).toHaveLength(21);
    expect(causes.filter((c) => c.parent === null).map((c) => c.name)).toEqual([
      'Communication',
      'External factors',
      'Policy',
      'Process or procedure',
      'Resources',
      'Staff conduct or knowledge',
    ]);
    expect(causes.slice(0, 4).map((c) => c.name)).toEqual([
      'Communication',
      'Information wrong or incomplete',
      'No update given',
      'Not listened to',
    ]);
    expect(causes[1].parent).toEqual({ name: 'Communication' });
    const tree = await world.gql<any>(
      '{ rootCauses { name children { name } } }',
      {},
      world.org.people.staff,
    );
    expect(
      tree.body.data.rootCauses
        .find((c: any) => c.name === 'Resources')
        .children.map((c: any) => c.name),
    ).toEqual(['Contractor performance', 'IT system', 'Staffing or capacity']);
  });

  it('the other organisation has its own copy, and neither sees the other', async () => {
    const ours = new Set((await list()).map((c) => c.id));
    const theirs = (await world.gql<any>(LIST, {}, world.other.people.handler)).body.data
      .rootCauses as any[];
    expect(theirs).toHaveLength(21);
    expect(theirs.some((c) => ours.has(c.id))).toBe(false);
  });

  it('an admin adds a sub-cause, which takes its place among its siblings', async () => {
    const communication = await named('Communication');
    const res = await world.gql<any>(
      CREATE,
      {
        parentId: communication.id,
        name: 'Letter wording unclear',
        description: 'Standard letters the customer could not follow',
      },
      world.org.people.admin,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.createRootCause).toMatchObject({
      name: 'Letter wording unclear',
      version: 1,
      parent: { name: 'Communication' },
    });
    expect((await list()).slice(0, 5).map((c) => c.name)).toEqual([
      'Communication',
      'Information wrong or incomplete',
      'Letter wording unclear',
      'No update given',
      'Not listened to',
    ]);
    const [audit] = await world.db.dataSource.query(
      `SELECT operation, actor_id FROM audit_log WHERE entity = 'root_cause' AND entity_id = $1`,
      [res.body.data.createRootCause.id],
    );
    expect(audit).toEqual({ operation: 'createRootCause', actor_id: world.org.people.admin.id });
  });

  it('a name its siblings already use is refused, whatever its case (CONFLICT ROOT_CAUSE_NAME_TAKEN)', async () => {
    const communication = await named('Communication');
    const res = await world.gql(
      CREATE,
      { parentId: communication.id, name: 'letter WORDING unclear' },
      world.org.people.admin,
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      rule: 'ROOT_CAUSE_NAME_TAKEN',
    });
  });

  it('the same name under another group is fine', async () => {
    const policy = await named('Policy');
    const res = await world.gql<any>(
      CREATE,
      { parentId: policy.id, name: 'Letter wording unclear' },
      world.org.people.admin,
    );
    expect(res.body.errors).toBeUndefined();
  });

  it('only an admin extends the tree (FORBIDDEN for a manager)', async () => {
    const res = await world.gql(CREATE, { name: 'Weather' }, world.org.people.manager);
    expect(res.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('a parent from another organisation is refused (BAD_USER_INPUT parentId)', async () => {
    const [theirs] = await world.db.dataSource.query(
      `SELECT id FROM root_cause WHERE organisation_id = $1 AND parent_id IS NULL LIMIT 1`,
      [world.other.id],
    );
    const res = await world.gql(
      CREATE,
      { parentId: theirs.id, name: 'Sneaky' },
      world.org.people.admin,
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'parentId',
      rule: 'exists',
    });
  });

  it('deactivating a root cause hides it from the default list but keeps it (includeInactive shows it)', async () => {
    const letter = (await list()).find(
      (c) => c.name === 'Letter wording unclear' && c.parent?.name === 'Communication',
    );
    const res = await world.gql<any>(
      UPDATE,
      { id: letter.id, version: letter.version, active: false },
      world.org.people.admin,
    );
    expect(res.body.data.updateRootCause).toMatchObject({ active: false, version: 2 });
    expect((await list()).some((c) => c.id === letter.id)).toBe(false);
    expect(
      (
        await list(
          '{ rootCauses(includeInactive: true) { id name version active parent { name } } }',
        )
      ).find((c) => c.id === letter.id),
    ).toMatchObject({ active: false });
    const communication = await world.gql<any>(
      '{ rootCauses { name children { name } } }',
      {},
      world.org.people.handler,
    );
    expect(
      communication.body.data.rootCauses
        .find((c: any) => c.name === 'Communication')
        .children.map((c: any) => c.name),
    ).not.toContain('Letter wording unclear');
  });

  it('a retired name still blocks a duplicate, with a hint to reactivate it', async () => {
    const communication = await named('Communication');
    const res = await world.gql(
      CREATE,
      { parentId: communication.id, name: 'Letter wording unclear' },
      world.org.people.admin,
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      rule: 'ROOT_CAUSE_NAME_TAKEN',
    });
    expect(res.body.errors?.[0]?.message).toMatch(/reactivate/);
  });

  it('deactivating a group hides its sub-causes too', async () => {
    const external = await named('Resources');
    await world.gql(
      UPDATE,
      { id: external.id, version: external.version, active: false },
      world.org.people.admin,
    );
    const names = (await list()).map((c) => c.name);
    expect(names).not.toContain('Resources');
    expect(names).not.toContain('IT system');
  });

  it('a root cause cannot be moved under one of its own sub-causes (BAD_USER_INPUT noCycle)', async () => {
    const process = await named('Process or procedure');
    const handover = await named('Handover between teams');
    const res = await world.gql(
      UPDATE,
      { id: process.id, version: process.version, parentId: handover.id },
      world.org.people.admin,
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'parentId',
      rule: 'noCycle',
    });
  });

  it('a sub-cause can be moved to another group, and renamed with a stale version it is refused', async () => {
    const training = await named('Training need');
    const process = await named('Process or procedure');
    const moved = await world.gql<any>(
      UPDATE,
      { id: training.id, version: training.version, parentId: process.id },
      world.org.people.admin,
    );
    expect(moved.body.data.updateRootCause).toMatchObject({
      parent: { name: 'Process or procedure' },
      version: training.version + 1,
    });
    const stale = await world.gql(
      UPDATE,
      { id: training.id, version: training.version, name: 'Training gap' },
      world.org.people.admin,
    );
    expect(stale.body.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      rule: 'STALE_VERSION',
    });
  });
});
