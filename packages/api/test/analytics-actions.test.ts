import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DUE_SOON_QUERY,
  insertAnalyticsComplaint,
  ON_TIME_QUERY,
  OVERDUE_QUERY,
  RECURRENCE_QUERY,
} from './operations/analytics.operations';
import { createWorld, type World } from './support/world';

/** Today is Monday 2 March 2026 (the world's clock). */
describe('improvement action analytics: due soon, overdue, completed on time and the recurrence check', () => {
  let world: World;
  const ids: Record<string, string> = {};

  /** An action written straight to the table, in any status with any dates. */
  const action = async (
    name: string,
    a: {
      status: string;
      target: string;
      owner?: string;
      area?: number;
      completedOn?: string;
      rootCauseIds?: string[];
    },
  ) => {
    const [row] = await world.db.dataSource.query(
      `INSERT INTO improvement_action (organisation_id, title, description, service_area_id, owner_id, target_date, status, completed_on, completion_evidence)
       VALUES ($1, $2, 'Fixture', $3, $4, $5, $6, $7, CASE WHEN $7::date IS NULL THEN NULL ELSE 'Done' END) RETURNING id`,
      [
        world.org.id,
        name,
        world.org.serviceAreaIds[a.area ?? 0],
        a.owner ?? world.org.people.staff.id,
        a.target,
        a.status,
        a.completedOn ?? null,
      ],
    );
    for (const rootCauseId of a.rootCauseIds ?? []) {
      await world.db.dataSource.query(
        `INSERT INTO improvement_action_root_cause (organisation_id, action_id, root_cause_id) VALUES ($1, $2, $3)`,
        [world.org.id, row.id, rootCauseId],
      );
    }
    ids[name] = row.id;
    return row.id as string;
  };
  const cause = async (name: string): Promise<string> =>
    (
      await world.db.dataSource.query(
        `SELECT id FROM root_cause WHERE organisation_id = $1 AND name = $2`,
        [world.org.id, name],
      )
    )[0].id;

  beforeAll(async () => {
    world = await createWorld('2026-03-02T10:00:00Z');
    const staff = world.org.people.staff.id;
    const manager = world.org.people.manager.id;
    // due soon: today and today + 14 are in, today + 15 and yesterday are not; done and cancelled never
    await action('due today', { status: 'authorised', target: '2026-03-02' });
    await action('due in 14 days', { status: 'in_progress', target: '2026-03-16', owner: manager });
    await action('due in 15 days', { status: 'proposed', target: '2026-03-17' });
    await action('done early', { status: 'done', target: '2026-03-05', completedOn: '2026-02-27' });
    // overdue: open and past the target date
    await action('overdue 1', {
      status: 'authorised',
      target: '2026-03-01',
      owner: staff,
      area: 0,
    });
    await action('overdue 2', {
      status: 'in_progress',
      target: '2026-01-15',
      owner: staff,
      area: 0,
    });
    await action('overdue 3', {
      status: 'proposed',
      target: '2026-02-10',
      owner: manager,
      area: 1,
    });
    await action('cancelled past target', {
      status: 'cancelled',
      target: '2026-01-01',
      owner: manager,
      area: 1,
    });
    // completed in 2026 Q1: on time, on the target date itself, late; and one in 2025
    await action('completed on time', {
      status: 'done',
      target: '2026-01-31',
      completedOn: '2026-01-10',
    });
    await action('completed on the target date', {
      status: 'verified',
      target: '2026-02-20',
      completedOn: '2026-02-20',
    });
    await action('completed late', {
      status: 'done',
      target: '2026-02-01',
      completedOn: '2026-02-25',
    });
    await action('completed in 2025', {
      status: 'done',
      target: '2026-01-31',
      completedOn: '2025-12-30',
    });
    // another organisation's overdue action never counts
    await world.db.dataSource.query(
      `INSERT INTO improvement_action (organisation_id, title, description, service_area_id, owner_id, target_date, status) VALUES ($1, 'Theirs', 'x', $2, $3, '2026-01-01', 'authorised')`,
      [world.other.id, world.other.serviceAreaIds[0], world.other.people.staff.id],
    );
  });
  afterAll(async () => {
    await world?.close();
  });

  it('due soon: open actions with a target date from today to today + 14 days, soonest first', async () => {
    const res = await world.gql<any>(DUE_SOON_QUERY, { days: 14 }, world.org.people.manager);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.actionsDueSoon.count).toBe(2);
    expect(res.body.data.actionsDueSoon.items.map((a: any) => a.title)).toEqual([
      'due today',
      'due in 14 days',
    ]);
    const today = await world.gql<any>(DUE_SOON_QUERY, { days: 0 }, world.org.people.manager);
    expect(today.body.data.actionsDueSoon.items.map((a: any) => a.title)).toEqual(['due today']);
  });

  it('due soon: a member of staff sees only the actions they own', async () => {
    const res = await world.gql<any>(DUE_SOON_QUERY, { days: 14 }, world.org.people.staff);
    expect(res.body.data.actionsDueSoon.items.map((a: any) => a.title)).toEqual(['due today']);
    expect(res.body.data.actionsDueSoon.count).toBe(1);
  });

  it('overdue: open actions past their target date, counted by owner and by service area; cancelled and done ones are not overdue', async () => {
    const res = await world.gql<any>(OVERDUE_QUERY, {}, world.org.people.senior_manager);
    const o = res.body.data.overdueActions;
    expect(o.total).toBe(3);
    expect(o.byOwner.map((r: any) => [r.ownerId, r.count])).toEqual([
      [world.org.people.staff.id, 2],
      [world.org.people.manager.id, 1],
    ]);
    expect(o.byServiceArea.map((r: any) => [r.serviceAreaName, r.count])).toEqual([
      ['Repairs', 2],
      ['Rents', 1],
    ]);
  });

  it('overdue by owner is a management view: FORBIDDEN to action-only staff', async () => {
    const res = await world.gql<any>(OVERDUE_QUERY, {}, world.org.people.staff);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('completed on time: completions in the quarter, on or before the target date, and the share', async () => {
    const res = await world.gql<any>(
      ON_TIME_QUERY,
      { period: { quarter: '2026-Q1' } },
      world.org.people.manager,
    );
    expect(res.body.data.actionsCompletedOnTime).toEqual({
      period: { from: '2026-01-01', to: '2026-03-31', label: '2026 Q1' },
      completed: 4,
      onTime: 3,
      late: 1,
      onTimeShare: 0.75,
    });
  });

  it('recurrence: complaints with the same root causes (or causes under them) in the same service area, in the window before and after completion', async () => {
    const repairs = world.org.serviceAreaIds[0]!;
    const rents = world.org.serviceAreaIds[1]!;
    const noUpdate = await cause('No update given');
    const causes: { id: string; parent_id: string | null; name: string }[] =
      await world.db.dataSource.query(
        `SELECT id, parent_id, name FROM root_cause WHERE organisation_id = $1 ORDER BY name`,
        [world.org.id],
      );
    const noUpdateParent = causes.find((c) => c.id === noUpdate)!.parent_id;
    const groups = causes.filter(
      (c) =>
        c.parent_id === null && c.id !== noUpdateParent && causes.some((x) => x.parent_id === c.id),
    );
    const groupRow = groups[0]!;
    const group = { id: groupRow.id, child: causes.find((c) => c.parent_id === groupRow.id)!.id };
    const other = causes.find((c) => c.parent_id === groups[1]!.id)!.id;
    const id = await action('fix call-backs', {
      status: 'done',
      target: '2026-01-31',
      completedOn: '2026-01-15',
      rootCauseIds: [noUpdate, group.id],
    });
    const add = (receivedAt: string, rootCauseIds: string[], serviceAreaId = repairs) =>
      insertAnalyticsComplaint(world, world.org.id, { receivedAt, serviceAreaId, rootCauseIds });
    await add('2025-12-15T10:00:00Z', [noUpdate]); // 31 days before: outside a 30-day window
    await add('2025-12-16T10:00:00Z', [noUpdate]); // before
    await add('2026-01-14T23:30:00Z', [noUpdate, group.child]); // before, once in the total, once per cause
    await add('2026-01-15T10:00:00Z', [noUpdate]); // the completion day: in neither window
    await add('2026-01-20T10:00:00Z', [group.child]); // after, through the cause under the group
    await add('2026-02-14T10:00:00Z', [noUpdate]); // after (day 30)
    await add('2026-02-15T10:00:00Z', [noUpdate]); // after the window
    await add('2026-01-10T10:00:00Z', [noUpdate], rents); // another service area
    await add('2026-01-10T10:00:00Z', [other]); // another root cause
    await insertAnalyticsComplaint(world, world.other.id, {
      receivedAt: '2026-01-10T10:00:00Z',
      serviceAreaId: world.other.serviceAreaIds[0]!,
    });
    const res = await world.gql<any>(
      RECURRENCE_QUERY,
      { actionId: id, windowDays: 30 },
      world.org.people.handler,
    );
    expect(res.body.errors).toBeUndefined();
    const r = res.body.data.recurrence;
    expect(r).toMatchObject({
      completedOn: '2026-01-15',
      beforeFrom: '2025-12-16',
      beforeTo: '2026-01-14',
      afterFrom: '2026-01-16',
      afterTo: '2026-02-14',
      afterWindowComplete: true,
      before: 2,
      after: 2,
    });
    expect(r.byRootCause.map((c: any) => [c.rootCauseId, c.before, c.after]).sort()).toEqual(
      [
        [group.id, 1, 1],
        [noUpdate, 2, 1],
      ].sort(),
    );
  });

  it('recurrence: a member of staff may check only an action they own', async () => {
    const mine = await action('mine', {
      status: 'done',
      target: '2026-02-28',
      completedOn: '2026-02-27',
      owner: world.org.people.staff.id,
    });
    const theirs = await action('theirs', {
      status: 'done',
      target: '2026-02-28',
      completedOn: '2026-02-27',
      owner: world.org.people.manager.id,
    });
    const ok = await world.gql<any>(RECURRENCE_QUERY, { actionId: mine }, world.org.people.staff);
    expect(ok.body.data.recurrence).toMatchObject({
      before: 0,
      after: 0,
      afterWindowComplete: false,
      byRootCause: [],
    });
    const refused = await world.gql<any>(
      RECURRENCE_QUERY,
      { actionId: theirs },
      world.org.people.staff,
    );
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
