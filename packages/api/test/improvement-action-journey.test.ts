import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from './support/world';
import {
  ACTION_FIELDS,
  AUTHORISE,
  COMPLETE,
  PROGRESS,
  PROPOSE,
  VERIFY,
  proposedAction,
} from './support/improvement-actions';
import { defaultRootCause } from './support/root-causes';
import { insertComplaint } from './support/inserted-complaint';

const code = (res: { body: { errors?: { extensions?: Record<string, unknown> }[] } }) =>
  res.body.errors?.[0]?.extensions;

describe('an improvement action from proposal to verified effect (Part 4, Learning from complaints)', () => {
  let world: World;
  let complaintId: string;
  let rootCauseId: string;
  let action: { id: string; version: number };

  beforeAll(async () => {
    world = await createWorld('2026-03-02T10:00:00Z'); // Monday 2 March 2026
    complaintId = await insertComplaint(world, world.org, '2026-02-23T10:00:00Z');
    rootCauseId = await defaultRootCause(world, world.org, 'No update given');
  });
  afterAll(async () => {
    await world?.close();
  });

  const detail = async (as = world.org.people.manager) =>
    (
      await world.gql<any>(
        `query($id: ID!) { improvementAction(id: $id) { ${ACTION_FIELDS} authorisedOn completedOn completionEvidence monitoringUntil effectiveness verifiedOn
       authorisedBy { id } proposedBy { id } complaints { id } rootCauses { name } progressUpdates { note author { id } } } }`,
        { id: action.id },
        as,
      )
    ).body;

  it('a handler proposes an action for a complaint with an owner and a target date; it starts proposed and on track', async () => {
    const res = await world.gql<any>(
      PROPOSE,
      {
        input: {
          title: 'Call tenants back within one working day',
          description: 'Repairs officers call back every tenant who reports a leak',
          serviceAreaId: world.org.serviceAreaIds[0],
          ownerId: world.org.people.staff.id,
          targetDate: '2026-04-30',
          complaintIds: [complaintId],
          rootCauseIds: [rootCauseId],
        },
      },
      world.org.people.handler,
    );
    expect(res.body.errors).toBeUndefined();
    action = res.body.data.proposeImprovementAction;
    expect(action).toMatchObject({
      status: 'proposed',
      targetDate: '2026-04-30',
      deadlineStatus: 'on_track',
      owner: { id: world.org.people.staff.id },
    });
    const body = await detail();
    expect(body.data.improvementAction).toMatchObject({
      proposedBy: { id: world.org.people.handler.id },
      complaints: [{ id: complaintId }],
      rootCauses: [{ name: 'No update given' }],
      authorisedBy: null,
    });
  });

  it('a target date already past is refused when proposing (BAD_USER_INPUT targetDate)', async () => {
    const res = await world.gql(
      PROPOSE,
      {
        input: {
          title: 'Late',
          description: 'x',
          serviceAreaId: world.org.serviceAreaIds[0],
          ownerId: world.org.people.staff.id,
          targetDate: '2026-02-27',
        },
      },
      world.org.people.handler,
    );
    expect(code(res)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'targetDate',
      rule: 'TARGET_DATE_IN_PAST',
    });
  });

  it('the owner records no work before a manager authorises it (CONFLICT ACTION_NOT_AUTHORISED)', async () => {
    const res = await world.gql(
      PROGRESS,
      { ...action, note: 'Started early' },
      world.org.people.staff,
    );
    expect(code(res)).toMatchObject({ code: 'CONFLICT', rule: 'ACTION_NOT_AUTHORISED' });
  });

  it('staff cannot authorise; a manager authorises on Tuesday 3 March', async () => {
    expect(code(await world.gql(AUTHORISE, action, world.org.people.staff))?.['code']).toBe(
      'FORBIDDEN',
    );
    world.setNow('2026-03-03T09:30:00Z');
    const res = await world.gql<any>(AUTHORISE, action, world.org.people.manager);
    expect(res.body.errors).toBeUndefined();
    action = res.body.data.authoriseImprovementAction;
    expect(action).toMatchObject({ status: 'authorised', version: 2 });
    expect((await detail()).data.improvementAction).toMatchObject({
      authorisedOn: '2026-03-03',
      authorisedBy: { id: world.org.people.manager.id },
    });
  });

  it('another member of staff who does not own the action cannot record progress (FORBIDDEN)', async () => {
    const res = await world.gql(PROGRESS, { ...action, note: 'Not mine' }, world.org.staff2);
    expect(code(res)?.['code']).toBe('FORBIDDEN');
  });

  it("the owner's first progress update starts the work", async () => {
    world.setNow('2026-03-10T14:00:00Z');
    const res = await world.gql<any>(
      PROGRESS,
      { ...action, note: 'Call-back rota drafted with the repairs team' },
      world.org.people.staff,
    );
    expect(res.body.errors).toBeUndefined();
    action = res.body.data.recordActionProgress;
    expect(res.body.data.recordActionProgress).toMatchObject({
      status: 'in_progress',
      progressUpdates: [
        {
          note: 'Call-back rota drafted with the repairs team',
          author: { id: world.org.people.staff.id },
        },
      ],
    });
  });

  it('a member of staff listing actions sees only the ones they own', async () => {
    const theirs = await proposedAction(world, world.org, world.org.staff2.id);
    const mine = await world.gql<any>(
      '{ improvementActions(limit: 100) { totalCount items { id owner { id } } } }',
      {},
      world.org.people.staff,
    );
    expect(mine.body.data.improvementActions.items.map((a: any) => a.id)).toEqual([action.id]);
    expect(mine.body.data.improvementActions.totalCount).toBe(1);
    const other = await world.gql<any>(
      '{ improvementActions(filter: { ownerId: "' + world.org.staff2.id + '" }) { totalCount } }',
      {},
      world.org.people.staff,
    );
    expect(other.body.data.improvementActions.totalCount).toBe(0);
    const notTheirs = await world.gql(
      `query($id: ID!) { improvementAction(id: $id) { id } }`,
      { id: theirs.id },
      world.org.people.staff,
    );
    expect(code(notTheirs)?.['code']).toBe('NOT_FOUND');
    const manager = await world.gql<any>(
      '{ improvementActions(limit: 100) { totalCount } }',
      {},
      world.org.people.manager,
    );
    expect(manager.body.data.improvementActions.totalCount).toBe(2);
  });

  it('ten calendar days before the target date the action is due soon', async () => {
    world.setNow('2026-04-20T09:00:00Z');
    expect((await detail(world.org.people.staff)).data.improvementAction.deadlineStatus).toBe(
      'due_soon',
    );
    const due = await world.gql<any>(
      '{ improvementActions(filter: { dueWithinDays: 14, mine: true }) { items { id } } }',
      {},
      world.org.people.staff,
    );
    expect(due.body.data.improvementActions.items.map((a: any) => a.id)).toEqual([action.id]);
  });

  it('completing without evidence is refused (BAD_USER_INPUT evidence)', async () => {
    const res = await world.gql(COMPLETE, { ...action, evidence: '   ' }, world.org.people.staff);
    expect(code(res)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'evidence',
      rule: 'COMPLETION_NEEDS_EVIDENCE',
    });
  });

  it('a stale version is refused (CONFLICT STALE_VERSION)', async () => {
    const res = await world.gql(
      COMPLETE,
      { ...action, version: action.version - 1, evidence: 'Rota in place' },
      world.org.people.staff,
    );
    expect(code(res)).toMatchObject({ code: 'CONFLICT', rule: 'STALE_VERSION' });
  });

  it('the owner completes it with evidence, a monitoring period to 31 July and how the learning was shared: done on time', async () => {
    const res = await world.gql<any>(
      COMPLETE,
      {
        ...action,
        evidence: 'Call-back rota in place since 20 April; tenants called back within a day',
        monitoringUntil: '2026-07-31',
        learningShared: 'Repairs team briefing, 20 April',
      },
      world.org.people.staff,
    );
    expect(res.body.errors).toBeUndefined();
    action = res.body.data.completeImprovementAction;
    expect(res.body.data.completeImprovementAction).toMatchObject({
      status: 'done',
      completedOn: '2026-04-20',
      monitoringUntil: '2026-07-31',
      deadlineStatus: 'done_on_time',
    });
  });

  it('the owner cannot verify the effect of their own action (FORBIDDEN)', async () => {
    const res = await world.gql(
      VERIFY,
      { ...action, effectiveness: 'effective', note: 'Looks fine to me' },
      world.org.people.staff,
    );
    expect(code(res)?.['code']).toBe('FORBIDDEN');
  });

  it('a manager cannot record it effective while monitoring still runs (CONFLICT MONITORING_NOT_OVER)', async () => {
    world.setNow('2026-06-01T09:00:00Z');
    const res = await world.gql(
      VERIFY,
      { ...action, effectiveness: 'effective', note: 'No repeat so far' },
      world.org.people.manager,
    );
    expect(code(res)).toMatchObject({ code: 'CONFLICT', rule: 'MONITORING_NOT_OVER' });
  });

  it('after monitoring a manager verifies it effective', async () => {
    world.setNow('2026-08-03T09:00:00Z');
    const res = await world.gql<any>(
      VERIFY,
      {
        ...action,
        effectiveness: 'effective',
        note: 'No complaints about call-backs from May to July',
      },
      world.org.people.manager,
    );
    expect(res.body.errors).toBeUndefined();
    action = res.body.data.verifyImprovementActionEffect;
    expect(res.body.data.verifyImprovementActionEffect).toMatchObject({
      status: 'verified',
      effectiveness: 'effective',
      verifiedOn: '2026-08-03',
      deadlineStatus: 'done_on_time',
      version: 5,
    });
  });

  it('the stored row, its progress and links hold the whole journey', async () => {
    const [row] = await world.db.dataSource.query(
      `SELECT status, owner_id, proposed_by_id, authorised_by_id, authorised_on::text, target_date::text, completed_on::text, completion_evidence,
              monitoring_until::text, effectiveness, effectiveness_note, verified_on::text, learning_shared, version
         FROM improvement_action WHERE organisation_id = $1 AND id = $2`,
      [world.org.id, action.id],
    );
    expect(row).toEqual({
      status: 'verified',
      owner_id: world.org.people.staff.id,
      proposed_by_id: world.org.people.handler.id,
      authorised_by_id: world.org.people.manager.id,
      authorised_on: '2026-03-03',
      target_date: '2026-04-30',
      completed_on: '2026-04-20',
      completion_evidence:
        'Call-back rota in place since 20 April; tenants called back within a day',
      monitoring_until: '2026-07-31',
      effectiveness: 'effective',
      effectiveness_note: 'No complaints about call-backs from May to July',
      verified_on: '2026-08-03',
      learning_shared: 'Repairs team briefing, 20 April',
      version: 5,
    });
    const progress = await world.db.dataSource.query(
      `SELECT author_id, note, recorded_at FROM improvement_action_progress WHERE organisation_id = $1 AND action_id = $2`,
      [world.org.id, action.id],
    );
    expect(progress).toEqual([
      {
        author_id: world.org.people.staff.id,
        note: 'Call-back rota drafted with the repairs team',
        recorded_at: new Date('2026-03-10T14:00:00Z'),
      },
    ]);
    expect(
      await world.db.dataSource.query(
        `SELECT complaint_id FROM improvement_action_complaint WHERE action_id = $1`,
        [action.id],
      ),
    ).toEqual([{ complaint_id: complaintId }]);
    expect(
      await world.db.dataSource.query(
        `SELECT root_cause_id FROM improvement_action_root_cause WHERE action_id = $1`,
        [action.id],
      ),
    ).toEqual([{ root_cause_id: rootCauseId }]);
  });

  it('the audit log has one row per step: who, when, what changed — and none for the refused ones', async () => {
    const audit = await world.db.dataSource.query(
      `SELECT operation, actor_id, at, changes FROM audit_log WHERE organisation_id = $1 AND entity = 'improvement_action' AND entity_id = $2 ORDER BY id`,
      [world.org.id, action.id],
    );
    expect(
      audit.map((a: any) => [a.operation, a.actor_id, a.at.toISOString().slice(0, 10)]),
    ).toEqual([
      ['proposeImprovementAction', world.org.people.handler.id, '2026-03-02'],
      ['authoriseImprovementAction', world.org.people.manager.id, '2026-03-03'],
      ['recordActionProgress', world.org.people.staff.id, '2026-03-10'],
      ['completeImprovementAction', world.org.people.staff.id, '2026-04-20'],
      ['verifyImprovementActionEffect', world.org.people.manager.id, '2026-08-03'],
    ]);
    expect(audit[1].changes).toMatchObject({
      step: 'authorise',
      status: 'authorised',
      authorisedOn: '2026-03-03',
      authorisedById: world.org.people.manager.id,
    });
    expect(audit[3].changes).toMatchObject({
      step: 'complete',
      status: 'done',
      completedOn: '2026-04-20',
      monitoringUntil: '2026-07-31',
    });
  });

  it('once verified no further step is taken (CONFLICT ACTION_CLOSED)', async () => {
    const res = await world.gql(
      PROGRESS,
      { ...action, note: 'One more thing' },
      world.org.people.staff,
    );
    expect(code(res)).toMatchObject({ code: 'CONFLICT', rule: 'ACTION_CLOSED' });
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
