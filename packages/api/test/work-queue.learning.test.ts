import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doneAction, proposedAction } from './support/improvement-actions';
import { must } from './support/must';
import { inReview } from './support/publications';
import { MY_WORK } from './support/work';
import { createWorld, type World, type WorldPerson } from './support/world';

/**
 * Improvement actions and publications in the work queue (docs/procedure.md, Work queues; Part 4,
 * Learning from complaints). The clock starts on Monday 2 March 2026: due soon means by
 * Wednesday 4 March.
 */
describe('work queue: actions and publications (Part 4, Learning from complaints)', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld('2026-03-02T10:00:00Z');
  });
  afterAll(async () => {
    await world?.close();
  });

  const items = async (as: WorldPerson) =>
    (await must(world, { query: MY_WORK }, as)).myWork.items as any[];
  const about = async (as: WorldPerson, id: string) =>
    (await items(as))
      .filter((i) => i.actionId === id || i.publicationId === id)
      .map((i) => `${i.kind} ${i.dueOn} ${i.urgency}`);

  it("an owner's action due Wednesday 4 March is due soon on Monday 2 March; one due Thursday 5 March is not", async () => {
    world.setNow('2026-03-02T10:00:00Z');
    const soon = await proposedAction(world, world.org, world.org.people.staff.id, {
      targetDate: '2026-03-04',
    });
    const later = await proposedAction(world, world.org, world.org.people.staff.id, {
      targetDate: '2026-03-05',
    });
    expect(await about(world.org.people.staff, soon.id)).toEqual(['my_action 2026-03-04 due_soon']);
    expect(await about(world.org.people.staff, later.id)).toEqual([]);
  });

  it("an overdue action stays in its owner's queue, not in another owner's", async () => {
    world.setNow('2026-03-02T10:00:00Z');
    const a = await proposedAction(world, world.org, world.org.people.staff.id, {
      targetDate: '2026-03-06',
    });
    world.setNow('2026-03-10T10:00:00Z');
    const [item] = (await items(world.org.people.staff)).filter((i) => i.actionId === a.id);
    expect(item).toMatchObject({ kind: 'my_action', urgency: 'overdue', workingDaysLeft: -2 });
    expect(await about(world.org.staff2, a.id)).toEqual([]);
  });

  it('a proposed action waits for managers to authorise it, whatever its target date', async () => {
    world.setNow('2026-03-02T10:00:00Z');
    const a = await proposedAction(world, world.org, world.org.people.staff.id, {
      targetDate: '2026-06-30',
    });
    expect(await about(world.org.people.manager, a.id)).toEqual([
      'authorise_action 2026-06-30 later',
    ]);
    expect(await about(world.org.people.handler, a.id)).toEqual([]);
  });

  it("a done action's effect is reviewed once monitoring ends: not on Monday 30 March, on Tuesday 31 March", async () => {
    world.setNow('2026-03-02T10:00:00Z');
    const a = await doneAction(world, world.org, world.org.people.staff.id, '2026-03-31');
    world.setNow('2026-03-30T10:00:00Z');
    expect(await about(world.org.people.manager, a.id)).toEqual([]);
    world.setNow('2026-03-31T10:00:00Z');
    expect(await about(world.org.people.manager, a.id)).toEqual([
      'review_effect 2026-03-31 due_today',
    ]);
    expect(await about(world.org.people.staff, a.id)).toEqual([]);
  });

  it('a publication in review waits for approvers with no due date, not for its author or the administrator', async () => {
    world.setNow('2026-03-02T10:00:00Z');
    const p = await inReview(world, world.org);
    expect(await about(world.org.people.manager, p.id)).toEqual([
      'review_publication null no_due_date',
    ]);
    expect(await about(world.org.people.communications, p.id)).toEqual([]);
    expect(await about(world.org.people.admin, p.id)).toEqual([]);
  });

  it('most urgent first: overdue before due today before due soon, items without a date last', async () => {
    world.setNow('2026-03-31T10:00:00Z');
    const dates = (await items(world.org.people.manager)).map((i) => i.dueOn);
    const dated = dates.filter((d) => d !== null);
    expect(dated).toEqual([...dated].sort());
    expect(dates.slice(dated.length).every((d) => d === null)).toBe(true);
  });

  it('communications staff have an empty queue; the navigation count equals the items', async () => {
    const work = (await must(world, { query: MY_WORK }, world.org.people.communications)).myWork;
    expect(work.items).toEqual([]);
    const manager = (await must(world, { query: MY_WORK }, world.org.people.manager)).myWork;
    expect(manager.total).toBe(manager.items.length);
    expect(manager.counts.reduce((n: number, c: any) => n + c.count, 0)).toBe(manager.total);
  });
});
