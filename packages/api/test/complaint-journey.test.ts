import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scottishBankHolidays } from '@chp/domain';
import { createWorld, type World } from './support/world';
import { complaintInput, RECORD } from './support/complaints';

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
const TIMELINE = `
  fragment Stage on StageTimeline {
    dayOne dueOn extendedDueOn acknowledgeBy acknowledgedOn closedOn outcome workingDays withinTimescale
    status deadline workingDaysElapsed workingDaysRemaining transferred
  }`;
const DETAIL = `query($id: ID!) {
  complaint(id: $id) {
    id version reference status currentStage route escalatedAt escalationExceptionalCircumstances spsoDecision spsoDecidedOn
    journey { sequence type stage at details recordedBy { id } }
    points { id position description finding findingReason }
    timeline { stage1 { ...Stage } stage2 { ...Stage } nextUpdateDue escalationDeadline spsoDeadline }
  }
} ${TIMELINE}`;

describe('a complaint walked from stage 1 through escalation, an extended stage 2, closure and the SPSO decision', () => {
  let world: World;
  let id: string;
  let version: number;

  beforeAll(async () => {
    world = await createWorld('2026-03-02T10:00:00Z');
  });
  afterAll(async () => {
    await world?.close();
  });

  const detail = async () => {
    const res = await world.gql<any>(DETAIL, { id }, world.org.people.handler);
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    return res.body.data.complaint;
  };
  const stored = async () =>
    world.db.dataSource.query(
      `SELECT sequence, type, stage, at, payload, recorded_by_id FROM complaint_event WHERE complaint_id = $1 ORDER BY sequence`,
      [id],
    );
  const run = async (
    mutation: string,
    variables: Record<string, unknown>,
    as = world.org.people.handler,
  ) => {
    const res = await world.gql<any>(mutation, { id, version, ...variables }, as);
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    const field = Object.values(res.body.data)[0] as { version: number };
    expect(field.version).toBe(version + 1);
    version = field.version;
    return field;
  };

  it('uses a calendar where Good Friday is a Scottish bank holiday and Easter Monday is not', () => {
    const holidays = scottishBankHolidays(2026);
    expect(holidays).toContain('2026-04-03');
    expect(holidays).not.toContain('2026-04-06');
    expect(holidays).toContain('2026-05-04');
  });

  it('records a complaint received on Monday 2 March at stage 1: day one that Monday, due Friday 6 March', async () => {
    const res = await world.gql<any>(
      RECORD,
      {
        input: complaintInput(world.org, {
          receivedAt: '2026-03-02T10:00:00Z',
          awareOn: '2026-02-27',
          namedStaffIds: [world.org.people.staff.id],
        }),
      },
      world.org.people.handler,
    );
    expect(res.body.errors).toBeUndefined();
    ({ id, version } = res.body.data.recordComplaint);
    expect(res.body.data.recordComplaint.reference).toBe('CMP-2026-00001');
    expect(version).toBe(1);

    const rows = await stored();
    expect(rows.map((r: any) => [r.sequence, r.type, r.stage])).toEqual([[1, 'received', 1]]);
    expect(rows[0].at.toISOString()).toBe('2026-03-02T10:00:00.000Z');
    expect(rows[0].payload).toEqual({ awareOn: '2026-02-27', channel: 'email' });
    expect(rows[0].recorded_by_id).toBe(world.org.people.handler.id);

    const c = await detail();
    expect(c).toMatchObject({ status: 'open', currentStage: 1, route: 'stage1' });
    expect(c.timeline.stage1).toMatchObject({
      dayOne: '2026-03-02',
      dueOn: '2026-03-06',
      extendedDueOn: null,
      closedOn: null,
      workingDays: null,
      withinTimescale: null,
      status: 'on_track',
      deadline: '2026-03-06',
      workingDaysElapsed: 1,
      workingDaysRemaining: 4,
      transferred: false,
    });
    expect(c.timeline.stage2).toBeNull();
    expect(c.timeline.spsoDeadline).toBe('2027-02-27');
    const [row] = await world.db.dataSource.query(
      `SELECT stage1_day_one::text, stage1_due_on::text, about_named_staff FROM complaint WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({
      stage1_day_one: '2026-03-02',
      stage1_due_on: '2026-03-06',
      about_named_staff: true,
    });
  });

  it('shows stage 1 as due soon on Thursday 5 March (one working day left)', async () => {
    world.setNow('2026-03-05T09:00:00Z');
    expect((await detail()).timeline.stage1).toMatchObject({
      status: 'due_soon',
      workingDaysElapsed: 4,
      workingDaysRemaining: 1,
    });
  });

  it('closes stage 1 not upheld on Thursday 5 March: 4 working days, within timescale', async () => {
    world.setNow('2026-03-05T15:00:00Z');
    await run(
      'mutation($id: ID!, $version: Int!, $input: CloseComplaintInput!) { closeComplaint(id: $id, version: $version, input: $input) { version } }',
      { input: { outcome: 'not_upheld', spsoSignposted: false } },
    );
    const rows = await stored();
    expect(rows.map((r: any) => [r.sequence, r.type, r.stage])).toEqual([
      [1, 'received', 1],
      [2, 'closed', 1],
    ]);
    expect(rows[1].payload).toMatchObject({ outcome: 'not_upheld', spsoSignposted: false });
    const c = await detail();
    expect(c).toMatchObject({ status: 'closed', currentStage: 1 });
    expect(c.timeline.stage1).toMatchObject({
      closedOn: '2026-03-05',
      outcome: 'not_upheld',
      workingDays: 4,
      withinTimescale: true,
      status: 'closed_on_time',
    });
    // the later of aware + 6 months (27 Aug) and the stage 1 response + 2 months (5 May)
    expect(c.timeline.escalationDeadline).toBe('2026-08-27');
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
      { id, version },
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
      { id, version, input: { outcome: 'upheld', spsoSignposted: true } },
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

  it('closes stage 2 on Friday 22 May with findings that make it partially upheld: 36 working days, late against day 20', async () => {
    world.setNow('2026-05-22T14:00:00Z');
    const points = (await detail()).points;
    const causes: { id: string }[] = await world.db.dataSource.query(
      `SELECT id FROM root_cause WHERE organisation_id = $1 AND parent_id IS NOT NULL ORDER BY name LIMIT 2`,
      [world.org.id],
    );
    await run(
      'mutation($id: ID!, $version: Int!, $input: CloseComplaintInput!) { closeComplaint(id: $id, version: $version, input: $input) { version } }',
      {
        input: {
          spsoSignposted: true,
          findings: [
            { pointId: points[0].id, finding: 'upheld', reason: 'Two missed appointments' },
            { pointId: points[1].id, finding: 'upheld' },
            { pointId: points[2].id, finding: 'not_upheld', reason: 'No evidence' },
          ],
          rootCauseIds: causes.map((c) => c.id),
        },
      },
    );
    const rows = await stored();
    expect(rows.map((r: any) => r.type)).toEqual([
      'received',
      'closed',
      'escalated',
      'acknowledged',
      'points_agreed',
      'extended',
      'contact_update',
      'signed_off',
      'closed',
    ]);
    expect(rows.at(-1)).toMatchObject({
      sequence: 9,
      stage: 2,
      payload: {
        outcome: 'partially_upheld',
        spsoSignposted: true,
        signedOffById: world.org.people.manager.id,
      },
    });
    const c = await detail();
    expect(c).toMatchObject({ status: 'closed', currentStage: 2 });
    expect(c.points.map((p: any) => p.finding)).toEqual(['upheld', 'upheld', 'not_upheld']);
    expect(c.timeline.stage2).toMatchObject({
      dayOne: '2026-04-01',
      dueOn: '2026-04-29',
      extendedDueOn: '2026-05-26',
      closedOn: '2026-05-22',
      outcome: 'partially_upheld',
      workingDays: 36,
      withinTimescale: false,
      status: 'closed_late',
    });
    expect(c.timeline.nextUpdateDue).toBeNull();
    const [row] = await world.db.dataSource.query(
      `SELECT status, stage2_outcome, stage2_working_days, stage2_within_timescale, stage2_closed_on::text FROM complaint WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({
      status: 'closed',
      stage2_outcome: 'partially_upheld',
      stage2_working_days: 36,
      stage2_within_timescale: false,
      stage2_closed_on: '2026-05-22',
    });
    const linked = await world.db.dataSource.query(
      `SELECT root_cause_id FROM complaint_root_cause WHERE complaint_id = $1 ORDER BY root_cause_id`,
      [id],
    );
    expect(linked.map((r: any) => r.root_cause_id)).toEqual(causes.map((c) => c.id).sort());
  });

  it("records the SPSO's decision after the stage 2 closure", async () => {
    world.setNow('2026-09-15T10:00:00Z');
    await run(
      'mutation($id: ID!, $version: Int!) { recordSpsoDecision(id: $id, version: $version, decision: not_upheld, decidedOn: "2026-09-10") { version } }',
      {},
    );
    expect((await stored()).at(-1)).toMatchObject({
      sequence: 10,
      type: 'spso_decision',
      stage: 2,
      payload: { decision: 'not_upheld', decidedOn: '2026-09-10' },
    });
    const c = await detail();
    expect(c).toMatchObject({
      spsoDecision: 'not_upheld',
      spsoDecidedOn: '2026-09-10',
      version: 10,
    });
    expect(c.journey.map((e: any) => e.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('treats later dissatisfaction as post-closure contact signposted to the SPSO (§76)', async () => {
    await run(
      'mutation($id: ID!, $version: Int!) { recordPostClosureContact(id: $id, version: $version, note: "Still unhappy", dissatisfied: true) { version } }',
      {},
    );
    expect((await stored()).at(-1)).toMatchObject({
      sequence: 11,
      type: 'post_closure_contact',
      payload: { meaning: 'signpost_spso', dissatisfied: true },
    });
  });

  it('keeps the audit log of every step', async () => {
    const ops = await world.db.dataSource.query(
      `SELECT operation FROM audit_log WHERE entity = 'complaint' AND entity_id = $1 ORDER BY id`,
      [id],
    );
    expect(ops.map((o: any) => o.operation)).toEqual([
      'recordComplaint',
      'closeComplaint',
      'escalateComplaint',
      'acknowledgeComplaint',
      'agreePointsOfComplaint',
      'extendComplaint',
      'recordContactUpdate',
      'signOffResponse',
      'closeComplaint',
      'recordSpsoDecision',
      'recordPostClosureContact',
    ]);
  });
});
