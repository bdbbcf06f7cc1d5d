import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintState, complaintTimeline, stageStatus } from '@chp/domain';
import { toDomainEvents } from '../src/modules/complaints/journey';
import { DUE_SOON_WORKING_DAYS } from '../src/modules/complaints/timeline.type';
import { createWorld, type World } from './support/world';
import { recordComplaint, step, type ComplaintRef } from './support/complaints';

/**
 * The register: filters, order and paging, and the deadline filter computed in SQL from the
 * projection columns, held equal to the domain's stageStatus. "Today" is Wednesday 4 March 2026.
 */
describe('the complaints register', () => {
  let world: World;
  const made: Record<string, ComplaintRef> = {};
  const list = async (args: string) => {
    const res = await world.gql<any>(
      `{ complaints(${args}) { totalCount items { id reference } } }`,
      {},
      world.org.people.handler,
    );
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    return res.body.data.complaints as {
      totalCount: number;
      items: { id: string; reference: string }[];
    };
  };
  const ids = async (args: string) => (await list(args)).items.map((i) => i.id).sort();
  const named = (...names: string[]) => names.map((n) => made[n]!.id).sort();

  beforeAll(async () => {
    world = await createWorld('2026-03-04T12:00:00Z');
    const org = world.org;
    made.overdueStage1 = await recordComplaint(world, org, { receivedAt: '2026-02-23T10:00:00Z' }); // due Fri 27 Feb
    made.dueToday = await recordComplaint(world, org, {
      receivedAt: '2026-02-26T10:00:00Z',
      serviceAreaId: org.serviceAreaIds[1],
    }); // due Wed 4 Mar
    made.twoDaysLeft = await recordComplaint(world, org, { receivedAt: '2026-03-02T10:00:00Z' }); // due Fri 6 Mar
    made.onTrack = await recordComplaint(world, org, {
      receivedAt: '2026-03-03T10:00:00Z',
      handlerId: org.people.manager.id,
    }); // due Mon 9 Mar
    made.overdueStage2 = await recordComplaint(world, org, {
      receivedAt: '2026-02-02T10:00:00Z',
      stage: 2,
    }); // day 20 Mon 2 Mar
    const late = await recordComplaint(world, org, { receivedAt: '2026-02-23T11:00:00Z' });
    // past day 5 but extended to Thursday 5 March: measured against the extension, due soon
    made.extended = await step(
      world,
      org,
      'extendComplaint',
      '$id: ID!, $version: Int!',
      'id: $id, version: $version, dueOn: "2026-03-05", reason: "Awaiting CCTV"',
      late,
      org.people.manager,
    );
    const toClose = await recordComplaint(world, org, { receivedAt: '2026-02-24T10:00:00Z' });
    made.closedLate = await step(
      world,
      org,
      'closeComplaint',
      '$id: ID!, $version: Int!',
      'id: $id, version: $version, input: { outcome: upheld, spsoSignposted: false, reasons: "We checked the repair record.", communicatedBy: "phone" }',
      toClose,
    );
    const toEscalate = await recordComplaint(world, org, { receivedAt: '2026-02-25T10:00:00Z' });
    made.escalated = await step(
      world,
      org,
      'escalateComplaint',
      '$id: ID!, $version: Int!',
      'id: $id, version: $version',
      toEscalate,
    ); // stage 2 from 4 Mar
    made.otherOrganisation = await recordComplaint(world, world.other, {
      receivedAt: '2026-02-23T10:00:00Z',
    });
  });
  afterAll(async () => {
    await world?.close();
  });

  it("computes 'overdue' and 'due soon' in SQL exactly as the domain's stageStatus does", async () => {
    const rows: { id: string; organisation_id: string }[] = await world.db.dataSource.query(
      `SELECT id, organisation_id FROM complaint WHERE organisation_id = $1`,
      [world.org.id],
    );
    const expected: Record<string, string[]> = { overdue: [], due_soon: [] };
    for (const { id } of rows) {
      const events = toDomainEvents(
        await world.db.dataSource.query(
          `SELECT type, at, stage, payload FROM complaint_event WHERE complaint_id = $1 ORDER BY sequence`,
          [id],
        ),
      );
      const state = complaintState(events);
      const timeline = complaintTimeline(events)[state.stage === 1 ? 'stage1' : 'stage2']!;
      const { status } = stageStatus(
        timeline,
        '2026-03-04',
        {},
        { dueSoonWorkingDays: DUE_SOON_WORKING_DAYS },
      );
      if (status === 'overdue' || status === 'due_soon') expected[status]!.push(id);
    }
    expect(expected.overdue!.sort()).toEqual(named('overdueStage1', 'overdueStage2'));
    expect(expected.due_soon!.sort()).toEqual(named('dueToday', 'twoDaysLeft', 'extended'));
    expect(await ids('deadline: overdue')).toEqual(expected.overdue);
    expect(await ids('deadline: due_soon')).toEqual(expected.due_soon);
  });

  it('moves a complaint from due soon to overdue as the days pass', async () => {
    world.setNow('2026-03-09T09:00:00Z'); // Monday: 6 March has passed
    try {
      expect(await ids('deadline: overdue')).toEqual(
        named('overdueStage1', 'overdueStage2', 'dueToday', 'twoDaysLeft', 'extended'),
      );
      expect(await ids('deadline: due_soon')).toEqual(named('onTrack'));
    } finally {
      world.setNow('2026-03-04T12:00:00Z');
    }
  });

  it('lists newest first, pages, and counts every match', async () => {
    const page1 = await list('limit: 3');
    const page2 = await list('limit: 3, offset: 3');
    expect(page1.totalCount).toBe(8);
    expect(page1.items.map((i) => i.id)).toEqual([
      made.onTrack!.id,
      made.twoDaysLeft!.id,
      made.dueToday!.id,
    ]);
    expect(page2.items).toHaveLength(3);
    expect(new Set([...page1.items, ...page2.items].map((i) => i.id)).size).toBe(6);
  });

  it('never lists another organisation’s complaints', async () => {
    expect(await ids('limit: 100')).not.toContain(made.otherOrganisation!.id);
  });

  it('filters by status, stage, route, service area, handler, outcome and reference prefix', async () => {
    expect(await ids('status: closed')).toEqual(named('closedLate'));
    expect(await ids('stage: 2')).toEqual(named('overdueStage2', 'escalated'));
    expect(await ids('route: stage2_direct')).toEqual(named('overdueStage2'));
    expect(await ids(`serviceAreaId: "${world.org.serviceAreaIds[1]}"`)).toEqual(named('dueToday'));
    expect(await ids(`handlerId: "${world.org.people.manager.id}"`)).toEqual(named('onTrack'));
    expect(await ids('outcome: upheld')).toEqual(named('closedLate'));
    const { items } = await list('limit: 100');
    const one = items.find((i) => i.id === made.dueToday!.id)!;
    expect(await ids(`search: "${one.reference.toLowerCase()}"`)).toEqual(named('dueToday'));
    expect((await list('search: "CMP-2025-"')).totalCount).toBe(0);
  });

  it('filters on the local date of receipt', async () => {
    expect(await ids('receivedFrom: "2026-03-02", receivedTo: "2026-03-03"')).toEqual(
      named('twoDaysLeft', 'onTrack'),
    );
    expect(await ids('receivedTo: "2026-02-02"')).toEqual(named('overdueStage2'));
  });

  it('counts the local date in summer time: 23:30 UTC on 30 June is 1 July in Scotland', async () => {
    world.setNow('2026-07-02T12:00:00Z');
    try {
      const c = await recordComplaint(world, world.org, { receivedAt: '2026-06-30T23:30:00Z' });
      expect(await ids('receivedFrom: "2026-07-01", receivedTo: "2026-07-01"')).toEqual([c.id]);
      expect(await ids('receivedFrom: "2026-06-30", receivedTo: "2026-06-30"')).toEqual([]);
    } finally {
      world.setNow('2026-03-04T12:00:00Z');
    }
  });
});
