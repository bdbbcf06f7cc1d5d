import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from './support/world';
import { PROGRESS, VERIFY } from './support/improvement-actions';
import { defaultRootCause } from './support/root-causes';
import { insertComplaint } from './support/inserted-complaint';
import { walkToCompletion } from './support/improvement-action-journey-steps';

const code = (res: { body: { errors?: { extensions?: Record<string, unknown> }[] } }) =>
  res.body.errors?.[0]?.extensions;

// Its verified effect and the record it leaves; starts where .to-completion.test.ts stops.
describe('an improvement action from proposal to verified effect (Part 4, Learning from complaints)', () => {
  let world: World;
  let complaintId: string;
  let rootCauseId: string;
  let action: { id: string; version: number };

  beforeAll(async () => {
    world = await createWorld('2026-03-02T10:00:00Z'); // Monday 2 March 2026
    complaintId = await insertComplaint(world, world.org, '2026-02-23T10:00:00Z');
    rootCauseId = await defaultRootCause(world, world.org, 'No update given');
    action = await walkToCompletion(world, complaintId, rootCauseId);
  });
  afterAll(async () => {
    await world?.close();
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
});
