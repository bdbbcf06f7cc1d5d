import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scottishBankHolidays } from '@chp/domain';
import { createWorld, type World } from './support/world';
import { complaintInput, RECORD } from './support/complaints';
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
// Stage 1: the calendar, the receipt and the stage 1 closure.
describe('a complaint walked from stage 1 through escalation, an extended stage 2, closure and the SPSO decision', () => {
  let world: World;
  const walked: WalkedComplaint = { id: '', version: 0 };
  const { detail, stored, run } = walkCalls(() => world, walked);

  beforeAll(async () => {
    world = await createWorld('2026-03-02T10:00:00Z');
  });
  afterAll(async () => {
    await world?.close();
  });

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
    ({ id: walked.id, version: walked.version } = res.body.data.recordComplaint);
    expect(res.body.data.recordComplaint.reference).toBe('CMP-2026-00001');
    expect(walked.version).toBe(1);

    const rows = await stored();
    expect(rows.map((r: any) => [r.sequence, r.type, r.stage])).toEqual([[1, 'received', 1]]);
    expect(rows[0].at.toISOString()).toBe('2026-03-02T10:00:00.000Z');
    // a complaint, and in time: aware on 27 February, so the last day to complain is 27 August (§11)
    expect(rows[0].payload).toEqual({
      awareOn: '2026-02-27',
      channel: 'email',
      contactType: 'complaint',
      timeLimitLastDay: '2026-08-27',
      inTime: true,
    });
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
    // the twelve months beginning with 27 February 2026 end on 26 February 2027 (§75)
    expect(c.timeline.spsoDeadline).toBe('2027-02-26');
    const [row] = await world.db.dataSource.query(
      `SELECT stage1_day_one::text, stage1_due_on::text, about_named_staff FROM complaint WHERE id = $1`,
      [walked.id],
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
      {
        input: {
          outcome: 'not_upheld',
          spsoSignposted: false,
          reasons: 'We checked the repair record.',
          communicatedBy: 'phone',
        },
      },
    );
    const rows = await stored();
    expect(rows.map((r: any) => [r.sequence, r.type, r.stage])).toEqual([
      [1, 'received', 1],
      [2, 'closed', 1],
    ]);
    expect(rows[1].payload).toMatchObject({
      outcome: 'not_upheld',
      spsoSignposted: false,
      reasons: 'We checked the repair record.',
      communicatedBy: 'phone',
    });
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
});
