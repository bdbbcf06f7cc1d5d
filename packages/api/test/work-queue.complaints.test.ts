import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordComplaint, step, type ComplaintRef } from './support/complaints';
import { signOff } from './support/complaint-stages';
import { must } from './support/must';
import { MY_WORK, REQUEST_SIGN_OFF, requestedExtension } from './support/work';
import { createWorld, type World, type WorldPerson } from './support/world';

/**
 * The complaints part of the work queue (docs/procedure.md, Work queues). Complaints are received
 * on Monday 2 March 2026 at 09:00Z: stage 1 day 5 is Friday 6 March; stage 2 day 3 is Wednesday
 * 4 March and day 20 Friday 27 March. Each test works on its own complaint and reads only it.
 */
describe('work queue: complaints (§40, §60, §62, §65)', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld('2026-03-02T10:00:00Z');
  });
  afterAll(async () => {
    await world?.close();
  });

  const queue = async (as: WorldPerson) => (await must(world, { query: MY_WORK }, as)).myWork;
  const itemsOf = async (as: WorldPerson, complaintId: string) =>
    (await queue(as)).items.filter((i: any) => i.complaintId === complaintId);
  const kindsOf = async (as: WorldPerson, complaintId: string) =>
    (await itemsOf(as, complaintId)).map((i: any) => `${i.kind} ${i.dueOn} ${i.urgency}`);
  const stageTwo = () => recordComplaint(world, world.org, { stage: 2 });

  it('a stage 2 acknowledgement waits for its handler from day one, due on day 3 (§40)', async () => {
    world.setNow('2026-03-02T10:00:00Z');
    const c = await stageTwo();
    const [item] = await itemsOf(world.org.people.handler, c.id);
    expect(item).toMatchObject({
      kind: 'acknowledge_stage_two',
      dueOn: '2026-03-04',
      urgency: 'due_soon',
      workingDaysLeft: 2,
      link: `/complaints/${c.id}`,
      complaintVersion: c.version,
    });
  });

  it('marks an item whose customer has support needs, so the handler sees them from the queue (SPSO practice note: accessibility)', async () => {
    world.setNow('2026-03-02T10:00:00Z');
    const c = await recordComplaint(world, world.org, {
      stage: 2,
      customer: { name: 'Morag Tenant', supportNeeds: { formats: ['large_print'] } },
    });
    const [item] = await itemsOf(world.org.people.handler, c.id);
    expect(item).toMatchObject({ kind: 'acknowledge_stage_two', supportNeeds: true });
  });

  it('leaves the marker off when the customer has none recorded', async () => {
    world.setNow('2026-03-02T10:00:00Z');
    const c = await stageTwo();
    const [item] = await itemsOf(world.org.people.handler, c.id);
    expect(item).toMatchObject({ kind: 'acknowledge_stage_two', supportNeeds: false });
  });

  it('an acknowledged stage 2 leaves the queue (§40)', async () => {
    world.setNow('2026-03-02T10:00:00Z');
    const c = await stageTwo();
    await step(
      world,
      world.org,
      'acknowledgeComplaint',
      '$id: ID!, $version: Int!',
      'id: $id, version: $version',
      c,
    );
    expect(await kindsOf(world.org.people.handler, c.id)).toEqual([]);
  });

  it('a stage 1 response joins 2 working days before day 5: not on Tuesday 3 March, on Wednesday 4 March (§60)', async () => {
    world.setNow('2026-03-02T10:00:00Z');
    const c = await recordComplaint(world, world.org);
    world.setNow('2026-03-03T10:00:00Z');
    expect(await kindsOf(world.org.people.handler, c.id)).toEqual([]);
    world.setNow('2026-03-04T10:00:00Z');
    expect(await kindsOf(world.org.people.handler, c.id)).toEqual(['respond 2026-03-06 due_soon']);
  });

  it('a response past day 5 is overdue, by working days: Monday 9 March is 1 working day late (§26)', async () => {
    world.setNow('2026-03-02T10:00:00Z');
    const c = await recordComplaint(world, world.org);
    world.setNow('2026-03-09T10:00:00Z');
    const [item] = await itemsOf(world.org.people.handler, c.id);
    expect(item).toMatchObject({ kind: 'respond', urgency: 'overdue', workingDaysLeft: -1 });
  });

  it("another handler's complaint is not in my queue; a manager sees only complaints nobody handles besides their own", async () => {
    world.setNow('2026-03-02T10:00:00Z');
    const c = await stageTwo();
    expect(await kindsOf(world.org.people.manager, c.id)).toEqual([]);
    await world.db.dataSource.query(`UPDATE complaint SET handler_id = NULL WHERE id = $1`, [c.id]);
    expect(await kindsOf(world.org.people.manager, c.id)).toEqual([
      'acknowledge_stage_two 2026-03-04 due_soon',
    ]);
    expect(await kindsOf(world.org.people.handler, c.id)).toEqual([]);
  });

  describe('§62 updates on an extended stage 2', () => {
    let c: ComplaintRef;
    beforeAll(async () => {
      world.setNow('2026-03-02T10:00:00Z');
      c = await stageTwo();
      c = await step(
        world,
        world.org,
        'acknowledgeComplaint',
        '$id: ID!, $version: Int!',
        'id: $id, version: $version',
        c,
      );
      world.setNow('2026-03-20T10:00:00Z');
      c = await step(
        world,
        world.org,
        'extendComplaint',
        '$id: ID!, $version: Int!, $dueOn: LocalDate!, $reason: String!',
        'id: $id, version: $version, dueOn: $dueOn, reason: $reason',
        { ...c, dueOn: '2026-05-29', reason: 'Independent surveyor report' },
        world.org.people.manager,
      );
    });

    it('the first update is due 20 working days after day 20: Monday 27 April, Good Friday not counted; not in the queue on Wednesday 22 April (§62)', async () => {
      world.setNow('2026-04-22T10:00:00Z');
      expect(await kindsOf(world.org.people.handler, c.id)).toEqual([]);
    });

    it('it joins on Thursday 23 April, 2 working days before (§62)', async () => {
      world.setNow('2026-04-23T10:00:00Z');
      expect(await kindsOf(world.org.people.handler, c.id)).toEqual([
        'stage_two_update 2026-04-27 due_soon',
      ]);
    });

    it('an update sent leaves the queue: the next is 20 working days after it (§62)', async () => {
      world.setNow('2026-04-23T10:00:00Z');
      c = await step(
        world,
        world.org,
        'recordContactUpdate',
        '$id: ID!, $version: Int!, $note: String!',
        'id: $id, version: $version, note: $note',
        { ...c, note: 'Surveyor visit booked for 5 May' },
      );
      expect(await kindsOf(world.org.people.handler, c.id)).toEqual([]);
      world.setNow('2026-05-20T10:00:00Z');
      expect(await kindsOf(world.org.people.handler, c.id)).toEqual([
        'stage_two_update 2026-05-22 due_soon',
      ]);
    });
  });

  it('an extension asked for waits for managers, not for the handler, and leaves once agreed (§27)', async () => {
    world.setNow('2026-03-02T10:00:00Z');
    let c = await recordComplaint(world, world.org);
    const requestId = await requestedExtension(world, world.org, c.id, '2026-03-11');
    for (const manager of [
      world.org.people.manager,
      world.org.people.senior_manager,
      world.org.people.admin,
    ]) {
      const [item] = await itemsOf(manager, c.id);
      expect(item).toMatchObject({
        kind: 'approve_extension',
        dueOn: '2026-03-06',
        requestId,
        requestedDueOn: '2026-03-11',
        requestReason: 'The contractor’s report is not in yet',
      });
    }
    expect(await kindsOf(world.org.people.handler, c.id)).toEqual([]);
    c = await step(
      world,
      world.org,
      'extendComplaint',
      '$id: ID!, $version: Int!, $dueOn: LocalDate!, $reason: String!',
      'id: $id, version: $version, dueOn: $dueOn, reason: $reason',
      { ...c, dueOn: '2026-03-11', reason: 'The contractor’s report is not in yet' },
      world.org.people.manager,
    );
    expect(await kindsOf(world.org.people.senior_manager, c.id)).toEqual([]);
  });

  it('a sign-off asked for waits for empowered managers, not the administrator, until signed off (§65)', async () => {
    world.setNow('2026-03-02T10:00:00Z');
    const c = await stageTwo();
    await must(
      world,
      { query: REQUEST_SIGN_OFF, variables: { complaintId: c.id } },
      world.org.people.handler,
    );
    expect(await kindsOf(world.org.people.senior_manager, c.id)).toEqual([
      'sign_off 2026-03-27 later',
    ]);
    expect(await kindsOf(world.org.people.admin, c.id)).toEqual([]);
    await signOff(world, world.org, c);
    expect(await kindsOf(world.org.people.senior_manager, c.id)).toEqual([]);
  });

  it('a request on a complaint that moved on to stage 2 no longer waits (§36)', async () => {
    world.setNow('2026-03-02T10:00:00Z');
    const c = await recordComplaint(world, world.org);
    await requestedExtension(world, world.org, c.id);
    await step(
      world,
      world.org,
      'escalateComplaint',
      '$id: ID!, $version: Int!',
      'id: $id, version: $version',
      c,
    );
    expect((await itemsOf(world.org.people.manager, c.id)).map((i: any) => i.kind)).toEqual([]);
  });
});
