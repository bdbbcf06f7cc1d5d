import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getIntrospectionQuery } from 'graphql';
import { Role } from '../src/core/role';
import { operations, TESTED_ELSEWHERE } from './operations';
import { createWorld, type World } from './support/world';

describe('access rules: every operation as every role and as nobody', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  it('every query and mutation of the schema is in the access table', async () => {
    const res = await world.gql<any>(getIntrospectionQuery());
    const fields = (name: string) =>
      res.body.data.__schema.types.find((t: any) => t.name === name).fields.map((f: any) => f.name);
    const all = [...fields('Query'), ...fields('Mutation')]
      .filter((f) => !TESTED_ELSEWHERE.includes(f))
      .sort();
    expect(operations.map((o) => o.name).sort()).toEqual(all);
  });

  for (const op of operations) {
    describe(op.name, () => {
      const builder = () =>
        op.platformOnly ? world.platformAdmin : world.org.people[op.allowed[0] ?? Role.admin];
      it('answers UNAUTHENTICATED to nobody', async () => {
        const call = await op.valid(world, world.org, builder());
        const res = await world.gql(call.query, call.variables, null);
        expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      });
      if (op.platformOnly)
        it('lets the platform administrator', async () => {
          const call = await op.valid(world, world.org, world.platformAdmin);
          const res = await world.gql(call.query, call.variables, world.platformAdmin);
          expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
          expect(res.body.data?.[op.name]).toBeDefined();
        });
      for (const role of Object.values(Role)) {
        const allowed = op.allowed.includes(role);
        it(`${allowed ? 'lets' : 'forbids'} ${role}`, async () => {
          const as = world.org.people[role];
          const call = await op.valid(world, world.org, op.platformOnly ? world.platformAdmin : as);
          const res = await world.gql(call.query, call.variables, as);
          if (allowed) {
            expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
            expect(res.body.data?.[op.name]).toBeDefined();
          } else {
            expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
          }
        });
      }
    });
  }
});
