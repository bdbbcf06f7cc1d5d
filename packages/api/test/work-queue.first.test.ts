import { addDays, effectReviewDueOn, inWorkQueue, sortWorkItems, type WorkItem } from '@chp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordComplaint } from './support/complaints';
import { doneAction, proposedAction } from './support/improvement-actions';
import { must } from './support/must';
import { createWorld, type World } from './support/world';

const MY_WORK_FIRST = `query($first: Int) { myWork(first: $first) { total counts { kind count }
  items { kind dueOn urgency workingDaysLeft actionId reference title } } }`;

/**
 * The dashboard asks for the queue's first items only (docs/procedure.md, Work queues: the first
 * 10, then "Show all"). The kinds that build up with the organisation (actions to authorise,
 * effects to review) are then counted in SQL and read only as far as the first items reach; the
 * queue's first items and its counts must equal the whole queue's, and those counts the domain's
 * `inWorkQueue` over every action. From Monday 2 March 2026, with ties on the same due date.
 */
describe("a manager's work queue cut to its first items (docs/procedure.md, Work queues)", () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld('2026-03-02T10:00:00Z');
    const { staff, manager } = world.org.people;
    // to authorise: two due on Friday 20 March (a tie), two on Wednesday 1 April
    for (const targetDate of [
      '2026-03-10',
      '2026-03-20',
      '2026-03-20',
      '2026-03-25',
      '2026-04-01',
      '2026-04-01',
    ])
      await proposedAction(world, world.org, staff.id, { targetDate });
    // to review once monitoring ends (done on 2 March; without monitoring, due that day)
    for (const until of ['2026-03-05', '2026-03-10', '2026-03-10', '2026-03-20', null])
      await doneAction(world, world.org, staff.id, until);
    // the manager's own complaints: responses due on day 5 (stage 1), 4 to 6 March
    for (const day of ['25', '26', '27'])
      await recordComplaint(world, world.org, {
        receivedAt: `2026-02-${day}T09:00:00Z`,
        handlerId: manager.id,
      });
  });
  afterAll(async () => {
    await world?.close();
  });

  const queue = async (first: number | null) =>
    (await must(world, { query: MY_WORK_FIRST, variables: { first } }, world.org.people.manager))
      .myWork as {
      total: number;
      counts: { kind: string; count: number }[];
      items: { kind: string; dueOn: string | null; actionId: string | null }[];
    };

  /** The reference: every action of the organisation through the domain only. */
  async function actionReference(today: string) {
    const rows: {
      id: string;
      title: string;
      status: 'proposed' | 'done';
      target_date: string;
      completed_on: string | null;
      monitoring_until: string | null;
    }[] = await world.db.dataSource.query(
      `SELECT id, title, status, target_date::text, completed_on::text, monitoring_until::text
         FROM improvement_action WHERE organisation_id = $1`,
      [world.org.id],
    );
    const candidates: (WorkItem & { id: string })[] = [];
    for (const a of rows) {
      if (a.status === 'proposed')
        candidates.push({
          kind: 'authorise_action',
          dueOn: a.target_date,
          key: `${a.title} ${a.id}`,
          id: a.id,
        });
      const review = effectReviewDueOn({
        status: a.status,
        completedOn: a.completed_on,
        monitoringUntil: a.monitoring_until,
      });
      if (review)
        candidates.push({
          kind: 'review_effect',
          dueOn: review,
          key: `${a.title} ${a.id}`,
          id: a.id,
        });
    }
    const waiting = sortWorkItems(candidates.filter((i) => inWorkQueue(i.kind, i.dueOn, today)));
    const count = (kind: string) => waiting.filter((i) => i.kind === kind).length;
    return {
      counts: {
        authorise_action: count('authorise_action'),
        review_effect: count('review_effect'),
      },
      ids: waiting.map((i) => `${i.kind} ${i.id}`),
    };
  }

  const DAYS = ['2026-03-02', '2026-03-06', '2026-03-10', '2026-03-11', '2026-03-20', '2026-03-23'];

  it('the first items are the whole queue’s first, for every cut and day', async () => {
    for (const today of DAYS) {
      world.setNow(`${today}T10:00:00Z`);
      const whole = await queue(null);
      expect(whole.items.length, today).toBe(whole.total);
      for (const first of [0, 1, 2, 3, 4, 5, 8, 13]) {
        const cut = await queue(first);
        expect(cut.items, `${today} first ${first}`).toEqual(whole.items.slice(0, first));
      }
    }
  });

  it('the counts and total stay those of the whole queue however few items are asked for', async () => {
    for (const today of DAYS) {
      world.setNow(`${today}T10:00:00Z`);
      const whole = await queue(null);
      for (const first of [0, 1, 3]) {
        const cut = await queue(first);
        expect({ total: cut.total, counts: cut.counts }, `${today} first ${first}`).toEqual({
          total: whole.total,
          counts: whole.counts,
        });
      }
    }
  });

  it("the SQL's count of actions to authorise and effects to review equals inWorkQueue over every action", async () => {
    for (let today = '2026-03-02'; today <= '2026-03-24'; today = addDays(today, 1)) {
      world.setNow(`${today}T10:00:00Z`);
      const expected = await actionReference(today);
      const cut = await queue(1);
      const counted = Object.fromEntries(
        ['authorise_action', 'review_effect'].map((kind) => [
          kind,
          cut.counts.find((c) => c.kind === kind)?.count ?? 0,
        ]),
      );
      expect(counted, today).toEqual(expected.counts);
      const whole = await queue(null);
      expect(
        whole.items
          .filter((i) => i.kind === 'authorise_action' || i.kind === 'review_effect')
          .map((i) => `${i.kind} ${i.actionId}`),
        today,
      ).toEqual(expected.ids);
    }
  });

  it('a cut queue sends as many statements as the whole one', async () => {
    world.setNow('2026-03-23T10:00:00Z');
    const statements = async (first: number | null) =>
      Number(
        (await world.gql(MY_WORK_FIRST, { first }, world.org.people.manager)).headers.get(
          'x-sql-statements',
        ),
      );
    expect(await statements(3)).toBe(await statements(null));
  });

  it('a negative first is refused as BAD_USER_INPUT naming the field', async () => {
    const res = await world.gql(MY_WORK_FIRST, { first: -1 }, world.org.people.manager);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
  });
});
