import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getIntrospectionQuery } from 'graphql';
import { Role } from '../src/core/role';
import { operations, TESTED_ELSEWHERE } from './operations';
import { createWorld, type World } from './support/world';

/**
 * Group access reads the members' figures and never writes in a member organisation, nor shows
 * a member's records (docs/architecture.md, Organisations and groups). `org` and `other` are in
 * one group and every member of staff of `org` holds group access: each call is built from
 * `other`'s records, as its own staff would make it, and sent by each of them.
 */

/** A digest of every row that belongs to `organisationId`: any write in it changes the digest. */
async function memberDigest(world: World, organisationId: string): Promise<Record<string, string>> {
  const ds = world.db.dataSource;
  const tables: { table_name: string }[] = await ds.query(
    `SELECT table_name FROM information_schema.columns
      WHERE column_name = 'organisation_id' AND table_schema = 'public' ORDER BY table_name`,
  );
  const digest: Record<string, string> = {};
  const sum = async (name: string, sql: string) => {
    const [row] = await ds.query(
      `SELECT count(*) || ' ' || md5(coalesce(string_agg(r, '|' ORDER BY r), '')) AS d FROM (${sql}) x(r)`,
      [organisationId],
    );
    digest[name] = row.d;
  };
  for (const { table_name } of tables)
    await sum(table_name, `SELECT t::text FROM "${table_name}" t WHERE t.organisation_id = $1`);
  await sum('organisation', `SELECT t::text FROM organisation t WHERE t.id = $1`);
  await sum(
    'password_link',
    `SELECT l::text FROM password_link l JOIN person p ON p.id = l.person_id WHERE p.organisation_id = $1`,
  );
  await sum(
    'person_session',
    `SELECT s::text FROM person_session s JOIN person p ON p.id = s.person_id WHERE p.organisation_id = $1`,
  );
  return digest;
}

/** Every id stored for `organisationId` (its own id left out), to spot one in a call or an answer. */
async function recordIds(world: World, organisationId: string): Promise<Set<string>> {
  const tables: { table_name: string }[] = await world.db.dataSource.query(
    `SELECT c.table_name FROM information_schema.columns c
      JOIN information_schema.columns i ON i.table_name = c.table_name AND i.column_name = 'id' AND i.table_schema = 'public'
     WHERE c.column_name = 'organisation_id' AND c.table_schema = 'public' AND c.table_name <> 'audit_log'`,
  );
  const ids = new Set<string>();
  for (const { table_name } of tables) {
    const rows: { id: string }[] = await world.db.dataSource.query(
      `SELECT id::text FROM "${table_name}" WHERE organisation_id = $1`,
      [organisationId],
    );
    for (const r of rows) if (r.id.length > 8) ids.add(r.id);
  }
  return ids;
}

const REFUSED = ['NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'FORBIDDEN'];
const GROUP_ROLES = Object.values(Role);

describe('group access: reads the members’ figures, never writes in a member', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld();
    const ds = world.db.dataSource;
    const [group] = await ds.query(
      `INSERT INTO organisation_group (name, slug) VALUES ('Clyde and Forth Group', 'clyde-forth-group') RETURNING id`,
    );
    await ds.query(`UPDATE organisation SET group_id = $1 WHERE id = ANY($2::uuid[])`, [
      group.id,
      [world.org.id, world.other.id],
    ]);
    await ds.query(`UPDATE person SET group_access = true WHERE organisation_id = $1`, [
      world.org.id,
    ]);
  });
  afterAll(async () => {
    await world?.close();
  });

  const mutations = operations.filter((o) => o.kind === 'mutation');

  it('every mutation of the schema is tried below', async () => {
    const res = await world.gql<any>(getIntrospectionQuery());
    const schema = res.body.data.__schema.types
      .find((t: any) => t.name === 'Mutation')
      .fields.map((f: any) => f.name)
      .filter((f: string) => !TESTED_ELSEWHERE.includes(f));
    expect(mutations.map((o) => o.name).sort()).toEqual(schema.sort());
  });

  it('a group reader is shown the group’s organisations', async () => {
    const res = await world.gql<any>('{ organisations { id } }', {}, world.org.people.staff);
    expect(res.body.data.organisations.map((o: any) => o.id).sort()).toEqual(
      [world.org.id, world.other.id].sort(),
    );
  });

  for (const op of mutations) {
    it(`${op.name}: built from a member organisation's records, by every group role: refused, and not one of the member's rows changes`, async () => {
      const builder = op.platformOnly
        ? world.platformAdmin
        : world.other.people[op.allowed[0] ?? Role.admin];
      const call = await op.valid(world, world.other, builder);
      const memberIds = await recordIds(world, world.other.id);
      memberIds.add(world.other.id);
      const sent = JSON.stringify(call.variables ?? {});
      const refersToMember = [...memberIds].some((id) => sent.includes(id));
      const before = await memberDigest(world, world.other.id);
      for (const role of GROUP_ROLES) {
        const res = await world.gql(call.query, call.variables, world.org.people[role]);
        if (refersToMember || op.platformOnly)
          expect(REFUSED, `${role}: ${JSON.stringify(res.body.errors ?? res.body.data)}`).toContain(
            res.body.errors?.[0]?.extensions?.code,
          );
      }
      expect(await memberDigest(world, world.other.id)).toEqual(before);
    });
  }

  for (const op of operations.filter((o) => o.kind === 'query' && !o.platformOnly)) {
    it(`${op.name}: built from a member organisation's records, answers a group reader with none of them and no customer of theirs`, async () => {
      const call = await op.valid(
        world,
        world.other,
        world.other.people[op.allowed[0] ?? Role.admin],
      );
      const memberIds = await recordIds(world, world.other.id);
      const customers: { name: string | null; email: string | null }[] =
        await world.db.dataSource.query(
          `SELECT name, email FROM customer WHERE organisation_id = $1`,
          [world.other.id],
        );
      const res = await world.gql(call.query, call.variables, world.org.people.senior_manager);
      const text = JSON.stringify(res.body.data ?? {});
      expect([...memberIds].filter((id) => text.includes(id))).toEqual([]);
      const personal = customers
        .flatMap((c) => [c.name, c.email])
        .filter((v): v is string => !!v && v.length > 3 && text.includes(v));
      expect(personal).toEqual([]);
    });
  }
});
