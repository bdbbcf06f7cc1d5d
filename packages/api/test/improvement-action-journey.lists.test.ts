import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from './support/world';
import { PROPOSE, proposedAction } from './support/improvement-actions';
import { defaultRootCause } from './support/root-causes';
import { insertComplaint } from './support/inserted-complaint';
import { walkToCompletion, walkToVerified } from './support/improvement-action-journey-steps';

const code = (res: { body: { errors?: { extensions?: Record<string, unknown> }[] } }) =>
  res.body.errors?.[0]?.extensions;

// Finding actions once it is verified; starts where .verification.test.ts stops.
describe('an improvement action from proposal to verified effect (Part 4, Learning from complaints)', () => {
  let world: World;
  let complaintId: string;
  let rootCauseId: string;
  let action: { id: string; version: number };

  beforeAll(async () => {
    world = await createWorld('2026-03-02T10:00:00Z'); // Monday 2 March 2026
    complaintId = await insertComplaint(world, world.org, '2026-02-23T10:00:00Z');
    rootCauseId = await defaultRootCause(world, world.org, 'No update given');
    action = await walkToVerified(world, await walkToCompletion(world, complaintId, rootCauseId));
  });
  afterAll(async () => {
    await world?.close();
  });

  it('an open action past its target date is overdue and listed first', async () => {
    world.setNow('2026-03-02T10:00:00Z');
    const late = await proposedAction(world, world.org, world.org.people.staff.id, {
      targetDate: '2026-03-06',
    });
    const later = await proposedAction(world, world.org, world.org.people.staff.id, {
      targetDate: '2026-03-05',
    });
    const soon = await proposedAction(world, world.org, world.org.people.staff.id, {
      targetDate: '2026-09-10',
    });
    world.setNow('2026-09-01T10:00:00Z');
    const list = await world.gql<any>(
      '{ improvementActions(filter: { mine: true }, limit: 100) { items { id deadlineStatus } } }',
      {},
      world.org.people.staff,
    );
    expect(list.body.data.improvementActions.items).toEqual([
      { id: later.id, deadlineStatus: 'overdue' },
      { id: late.id, deadlineStatus: 'overdue' },
      { id: action.id, deadlineStatus: 'done_on_time' },
      { id: soon.id, deadlineStatus: 'due_soon' },
    ]);
    const overdue = await world.gql<any>(
      'query($o: ID!) { improvementActions(filter: { overdue: true, ownerId: $o }) { items { id } } }',
      { o: world.org.people.staff.id },
      world.org.people.manager,
    );
    expect(overdue.body.data.improvementActions.items.map((a: any) => a.id)).toEqual([
      later.id,
      late.id,
    ]);
  });

  it('actions can be found by complaint and by a root-cause group (its sub-causes included)', async () => {
    const communication = await defaultRootCause(world, world.org, 'Communication');
    const byCause = await world.gql<any>(
      'query($rc: ID!) { improvementActions(filter: { rootCauseId: $rc }) { items { id } } }',
      { rc: communication },
      world.org.people.manager,
    );
    expect(byCause.body.data.improvementActions.items.map((a: any) => a.id)).toEqual([action.id]);
    const byComplaint = await world.gql<any>(
      'query($c: ID!) { improvementActions(filter: { complaintId: $c }) { items { id } } }',
      { c: complaintId },
      world.org.people.manager,
    );
    expect(byComplaint.body.data.improvementActions.items.map((a: any) => a.id)).toEqual([
      action.id,
    ]);
  });

  it('communications staff read actions (for "you said, we did") but cannot propose one', async () => {
    const read = await world.gql<any>(
      '{ improvementActions(filter: { status: verified }) { items { id title } } }',
      {},
      world.org.people.communications,
    );
    expect(read.body.data.improvementActions.items.map((a: any) => a.id)).toEqual([action.id]);
    const write = await world.gql(
      PROPOSE,
      {
        input: {
          title: 'T',
          description: 'D',
          serviceAreaId: world.org.serviceAreaIds[0],
          ownerId: world.org.people.staff.id,
          targetDate: '2026-12-31',
        },
      },
      world.org.people.communications,
    );
    expect(code(write)?.['code']).toBe('FORBIDDEN');
  });

  it('a page of actions with owners, areas, links and progress costs the same SQL for 5 rows as for 25', async () => {
    for (let i = 0; i < 25; i++)
      await proposedAction(
        world,
        world.org,
        i % 2 ? world.org.staff2.id : world.org.people.staff.id,
        { targetDate: '2026-12-31', complaintIds: [complaintId], rootCauseIds: [rootCauseId] },
      );
    const page = (limit: number) =>
      world.gql<any>(
        `{ improvementActions(limit: ${limit}) { items { id owner { name } proposedBy { name } authorisedBy { name } serviceArea { name } complaints { reference } rootCauses { name parent { name } children { name } } progressUpdates { note author { name } } deadlineStatus } } }`,
        {},
        world.org.people.manager,
      );
    const five = await page(5);
    const many = await page(25);
    expect(many.body.errors).toBeUndefined();
    expect(many.body.data.improvementActions.items).toHaveLength(25);
    expect(Number(many.headers.get('x-sql-statements'))).toBe(
      Number(five.headers.get('x-sql-statements')),
    );
  });
});
