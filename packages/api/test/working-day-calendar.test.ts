import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workingDaysBetween } from '@chp/domain';
import { createWorld, type World } from './support/world';

/** Working days from a to b inclusive, counted in SQL from the calendar table. */
async function sqlWorkingDays(
  world: World,
  organisationId: string,
  from: string,
  to: string,
): Promise<number> {
  const [row] = await world.db.dataSource.query(
    `SELECT b.ordinal - a.ordinal + CASE WHEN a.is_working_day THEN 1 ELSE 0 END AS n
       FROM working_day a JOIN working_day b ON b.organisation_id = a.organisation_id
      WHERE a.organisation_id = $1 AND a.date = $2 AND b.date = $3`,
    [organisationId, from, to],
  );
  return Number(row.n);
}

describe('the working_day calendar table', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  it("counts the week of St Andrew's Day 2025 (substitute Monday 1 December) as 4 working days, as the domain does", async () => {
    expect(await sqlWorkingDays(world, world.org.id, '2025-12-01', '2025-12-05')).toBe(4);
    expect(workingDaysBetween('2025-12-01', '2025-12-05')).toBe(4);
  });

  it('agrees with @chp/domain on 300 random date pairs between 2019 and 2028', async () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const start = Date.UTC(2019, 0, 1);
    const day = (n: number) => new Date(start + n * 86_400_000).toISOString().slice(0, 10);
    const pairs = Array.from({ length: 300 }, () => {
      const a = Math.floor(random() * 3600);
      return [day(a), day(a + Math.floor(random() * 120))] as const;
    });
    const [rows] = [
      await world.db.dataSource.query(
        `SELECT p.a::text, p.b::text, b.ordinal - a.ordinal + CASE WHEN a.is_working_day THEN 1 ELSE 0 END AS n
         FROM unnest($2::date[], $3::date[]) AS p(a, b)
         JOIN working_day a ON a.organisation_id = $1 AND a.date = p.a
         JOIN working_day b ON b.organisation_id = $1 AND b.date = p.b`,
        [world.org.id, pairs.map((p) => p[0]), pairs.map((p) => p[1])],
      ),
    ];
    expect(rows).toHaveLength(300);
    for (const r of rows)
      expect([r.a, r.b, Number(r.n)]).toEqual([r.a, r.b, workingDaysBetween(r.a, r.b)]);
  });

  it('a closure day added by an admin stops counting as a working day for that organisation only', async () => {
    const res = await world.gql(
      'mutation { addClosureDay(day: { date: "2026-03-04", reason: industrial_action, description: "Strike" }) { date } }',
      {},
      world.org.people.admin,
    );
    expect(res.body.errors).toBeUndefined();
    expect(await sqlWorkingDays(world, world.org.id, '2026-03-02', '2026-03-06')).toBe(4);
    expect(workingDaysBetween('2026-03-02', '2026-03-06', { closureDays: ['2026-03-04'] })).toBe(4);
    expect(await sqlWorkingDays(world, world.other.id, '2026-03-02', '2026-03-06')).toBe(5);
    await world.gql(
      'mutation { removeClosureDay(date: "2026-03-04") }',
      {},
      world.org.people.admin,
    );
    expect(await sqlWorkingDays(world, world.org.id, '2026-03-02', '2026-03-06')).toBe(5);
  });
});
