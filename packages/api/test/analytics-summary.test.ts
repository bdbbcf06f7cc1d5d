import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordComplaint, step } from './support/complaints';
import { createWorld, type World } from './support/world';

const FIGURES =
  'received, closed, resolved, upheld, partially_upheld, not_upheld, working_days, within_timescale, extended, not_a_complaint, withdrawn, out_of_time, duplicate';
/** A summary row that counts something (rows netting to zero are dropped on both sides). */
const COUNTS = `(received, closed, working_days, not_a_complaint, withdrawn, out_of_time, duplicate) <> (0, 0, 0, 0, 0, 0, 0)`;

/** The summary as stored (rows that net to zero dropped) and as recomputed from every complaint. */
async function storedAndRecomputed(world: World) {
  const stored = await world.db.dataSource.query(
    `SELECT organisation_id, date::text, bucket, ${FIGURES} FROM indicator_day
      WHERE ${COUNTS} ORDER BY 1, 2, 3`,
  );
  const recomputed = await world.db.dataSource.query(
    `SELECT * FROM (SELECT x.organisation_id, x.date::text, x.bucket, ${FIGURES.split(', ')
      .map((f) => `sum(x.${f})::${f === 'working_days' ? 'bigint' : 'int'} AS ${f}`)
      .join(', ')}
       FROM complaint c CROSS JOIN LATERAL indicator_contributions(c, 1) x
      GROUP BY 1, 2, 3) r WHERE ${COUNTS} ORDER BY 1, 2, 3`,
  );
  return { stored, recomputed };
}

const close = (world: World, c: { id: string; version: number }, input: Record<string, unknown>) =>
  step(
    world,
    world.org,
    'closeComplaint',
    '$id: ID!, $version: Int!, $input: CloseComplaintInput!',
    'id: $id, version: $version, input: $input',
    { ...c, input },
  );

describe('the indicator_day summary stays exact through every write', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld('2026-03-02T10:00:00Z');
  });
  afterAll(async () => {
    await world?.close();
  });

  it('after recording, extending, closing, escalating and closing again through the API, the summary equals a recount of every complaint', async () => {
    const open = await recordComplaint(world, world.org);
    const closedAtOne = await close(world, await recordComplaint(world, world.org), {
      outcome: 'upheld',
      spsoSignposted: false,
      reasons: 'We checked the repair record.',
      communicatedBy: 'phone',
    });
    let escalated = await close(world, await recordComplaint(world, world.org), {
      outcome: 'not_upheld',
      spsoSignposted: false,
      reasons: 'We checked the repair record.',
      communicatedBy: 'phone',
    });
    world.setNow('2026-03-04T10:00:00Z');
    escalated = await step(
      world,
      world.org,
      'escalateComplaint',
      '$id: ID!, $version: Int!',
      'id: $id, version: $version',
      escalated,
    );
    escalated = await step(
      world,
      world.org,
      'extendComplaint',
      '$id: ID!, $version: Int!, $dueOn: LocalDate!, $reason: String!',
      'id: $id, version: $version, dueOn: $dueOn, reason: $reason',
      { ...escalated, dueOn: '2026-04-30', reason: 'Contractor report awaited' },
      world.org.people.manager,
    );
    escalated = await step(
      world,
      world.org,
      'signOffResponse',
      '$id: ID!, $version: Int!',
      'id: $id, version: $version',
      escalated,
      world.org.people.manager,
    );
    await close(world, escalated, {
      outcome: 'partially_upheld',
      spsoSignposted: true,
      communicatedBy: 'letter',
    });
    void open;
    void closedAtOne;

    const { stored, recomputed } = await storedAndRecomputed(world);
    expect(recomputed.length).toBeGreaterThan(2);
    expect(stored).toEqual(recomputed);
  });

  it('after an enquiry, a withdrawal and a duplicate (docs/procedure.md, Before stage 1), the summary still equals a recount', async () => {
    world.setNow('2026-03-05T10:00:00Z');
    await recordComplaint(world, world.org, {
      contactType: 'enquiry',
      signposting: 'Rent line',
      receivedAt: '2026-03-05T09:00:00Z',
    });
    const original = await recordComplaint(world, world.org, {
      receivedAt: '2026-03-05T09:00:00Z',
    });
    const repeat = await recordComplaint(world, world.org, { receivedAt: '2026-03-05T09:00:00Z' });
    const other = (c: { id: string; version: number }, vars: Record<string, unknown>) =>
      step(
        world,
        world.org,
        'recordOtherOutcome',
        '$id: ID!, $version: Int!, $outcome: OtherOutcome!, $reason: String!, $duplicateOfId: ID',
        'id: $id, version: $version, outcome: $outcome, reason: $reason, duplicateOfId: $duplicateOfId',
        { ...c, ...vars },
      );
    await other(repeat, { outcome: 'duplicate', reason: 'Same', duplicateOfId: original.id });
    await other(original, { outcome: 'withdrawn', reason: 'Sorted' });
    const { stored, recomputed } = await storedAndRecomputed(world);
    expect(stored).toEqual(recomputed);
    const [day] = await world.db.dataSource.query(
      `SELECT sum(received)::int AS received, sum(not_a_complaint)::int AS n, sum(withdrawn)::int AS w, sum(duplicate)::int AS d
         FROM indicator_day WHERE organisation_id = $1 AND date = '2026-03-05'`,
      [world.org.id],
    );
    // three records that day: only the withdrawn one was a complaint received
    expect(day).toEqual({ received: 1, n: 1, w: 1, d: 1 });
  });

  it("a strike day inside a closed complaint's stage lowers its working days taken in the summary, as in the stored projection", async () => {
    world.setNow('2026-03-06T12:00:00Z');
    await close(world, await recordComplaint(world, world.org), {
      outcome: 'resolved',
      spsoSignposted: false,
      reasons: 'We checked the repair record.',
      communicatedBy: 'phone',
      at: '2026-03-06T10:00:00Z',
      resolution: { agreedAction: 'Repair booked for Monday', customerAgreedOn: '2026-03-06' },
    }); // Monday 2 to Friday 6 March: 5 working days
    const before = await world.db.dataSource.query(
      `SELECT sum(working_days)::int AS n FROM indicator_day WHERE organisation_id = $1`,
      [world.org.id],
    );
    const res = await world.gql(
      'mutation { addClosureDay(day: { date: "2026-03-05", reason: industrial_action }) { date } }',
      {},
      world.org.people.admin,
    );
    expect(res.body.errors).toBeUndefined();
    const after = await world.db.dataSource.query(
      `SELECT sum(working_days)::int AS n FROM indicator_day WHERE organisation_id = $1`,
      [world.org.id],
    );
    expect(after[0].n).toBe(before[0].n - 1);
    const { stored, recomputed } = await storedAndRecomputed(world);
    expect(stored).toEqual(recomputed);
  });
});
