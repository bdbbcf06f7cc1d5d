import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countByMonth, londonDate, recurrenceWindows } from '@chp/domain';
import { runReminders } from '../src/modules/mail';
import { openSession } from '../src/modules/auth/session.service';
import { recurrenceMessages, recurrenceSummary } from '../src/modules/learning';
import { AUTHORISE, COMPLETE, PROPOSE, VERIFY } from './support/improvement-actions';
import { insertComplaint } from './support/inserted-complaint';
import { must } from './support/must';
import { defaultRootCause } from './support/root-causes';
import { createWorld, type World } from './support/world';
import { recurrenceMonthCounts } from '../src/modules/learning/recurrence.queries';

// docs/procedure.md, Recurrence after an improvement action (Part 4, Learning from complaints:
// monitor the service to make sure the improvement works). Two actions completed on Monday
// 16 March 2026: "call-backs" (No update given) is followed by fewer complaints; "processing"
// (Process or procedure, complaints tagged with the sub-cause Delay in processing) comes back.

let world: World;
let callBacks: { id: string; version: number };
let processing: { id: string; version: number };
const fixtures: { receivedAt: string; cause: string; area: number }[] = [];

const FIGURES = `completedOn months beforeFrom beforeTo afterFrom afterTo before after beforeYearEarlier afterYearEarlier
  afterMonthsComplete averageBefore averageAfter cameBack monthly { month side count yearEarlier complete }`;
const ACTION = `query($id: ID!) { improvementAction(id: $id) { id version status recurrenceFlaggedOn effectReviewDate effectReviewStatus
  recurrenceByMonth { ${FIGURES} } effectFigures { ${FIGURES} } } }`;

async function complaint(receivedAt: string, cause: string, area = 0) {
  const id = await insertComplaint(world, world.org, receivedAt);
  const causeId = await defaultRootCause(world, world.org, cause);
  await world.db.dataSource.query(
    `UPDATE complaint SET service_area_id = $3 WHERE organisation_id = $1 AND id = $2`,
    [world.org.id, id, world.org.serviceAreaIds[area]],
  );
  await world.db.dataSource.query(
    `INSERT INTO complaint_root_cause (organisation_id, complaint_id, root_cause_id) VALUES ($1, $2, $3)`,
    [world.org.id, id, causeId],
  );
  fixtures.push({ receivedAt, cause, area });
}

async function completedAction(title: string, cause: string) {
  const { org } = world;
  world.setNow('2026-01-05T10:00:00Z');
  const proposed = (
    await must(
      world,
      {
        query: PROPOSE,
        variables: {
          input: {
            title,
            description: title,
            serviceAreaId: org.serviceAreaIds[0],
            ownerId: org.people.staff.id,
            targetDate: '2026-03-31',
            complaintIds: [],
            rootCauseIds: [await defaultRootCause(world, org, cause)],
          },
        },
      },
      org.people.handler,
    )
  ).proposeImprovementAction;
  const authorised = (
    await must(world, { query: AUTHORISE, variables: proposed }, org.people.manager)
  ).authoriseImprovementAction;
  world.setNow('2026-03-16T10:00:00Z');
  return (
    await must(
      world,
      { query: COMPLETE, variables: { ...authorised, evidence: 'In place from 16 March' } },
      org.people.staff,
    )
  ).completeImprovementAction;
}

const outbox = (reason: string) =>
  world.db.dataSource.query<{ person_id: string; day: string; link_path: string; details: any }[]>(
    `SELECT person_id, day::text, link_path, details FROM outbox_message
      WHERE organisation_id = $1 AND reason = $2 ORDER BY person_id`,
    [world.org.id, reason],
  );

const flagOf = async (id: string) =>
  (
    await world.db.dataSource.query(
      `SELECT recurrence_flagged_on::text AS "flaggedOn" FROM improvement_action WHERE id = $1`,
      [id],
    )
  )[0].flaggedOn as string | null;

beforeAll(async () => {
  world = await createWorld('2026-01-05T10:00:00Z');
  // call-backs: 4 in the six months before, 1 after, 1 in the completion month (counted in neither)
  for (const at of [
    '2025-10-02T09:00:00Z',
    '2025-11-20T09:00:00Z',
    '2026-01-14T09:00:00Z',
    '2026-02-28T23:30:00Z',
  ])
    await complaint(at, 'No update given');
  await complaint('2026-03-20T09:00:00Z', 'No update given');
  await complaint('2026-05-11T09:00:00Z', 'No update given');
  // processing: 1 before, 4 in April and May, one a year before April, one in another service area
  await complaint('2026-01-21T09:00:00Z', 'Delay in processing');
  for (const at of [
    '2026-04-02T09:00:00Z',
    '2026-04-22T09:00:00Z',
    '2026-05-06T09:00:00Z',
    '2026-05-27T09:00:00Z',
  ])
    await complaint(at, 'Delay in processing');
  await complaint('2025-04-15T09:00:00Z', 'Delay in processing');
  await complaint('2026-04-08T09:00:00Z', 'Delay in processing', 1);
  callBacks = await completedAction('Call tenants back within one working day', 'No update given');
  processing = await completedAction('Clear the repairs backlog weekly', 'Process or procedure');
}, 120_000);
afterAll(async () => {
  await world?.close();
});

describe('recurrence after an improvement action (Part 4, monitoring an improvement)', () => {
  it('the SQL monthly counts equal the domain’s countByMonth on the same complaints', async () => {
    const cases = [
      { action: callBacks, causes: ['No update given'] },
      // the action names the parent cause: complaints with a cause under it count
      { action: processing, causes: ['Delay in processing'] },
    ];
    for (const { action, causes } of cases) {
      const windows = recurrenceWindows('2026-03-16', 6);
      const reference = countByMonth(
        fixtures
          .filter((f) => causes.includes(f.cause) && f.area === 0)
          .map((f) => londonDate(f.receivedAt)),
        windows,
      );
      const counted = await recurrenceMonthCounts(
        world.db.dataSource.manager,
        {
          organisationId: world.org.id,
          id: action.id,
          serviceAreaId: world.org.serviceAreaIds[0]!,
          completedOn: '2026-03-16',
        },
        6,
      );
      expect(counted).toEqual(reference);
    }
  });

  it('the action shows its complaints by month before and after, against the same months a year earlier', async () => {
    world.setNow('2026-06-02T09:00:00Z');
    const { improvementAction } = await must(
      world,
      { query: ACTION, variables: { id: processing.id } },
      world.org.people.staff,
    );
    const r = improvementAction.recurrenceByMonth;
    expect(r).toMatchObject({
      completedOn: '2026-03-16',
      beforeFrom: '2025-09-01',
      beforeTo: '2026-02-28',
      afterFrom: '2026-04-01',
      afterTo: '2026-09-30',
      before: 1,
      after: 4,
      afterMonthsComplete: 2,
      cameBack: true,
    });
    expect(r.monthly.find((m: any) => m.month === '2026-04')).toEqual({
      month: '2026-04',
      side: 'after',
      count: 2,
      yearEarlier: 1,
      complete: true,
    });
    expect(r.monthly.find((m: any) => m.month === '2026-06')).toMatchObject({ complete: false });
  });

  it('the reminder run flags the action whose cause came back and tells its owner and authoriser, not the other', async () => {
    const run = await runReminders(world.db.dataSource, new Date('2026-06-02T09:00:00Z'), [
      recurrenceMessages,
    ]);
    expect(run.organisations).toBeGreaterThan(0);
    expect(await flagOf(processing.id)).toBe('2026-06-02');
    expect(await flagOf(callBacks.id)).toBeNull();
    const told = await outbox('action_cause_returned');
    expect(told.map((m) => m.person_id).sort()).toEqual(
      [world.org.people.staff.id, world.org.people.manager.id].sort(),
    );
    expect(told[0]).toMatchObject({
      day: '2026-06-02',
      link_path: `/actions/${processing.id}`,
      details: { completedOn: '2026-03-16', before: 1, after: 4, months: 6, afterMonths: 2 },
    });
  });

  it('a flag is raised once: the next day’s run writes nothing new', async () => {
    await runReminders(world.db.dataSource, new Date('2026-06-03T09:00:00Z'), [recurrenceMessages]);
    expect(await flagOf(processing.id)).toBe('2026-06-02');
    expect(await outbox('action_cause_returned')).toHaveLength(2);
  });

  it('effect reviews: six months after completion without monitoring, due within 30 days', async () => {
    world.setNow('2026-09-01T09:00:00Z');
    const LIST = `query($list: EffectReviewList!) { effectReviews(list: $list) { totalCount items { id effectReviewDate effectReviewStatus } } }`;
    const due = await must(
      world,
      { query: LIST, variables: { list: 'due' } },
      world.org.people.manager,
    );
    expect(due.effectReviews.totalCount).toBe(2);
    expect(due.effectReviews.items[0]).toMatchObject({
      effectReviewDate: '2026-09-16',
      effectReviewStatus: 'due_soon',
    });
    const overdue = await must(
      world,
      { query: LIST, variables: { list: 'overdue' } },
      world.org.people.manager,
    );
    expect(overdue.effectReviews.totalCount).toBe(0);
  });

  it('verifying the effect records the figures it was based on', async () => {
    world.setNow('2026-10-05T09:00:00Z');
    await must(
      world,
      {
        query: VERIFY,
        variables: {
          ...callBacks,
          effectiveness: 'effective',
          note: 'One complaint in six months, four before',
        },
      },
      world.org.people.manager,
    );
    const { improvementAction } = await must(
      world,
      { query: ACTION, variables: { id: callBacks.id } },
      world.org.people.manager,
    );
    expect(improvementAction.status).toBe('verified');
    expect(improvementAction.effectFigures).toMatchObject({
      completedOn: '2026-03-16',
      months: 6,
      before: 4,
      after: 1,
      afterMonthsComplete: 6,
      cameBack: false,
    });
    const [row] = await world.db.dataSource.query(
      `SELECT effect_figures->'before' AS before, effect_figures->'after' AS after FROM improvement_action WHERE id = $1`,
      [callBacks.id],
    );
    expect(row).toEqual({ before: 4, after: 1 });
  });

  it('an effect review overdue by over a year is flagged as such', async () => {
    world.setNow('2027-10-01T09:00:00Z');
    // a session opened on that day (the fixtures' sessions have expired by then)
    const manager = world.org.people.manager;
    const { token } = await openSession(
      world.db.dataSource.manager,
      manager.id,
      new Date('2027-10-01T09:00:00Z'),
    );
    const { improvementAction } = await must(
      world,
      { query: ACTION, variables: { id: processing.id } },
      { ...manager, token },
    );
    expect(improvementAction.effectReviewStatus).toBe('overdue_over_a_year');
  });

  it('the board pack’s summary for a period lists the flag and the verification', async () => {
    const summary = await recurrenceSummary(world.db.dataSource.manager, [world.org.id], {
      from: '2026-04-01',
      to: '2026-12-31',
    });
    expect(summary).toMatchObject({
      flagged: [{ actionId: processing.id, flaggedOn: '2026-06-02', before: 1, after: 4 }],
      verified: { effective: 1, partlyEffective: 0, notEffective: 0 },
      reviewsOverdue: 1,
      reviewsOverdueOverAYear: 0,
    });
  });
});
