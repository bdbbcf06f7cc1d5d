import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoaderCache } from '../src/core/loaders';
import { countStatements } from '../src/core/statement-counter';
import { timelineSettingsByOrganisation } from '../src/modules/calendar';
import { createWorld, type World } from './support/world';
import { recordComplaint } from './support/complaints';
import { must } from './support/must';

/**
 * The organisation's calendar is read with the session, in the same statement (issue 19), and
 * handed to the request's loaders. It is never kept from one request to the next, and a write
 * in the request drops it, so a change to the calendar applies at once.
 */
describe('the organisation read with the session (docs/procedure.md, Calendar and day one)', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld('2026-03-02T10:00:00Z');
  });
  afterAll(async () => {
    await world?.close();
  });

  it("answers the loader's first use without a statement", async () => {
    const loaders = new LoaderCache(world.db.dataSource, [world.org.id]);
    const readAhead = { cutOffTime: '16:00', closureDays: ['2026-03-04'] };
    loaders.primeOnFirstUse(timelineSettingsByOrganisation, world.org.id, readAhead);
    const { result, statements } = await countStatements(() =>
      loaders.get(timelineSettingsByOrganisation).load(world.org.id),
    );
    expect(result).toEqual(readAhead);
    expect(statements).toBe(0);
  });

  it('is dropped before a write, so the loader reads the stored calendar again', async () => {
    const loaders = new LoaderCache(world.db.dataSource, [world.org.id]);
    loaders.primeOnFirstUse(timelineSettingsByOrganisation, world.org.id, {
      cutOffTime: '16:00',
      closureDays: ['2026-03-04'],
    });
    loaders.forgetReadAhead();
    const { result, statements } = await countStatements(() =>
      loaders.get(timelineSettingsByOrganisation).load(world.org.id),
    );
    expect(statements).toBe(1);
    expect(result?.closureDays).not.toContain('2026-03-04');
  });

  it('a closure day added by an admin moves the next request’s stage 1 due date at once (§26)', async () => {
    // received Monday 2 March 2026: day 5 is Friday 6 March; closed on Thursday 5 March, Monday 9 March
    const c = await recordComplaint(world, world.org, { receivedAt: '2026-03-02T09:00:00Z' });
    const dueOn = async () =>
      (
        await must(
          world,
          { query: `{ complaint(id: "${c.id}") { timeline { stage1 { dueOn } } } }` },
          world.org.people.handler,
        )
      ).complaint.timeline.stage1.dueOn;
    expect(await dueOn()).toBe('2026-03-06');
    await must(
      world,
      {
        query:
          'mutation { addClosureDay(day: { date: "2026-03-05", reason: industrial_action, description: "Strike" }) { date } }',
      },
      world.org.people.admin,
    );
    expect(await dueOn()).toBe('2026-03-09');
  });

  it('a role changed in the database applies to the same session’s next request at once (docs/procedure.md, Roles)', async () => {
    const PAGE = '{ complaints(limit: 1) { items { summary } } }';
    const staff = world.org.people.handler;
    expect((await world.gql<any>(PAGE, {}, staff)).body.errors).toBeUndefined();
    await world.db.dataSource.query(`UPDATE person SET role = 'communications' WHERE id = $1`, [
      staff.id,
    ]);
    const res = await world.gql<any>(PAGE, {}, staff);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
