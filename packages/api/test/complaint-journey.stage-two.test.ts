import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from './support/world';
import { walkStageOne } from './support/complaint-journey-steps';
import { walkCalls, type WalkedComplaint } from './support/walked-complaint';

/**
 * One complaint walked through the whole procedure over HTTP, checking after every step the
 * stored journey (complaint_event rows, in order) and the timeline the API computes with
 * @chp/domain. Dates are chosen so the rules show:
 * - received Monday 2 March 2026: stage 1 day one 2 March, day 5 Friday 6 March;
 * - escalated Wednesday 1 April: stage 2 day 3 is Monday 6 April, because Good Friday (3 April)
 *   is a Scottish bank holiday and Easter Monday (6 April) is not; day 20 is Wednesday 29 April;
 * - extended to Tuesday 26 May; closed Friday 22 May after 36 working days (4 May is a bank holiday):
 *   late against day 20 even though within the extension.
 */
// Stage 2 up to the sign-off; starts where complaint-journey.stage-one.test.ts stops.
describe('a complaint walked from stage 1 through escalation, an extended stage 2, closure and the SPSO decision', () => {
  let world: World;
  const walked: WalkedComplaint = { id: '', version: 0 };
  const { detail, stored, run } = walkCalls(() => world, walked);

  beforeAll(async () => {
    world = await createWorld('2026-03-02T10:00:00Z');
    await walkStageOne(world, walked);
  });
  afterAll(async () => {
    await world?.close();
  });

  it('escalates on Wednesday 1 April: stage 2 acknowledgement due Easter Monday 6 April, response due 29 April', async () => {
    world.setNow('2026-04-01T10:00:00Z');
    await run(
      'mutation($id: ID!, $version: Int!) { escalateComplaint(id: $id, version: $version) { version } }',
      {},
    );
    const rows = await stored();
    expect(rows.map((r: any) => [r.sequence, r.type, r.stage])).toEqual([
      [1, 'received', 1],
      [2, 'closed', 1],
      [3, 'escalated', 2],
    ]);
    expect(rows[2].payload).toMatchObject({
      transfer: false,
      inTime: true,
      deadline: '2026-08-27',
    });
    const c = await detail();
    expect(c).toMatchObject({
      status: 'open',
      currentStage: 2,
      route: 'stage1',
      escalatedAt: '2026-04-01T10:00:00.000Z',
    });
    expect(c.timeline.stage2).toMatchObject({
      dayOne: '2026-04-01',
      acknowledgeBy: '2026-04-06',
      dueOn: '2026-04-29',
      extendedDueOn: null,
      closedOn: null,
      status: 'on_track',
    });
    expect(c.timeline.escalationDeadline).toBeNull();
    // stage 1 keeps its own figures
    expect(c.timeline.stage1).toMatchObject({ workingDays: 4, withinTimescale: true });
  });

  it('acknowledges on Easter Monday 6 April, a working day in Scotland: on time', async () => {
    world.setNow('2026-04-06T09:00:00Z');
    await run(
      'mutation($id: ID!, $version: Int!) { acknowledgeComplaint(id: $id, version: $version) { version } }',
      {},
    );
    expect((await stored()).at(-1)).toMatchObject({ sequence: 4, type: 'acknowledged', stage: 2 });
    expect((await detail()).timeline.stage2).toMatchObject({
      acknowledgedOn: '2026-04-06',
      acknowledgeBy: '2026-04-06',
    });
  });

  it('agrees three points of complaint with the customer', async () => {
    world.setNow('2026-04-07T11:00:00Z');
    await run(
      'mutation($id: ID!, $version: Int!, $points: [String!]!) { agreePointsOfComplaint(id: $id, version: $version, points: $points) { version } }',
      {
        points: [
          'The boiler repair was not done',
          'Nobody returned calls',
          'The surveyor was rude',
        ],
      },
    );
    const last = (await stored()).at(-1);
    expect(last).toMatchObject({ sequence: 5, type: 'points_agreed', stage: 2 });
    expect(last.payload.points).toHaveLength(3);
    const c = await detail();
    expect(c.points.map((p: any) => [p.position, p.description, p.finding])).toEqual([
      [1, 'The boiler repair was not done', null],
      [2, 'Nobody returned calls', null],
      [3, 'The surveyor was rude', null],
    ]);
  });

  it('lets a manager, not the handler, extend stage 2 to Tuesday 26 May; the first update is due 29 May', async () => {
    world.setNow('2026-04-27T10:00:00Z');
    const refused = await world.gql<any>(
      'mutation($id: ID!, $version: Int!) { extendComplaint(id: $id, version: $version, dueOn: "2026-05-26", reason: "Independent surveyor report") { version } }',
      { id: walked.id, version: walked.version },
      world.org.people.handler,
    );
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await stored()).toHaveLength(5);

    await run(
      'mutation($id: ID!, $version: Int!) { extendComplaint(id: $id, version: $version, dueOn: "2026-05-26", reason: "Independent surveyor report") { version } }',
      {},
      world.org.people.manager,
    );
    const last = (await stored()).at(-1);
    expect(last).toMatchObject({
      sequence: 6,
      type: 'extended',
      stage: 2,
      recorded_by_id: world.org.people.manager.id,
    });
    expect(last.payload).toMatchObject({
      dueOn: '2026-05-26',
      reason: 'Independent surveyor report',
    });
    const c = await detail();
    expect(c.timeline.stage2).toMatchObject({
      dueOn: '2026-04-29',
      extendedDueOn: '2026-05-26',
      deadline: '2026-05-26',
      status: 'on_track',
      workingDaysRemaining: 19,
    });
    // 20 working days after day 20 (29 April), skipping the 4 and 25 May bank holidays
    expect(c.timeline.nextUpdateDue).toBe('2026-05-29');
  });

  it('records a contact update on 20 May: the next one is due 20 working days later, 18 June', async () => {
    world.setNow('2026-05-20T10:00:00Z');
    await run(
      'mutation($id: ID!, $version: Int!, $note: String!) { recordContactUpdate(id: $id, version: $version, note: $note) { version } }',
      { note: 'Wrote to Ms Tenant and to the surveyor: report received, response by 26 May' },
    );
    expect((await stored()).at(-1)).toMatchObject({
      sequence: 7,
      type: 'contact_update',
      stage: 2,
    });
    const c = await detail();
    expect(c.timeline.nextUpdateDue).toBe('2026-06-18');
    expect(c.timeline.stage2).toMatchObject({
      status: 'on_track',
      workingDaysElapsed: 34,
      workingDaysRemaining: 3,
    });
  });

  it('refuses to close stage 2 before a manager signs off the response', async () => {
    world.setNow('2026-05-22T09:00:00Z');
    const res = await world.gql<any>(
      'mutation($id: ID!, $version: Int!, $input: CloseComplaintInput!) { closeComplaint(id: $id, version: $version, input: $input) { version } }',
      {
        id: walked.id,
        version: walked.version,
        input: { outcome: 'upheld', spsoSignposted: true, communicatedBy: 'letter' },
      },
      world.org.people.handler,
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'SIGN_OFF_REQUIRED',
      field: 'signOff',
    });
    expect(await stored()).toHaveLength(7);
  });

  it('records the sign-off of a manager empowered to give the final response', async () => {
    world.setNow('2026-05-22T10:00:00Z');
    await run(
      'mutation($id: ID!, $version: Int!) { signOffResponse(id: $id, version: $version) { version } }',
      {},
      world.org.people.manager,
    );
    expect((await stored()).at(-1)).toMatchObject({
      sequence: 8,
      type: 'signed_off',
      stage: 2,
      payload: { byId: world.org.people.manager.id, empowered: true },
    });
  });
});
