import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../src/core/role';
import { operations } from './operations';
import { createWorld, tableCounts, type World } from './support/world';

describe('bad input is rejected with a stable code and writes nothing', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  for (const op of operations.filter((o) => o.invalid?.length)) {
    for (const bad of op.invalid!) {
      it(`${op.name}: ${bad.description} → ${bad.code}${bad.rule ? ` (${bad.rule})` : ''}`, async () => {
        const as = op.platformOnly
          ? world.platformAdmin
          : world.org.people[op.allowed[0] ?? Role.admin];
        const call = await bad.build(world, world.org, as);
        const before = await tableCounts(world.db);
        const auditBefore = await world.db.dataSource.query(
          'SELECT * FROM audit_log ORDER BY organisation_id, id',
        );
        const res = await world.gql(call.query, call.variables, as);
        const error = res.body.errors?.[0];
        expect(error?.extensions?.code, JSON.stringify(res.body)).toBe(bad.code);
        if (bad.rule) expect(error?.extensions?.rule).toBe(bad.rule);
        const field = bad.field ?? call.field;
        if (field) expect(error?.extensions?.field).toBe(field);
        expect(await tableCounts(world.db)).toEqual(before);
        expect(
          await world.db.dataSource.query('SELECT * FROM audit_log ORDER BY organisation_id, id'),
        ).toEqual(auditBefore);
      });
    }
  }

  it('a query nested deeper than the limit is refused before it runs', async () => {
    const nested = (levels: number) =>
      `{ rootCauses { ${'parent { '.repeat(levels)}id${' }'.repeat(levels)} } }`;
    expect((await world.gql(nested(8), {}, world.org.people.admin)).body.errors).toBeUndefined();
    const tooDeep = await world.gql(nested(12), {}, world.org.people.admin);
    expect(tooDeep.body.errors?.[0]?.extensions?.rule).toBe('MAX_DEPTH');
  });

  it('a query asking for more than the complexity cap is refused', async () => {
    const fields = Array.from(
      { length: 10 },
      (_, i) =>
        `p${i}: people(limit: 100) { items { id name email role active a: id b: name c: email } }`,
    ).join(' ');
    const res = await world.gql(`{ ${fields} }`, {}, world.org.people.admin);
    expect(res.body.errors?.[0]?.extensions?.rule).toBe('MAX_COMPLEXITY');
  });
});
