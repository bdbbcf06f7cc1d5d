import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../src/core/role';
import { operations } from './operations';
import { createWorld, type World } from './support/world';

/** Every id that belongs to `organisationId`, across every table that carries the key. */
async function idsOf(world: World, organisationId: string): Promise<Set<string>> {
  const tables: { table_name: string }[] = await world.db.dataSource.query(
    `SELECT c.table_name FROM information_schema.columns c
      JOIN information_schema.columns i ON i.table_name = c.table_name AND i.column_name = 'id' AND i.table_schema = 'public'
     WHERE c.column_name = 'organisation_id' AND c.table_schema = 'public' AND c.table_name <> 'audit_log'`,
  );
  const ids = new Set<string>([organisationId]);
  for (const { table_name } of tables) {
    const rows: { id: string }[] = await world.db.dataSource.query(
      `SELECT id::text FROM "${table_name}" WHERE organisation_id = $1`,
      [organisationId],
    );
    for (const r of rows) if (r.id.length > 8) ids.add(r.id);
  }
  return ids;
}

describe('no query or mutation crosses organisations', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  // the platform administrator's operations act on every organisation by design (platform-admin.test.ts)
  for (const op of operations.filter((o) => !o.platformOnly)) {
    it(`${op.name}: a call built from another organisation's records reaches none of them`, async () => {
      const role = op.allowed[0] ?? Role.admin;
      // built as if by the other organisation's member of staff, then sent by ours
      const call = await op.valid(world, world.other, world.other.people[role]);
      const otherBefore = await world.db.dataSource.query(
        `SELECT * FROM audit_log WHERE organisation_id = $1 ORDER BY id`,
        [world.other.id],
      );
      const res = await world.gql(call.query, call.variables, world.org.people[role]);
      const foreign = await idsOf(world, world.other.id);
      const text = JSON.stringify(res.body.data ?? {});
      const leaked = [...foreign].filter((id) => text.includes(id));
      expect(leaked, `${op.name} answered with another organisation's ids`).toEqual([]);
      if (res.body.errors)
        expect(['NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT']).toContain(
          res.body.errors[0]?.extensions?.code,
        );
      expect(
        await world.db.dataSource.query(
          `SELECT * FROM audit_log WHERE organisation_id = $1 ORDER BY id`,
          [world.other.id],
        ),
      ).toEqual(otherBefore);
    });
  }

  it("a member of staff with group access is shown the names of their group's organisations and nothing else", async () => {
    const [group] = await world.db.dataSource.query(
      `INSERT INTO organisation_group (name, slug) VALUES ('Clyde and Forth', 'clyde-forth-x') RETURNING id`,
    );
    await world.db.dataSource.query(
      `UPDATE organisation SET group_id = $1 WHERE id = ANY($2::uuid[])`,
      [group.id, [world.org.id, world.other.id]],
    );
    await world.db.dataSource.query(`UPDATE person SET group_access = true WHERE id = $1`, [
      world.org.people.senior_manager.id,
    ]);
    try {
      const seen = await world.gql<any>(
        '{ organisations { id } }',
        {},
        world.org.people.senior_manager,
      );
      expect(seen.body.data.organisations.map((o: any) => o.id).sort()).toEqual(
        [world.org.id, world.other.id].sort(),
      );
      const without = await world.gql<any>(
        '{ organisations { id } }',
        {},
        world.other.people.senior_manager,
      );
      expect(without.body.data.organisations.map((o: any) => o.id)).toEqual([world.other.id]);
    } finally {
      await world.db.dataSource.query(
        `UPDATE organisation SET group_id = NULL WHERE group_id = $1`,
        [group.id],
      );
      await world.db.dataSource.query(`DELETE FROM organisation_group WHERE id = $1`, [group.id]);
      await world.db.dataSource.query(`UPDATE person SET group_access = false WHERE id = $1`, [
        world.org.people.senior_manager.id,
      ]);
    }
  });
});
