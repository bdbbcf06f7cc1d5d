import {
  addDays,
  inWorkQueue,
  localDate,
  nextStageTwoUpdateDue,
  sortWorkItems,
  type WorkItem,
} from '@chp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordComplaint, step } from './support/complaints';
import { proposedAction } from './support/improvement-actions';
import { must } from './support/must';
import { MY_WORK } from './support/work';
import { createWorld, type World } from './support/world';

/**
 * The queue's SQL narrows the rows; @chp/domain decides. On the same data, for every day from
 * Friday 13 March to Friday 15 May 2026 (weekends, Good Friday 3 April, 4 May), the handler's queue
 * equals the domain's reference worked out from every open complaint and action, unfiltered
 * (docs/procedure.md, Work queues); the §62 updates count the customer's and each named member of
 * staff's apart.
 */
describe('the work queue equals the domain reference on the same data (docs/procedure.md, Work queues)', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld('2026-03-13T10:00:00Z');
    for (let i = 0; i < 24; i++) {
      const day = String(2 + (i % 12)).padStart(2, '0');
      let c = await recordComplaint(world, world.org, {
        receivedAt: `2026-03-${day}T09:00:00Z`,
        stage: i % 3 === 0 ? 2 : 1,
        // §62: the staff named in an extended stage 2 are owed their own updates
        ...(i % 6 === 3 ? { namedStaffIds: [world.org.people.staff.id] } : {}),
      });
      if (i % 3 === 0 && i % 2 === 0)
        c = await step(
          world,
          world.org,
          'acknowledgeComplaint',
          '$id: ID!, $version: Int!',
          'id: $id, version: $version',
          c,
        );
      if (i % 6 === 3)
        c = await step(
          world,
          world.org,
          'extendComplaint',
          '$id: ID!, $version: Int!, $dueOn: LocalDate!, $reason: String!',
          'id: $id, version: $version, dueOn: $dueOn, reason: $reason',
          { ...c, dueOn: '2026-05-29', reason: 'Waiting for a report' },
          world.org.people.manager,
        );
      if (i % 12 === 3) {
        // the customer is updated on 14 April, the staff member on 15 April
        world.setNow('2026-04-15T10:00:00Z');
        c = await step(
          world,
          world.org,
          'recordContactUpdate',
          '$id: ID!, $version: Int!',
          'id: $id, version: $version, note: "Report awaited", at: "2026-04-14T10:00:00Z"',
          c,
        );
        if (i === 3)
          await step(
            world,
            world.org,
            'recordStaffUpdate',
            '$id: ID!, $version: Int!, $personId: ID!',
            'id: $id, version: $version, personId: $personId, at: "2026-04-15T09:00:00Z", how: phone',
            { ...c, personId: world.org.people.staff.id },
          );
        world.setNow('2026-03-13T10:00:00Z');
      }
      await proposedAction(world, world.org, world.org.people.handler.id, {
        targetDate: `2026-04-${String(1 + i).padStart(2, '0')}`,
      });
    }
  });
  afterAll(async () => {
    await world?.close();
  });

  /** The reference: every open complaint and action of the handler, through the domain only. */
  async function reference(today: string): Promise<string[]> {
    const complaints = await world.db.dataSource.query(
      `SELECT c.id, c.reference, c.current_stage, c.stage1_due_on::text s1, c.stage1_extended_due_on::text s1x,
              c.stage2_due_on::text s2, c.stage2_extended_due_on::text s2x,
              c.stage2_acknowledge_by::text ack_by, c.stage2_acknowledged_on::text ack_on,
              (SELECT array_agg(e.at) FROM complaint_event e WHERE e.complaint_id = c.id AND e.type = 'contact_update') updates
         FROM complaint c WHERE c.organisation_id = $1 AND c.status = 'open' AND c.handler_id = $2`,
      [world.org.id, world.org.people.handler.id],
    );
    const candidates: WorkItem[] = [];
    for (const c of complaints) {
      if (c.current_stage === 2 && !c.ack_on)
        candidates.push({ kind: 'acknowledge_stage_two', dueOn: c.ack_by, key: c.reference });
      const deadline = c.current_stage === 1 ? (c.s1x ?? c.s1) : (c.s2x ?? c.s2);
      candidates.push({ kind: 'respond', dueOn: deadline, key: c.reference });
      if (c.current_stage === 2) {
        const sent = (c.updates ?? []).map((at: Date) => localDate(at.toISOString()));
        const staff: { person_id: string; ats: Date[] | null }[] = await world.db.dataSource.query(
          `SELECT m.person_id, array_agg(u.at) FILTER (WHERE u.at IS NOT NULL) ats
             FROM complaint_staff_member m
             LEFT JOIN complaint_staff_update u USING (organisation_id, complaint_id, person_id)
            WHERE m.complaint_id = $1 GROUP BY m.person_id`,
          [c.id],
        );
        const next = nextStageTwoUpdateDue(
          { dueOn: c.s2, extendedDueOn: c.s2x, closedOn: null },
          {
            customer: sent,
            staff: staff.map((m) => ({
              personId: m.person_id,
              updatesSentOn: (m.ats ?? []).map((at) => localDate(at.toISOString())),
            })),
          },
        );
        if (next) candidates.push({ kind: 'stage_two_update', dueOn: next, key: c.reference });
      }
    }
    const actions = await world.db.dataSource.query(
      `SELECT id, title, target_date::text AS target_date FROM improvement_action
        WHERE organisation_id = $1 AND owner_id = $2 AND status IN ('proposed','authorised','in_progress')`,
      [world.org.id, world.org.people.handler.id],
    );
    for (const a of actions)
      candidates.push({ kind: 'my_action', dueOn: a.target_date, key: `${a.title} ${a.id}` });
    return sortWorkItems(candidates.filter((i) => inWorkQueue(i.kind, i.dueOn, today))).map(
      (i) => `${i.kind} ${i.dueOn} ${i.key}`,
    );
  }

  it('every day from 13 March to 15 May 2026', async () => {
    let checked = 0;
    let nonEmpty = 0;
    let updatesDue = 0;
    for (let today = '2026-03-13'; today <= '2026-05-15'; today = addDays(today, 1)) {
      world.setNow(`${today}T10:00:00Z`);
      const work = (await must(world, { query: MY_WORK }, world.org.people.handler)).myWork;
      const actual = work.items.map(
        (i: any) => `${i.kind} ${i.dueOn} ${i.reference ?? `${i.title} ${i.actionId}`}`,
      );
      const expected = await reference(today);
      expect(actual, today).toEqual(expected);
      checked++;
      if (expected.length > 0) nonEmpty++;
      if (expected.some((i) => i.startsWith('stage_two_update'))) updatesDue++;
    }
    expect(checked).toBe(64);
    expect(updatesDue).toBeGreaterThan(0);
    expect(nonEmpty).toBeGreaterThan(30);
  });

  it('costs the same number of SQL statements with 10 more complaints and actions (no N+1)', async () => {
    world.setNow('2026-04-01T10:00:00Z');
    const statements = async () => {
      const res = await world.gql(MY_WORK, {}, world.org.people.manager);
      expect(res.body.errors).toBeUndefined();
      return {
        n: Number(res.headers.get('x-sql-statements')),
        items: (res.body.data as any).myWork.items.length as number,
      };
    };
    const before = await statements();
    for (let i = 0; i < 10; i++) {
      await recordComplaint(world, world.org, {
        receivedAt: '2026-03-30T09:00:00Z',
        stage: 2,
        handlerId: world.org.people.manager.id,
      });
      await proposedAction(world, world.org, world.org.people.staff.id, {
        targetDate: '2026-04-30',
      });
    }
    const after = await statements();
    expect(after.items).toBeGreaterThanOrEqual(before.items + 20);
    console.log(
      `SQL statements for myWork: ${before.items} items -> ${before.n}, ${after.items} items -> ${after.n}`,
    );
    expect(after.n).toBe(before.n);
    expect(after.n).toBeLessThanOrEqual(8);
  });
});
