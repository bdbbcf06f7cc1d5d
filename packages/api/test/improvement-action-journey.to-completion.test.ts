import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from './support/world';
import {
  ACTION_FIELDS,
  AUTHORISE,
  COMPLETE,
  PROGRESS,
  PROPOSE,
  proposedAction,
} from './support/improvement-actions';
import { defaultRootCause } from './support/root-causes';
import { insertComplaint } from './support/inserted-complaint';

const code = (res: { body: { errors?: { extensions?: Record<string, unknown> }[] } }) =>
  res.body.errors?.[0]?.extensions;

// From the proposal to the completion of the action.
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
});
