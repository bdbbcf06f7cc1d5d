import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from './support/world';
import { walkStageOne, walkStageTwoToSignOff } from './support/complaint-journey-steps';
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
// The stage 2 closure and what follows it; starts where complaint-journey.stage-two.test.ts stops.
describe('a complaint walked from stage 1 through escalation, an extended stage 2, closure and the SPSO decision', () => {
  let world: World;
  const walked: WalkedComplaint = { id: '', version: 0 };
  const { detail, stored, run } = walkCalls(() => world, walked);

  beforeAll(async () => {
    world = await createWorld('2026-03-02T10:00:00Z');
    await walkStageOne(world, walked);
    await walkStageTwoToSignOff(world, walked);
  });
  afterAll(async () => {
    await world?.close();
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
          communicatedBy: 'letter',
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
        communicatedBy: 'letter',
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
      [walked.id],
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
      [walked.id],
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
      [walked.id],
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
