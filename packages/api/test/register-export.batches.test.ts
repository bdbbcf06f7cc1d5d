import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvRows, download } from './support/downloads';
import { must } from './support/must';
import { createWorld, type World } from './support/world';

/**
 * A register longer than one batch of the export's cursor (1,000 rows) comes whole and in the
 * register's order across the batches (docs/api.md, Downloads).
 */
describe('register download across cursor batches (issue 14, Export)', () => {
  let world: World;
  const COUNT = 2_345;

  beforeAll(async () => {
    world = await createWorld();
    // received one hour apart, so every complaint has its own place in the order
    await world.db.dataSource.query(
      `INSERT INTO complaint (organisation_id, id, reference, received_at, channel, service_area_id, category, summary, route, current_stage, status, stage1_day_one, stage1_due_on)
       SELECT $1, gen_random_uuid(), 'BAT-' || lpad(n::text, 5, '0'),
              TIMESTAMPTZ '2025-06-01T08:00:00Z' + n * INTERVAL '1 hour', 'phone', $2, 'Repairs',
              'Batch', 'stage1', 1, 'open', DATE '2025-06-02', DATE '2025-06-09'
         FROM generate_series(1, $3::int) AS n`,
      [world.org.id, world.org.serviceAreaIds[0], COUNT],
    );
  }, 60_000);
  afterAll(() => world?.close());

  it('holds every complaint once, newest first, as the register pages them', async () => {
    const res = await download(world, '/exports/register.csv', world.org.people.manager);
    const [header, ...rows] = csvRows(res.body);
    const refs = rows.map((r) => r[header!.indexOf('Reference')]!);
    expect(refs).toHaveLength(COUNT);
    expect(new Set(refs).size).toBe(COUNT);
    const page = async (offset: number) => {
      const data = await must(
        world,
        {
          query: `query($offset: Int!) { complaints(limit: 100, offset: $offset) { items { reference } } }`,
          variables: { offset },
        },
        world.org.people.manager,
      );
      return (data.complaints.items as { reference: string }[]).map((c) => c.reference);
    };
    // the pages around the first batch boundary and the last page
    expect(refs.slice(900, 1100)).toEqual([...(await page(900)), ...(await page(1000))]);
    expect(refs.slice(2300)).toEqual(await page(2300));
    expect(refs[0]).toBe(`BAT-0${COUNT}`);
  });
});
