import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintState, spsoIndicators, type ComplaintEvent } from '@chp/domain';
import {
  loadTimelineSettings,
  toDomainEvents,
  type StoredEvent,
} from '../src/modules/complaints/journey';
import { INDICATORS_QUERY, TRENDS_QUERY } from './operations/analytics.operations';
import { expected, actual } from './support/indicator-reference';
import { createWorld, tableCounts, type World } from './support/world';
import { recordComplaint, step, type ComplaintRef } from './support/complaints';
import { closeStageOne } from './support/complaint-stages';

/**
 * Corrections (docs/procedure.md, Correcting a record), over HTTP on a real PostgreSQL: a
 * correction or a void is a journey step of its own, and the projection, the indicator summary
 * and the register's search words follow the corrected journey in the same transaction.
 * Complaints are received Monday 2 March 2026 09:00Z (stage 1 day 5 is Friday 6 March).
 */

const CORRECT =
  'mutation($id: ID!, $version: Int!, $input: ComplaintCorrectionInput!, $reason: String!) { correctComplaint(id: $id, version: $version, input: $input, reason: $reason) { id version } }';
const VOID =
  'mutation($id: ID!, $version: Int!, $eventId: ID!, $reason: String!) { voidComplaintStep(id: $id, version: $version, eventId: $eventId, reason: $reason) { id version } }';
const DETAIL = `query($id: ID!) { complaint(id: $id) { id version status currentStage awareOn category serviceArea { id }
  timeline { escalationDeadline stage1 { closedOn } }
  journey { id type voided voidedEventId recordedBy { id } corrections { field personal withheld before after } } } }`;

describe('correcting a recorded complaint and voiding a step recorded by mistake', () => {
  let world: World;

  const detail = async (id: string, as = world.org.people.handler) => {
    const res = await world.gql<any>(DETAIL, { id }, as);
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    return res.body.data.complaint;
  };
  const correct = (c: ComplaintRef, input: object, as = world.org.people.handler) =>
    world.gql<any>(CORRECT, { ...c, input, reason: 'Typed against the wrong record' }, as);
  const voidStep = (c: ComplaintRef, eventId: string, as = world.org.people.manager) =>
    world.gql<any>(VOID, { ...c, eventId, reason: 'Closed by mistake: wrong complaint' }, as);
  const ok = (res: { body: any }, name: string): ComplaintRef => {
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    return res.body.data[name];
  };
  const eventOf = async (id: string, type: string): Promise<string> =>
    (await detail(id)).journey.find((e: any) => e.type === type && !e.voided).id;

  beforeAll(async () => {
    world = await createWorld('2026-03-02T10:00:00Z');
  });
  afterAll(async () => {
    await world?.close();
  });

  it('changing the awareness date moves the escalation limit (§36, Appendix 1 §12)', async () => {
    // aware 20 Feb 2026, closed 5 Mar: limit is six months from awareness, 20 Aug 2026
    let c = await recordComplaint(world, world.org, { awareOn: '2026-02-20' });
    world.setNow('2026-03-05T15:00:00Z');
    c = await closeStageOne(world, world.org, c);
    expect((await detail(c.id)).timeline.escalationDeadline).toBe('2026-08-20');
    world.setNow('2026-03-10T10:00:00Z');
    // corrected to 1 Aug 2025: six months on is 1 Feb 2026, so two months from the response, 5 May
    c = ok(await correct(c, { awareOn: '2025-08-01' }), 'correctComplaint');
    const after = await detail(c.id);
    expect(after.awareOn).toBe('2025-08-01');
    expect(after.timeline.escalationDeadline).toBe('2026-05-05');
    expect(after.journey.at(-1)).toMatchObject({
      type: 'corrected',
      recordedBy: { id: world.org.people.handler.id },
      corrections: [
        {
          field: 'awareOn',
          personal: false,
          withheld: false,
          before: '2026-02-20',
          after: '2025-08-01',
        },
      ],
    });
  });

  it('a handler corrects the service area; the journey shows before and after, and why (docs/procedure.md, Correcting a record)', async () => {
    world.setNow('2026-03-02T10:00:00Z');
    let c = await recordComplaint(world, world.org);
    c = ok(await correct(c, { serviceAreaId: world.org.serviceAreaIds[1] }), 'correctComplaint');
    const d = await detail(c.id);
    expect(d.serviceArea.id).toBe(world.org.serviceAreaIds[1]);
    expect(d.journey.at(-1).corrections).toEqual([
      {
        field: 'serviceAreaId',
        personal: false,
        withheld: false,
        before: world.org.serviceAreaIds[0],
        after: world.org.serviceAreaIds[1],
      },
    ]);
    const [row] = await world.db.dataSource.query(
      `SELECT payload->>'reason' AS reason FROM complaint_event WHERE complaint_id = $1 AND type = 'corrected'`,
      [c.id],
    );
    expect(row.reason).toBe('Typed against the wrong record');
  });

  it('voiding a mistaken closure reopens stage 1: the register and the indicators change with it (§29)', async () => {
    world.setNow('2026-03-02T10:00:00Z');
    let c = await recordComplaint(world, world.org);
    world.setNow('2026-03-04T10:00:00Z');
    c = await closeStageOne(world, world.org, c);
    const closedOn = async () =>
      (
        await world.db.dataSource.query(
          `SELECT coalesce(sum(closed), 0)::int AS n FROM indicator_day WHERE organisation_id = $1 AND date = '2026-03-04' AND bucket = 1`,
          [world.org.id],
        )
      )[0].n;
    expect(await closedOn()).toBe(1);
    world.setNow('2026-03-05T10:00:00Z');
    c = ok(await voidStep(c, await eventOf(c.id, 'closed')), 'voidComplaintStep');
    const d = await detail(c.id);
    expect([d.status, d.currentStage, d.timeline.stage1.closedOn]).toEqual(['open', 1, null]);
    expect(d.journey.find((e: any) => e.type === 'closed').voided).toBe(true);
    expect(d.journey.at(-1)).toMatchObject({ type: 'voided', voidedEventId: expect.any(String) });
    expect(await closedOn()).toBe(0);
    const [row] = await world.db.dataSource.query(
      `SELECT status, stage1_closed_on FROM complaint WHERE id = $1`,
      [c.id],
    );
    expect(row).toEqual({ status: 'open', stage1_closed_on: null });
    // stage 1 open again: it can be closed again, the right way
    c = await closeStageOne(world, world.org, c);
    expect((await detail(c.id)).status).toBe('closed');
  });

  it('correcting the summary changes what the register search finds (docs/procedure.md, Correcting a record)', async () => {
    world.setNow('2026-03-02T10:00:00Z');
    const c = await recordComplaint(world, world.org);
    ok(await correct(c, { summary: 'Damp in the bedroom never treated' }), 'correctComplaint');
    const search = async (term: string) =>
      (
        await world.gql<any>(
          'query($s: String) { complaints(search: $s) { items { id } } }',
          { s: term },
          world.org.people.handler,
        )
      ).body.data.complaints.items.map((i: any) => i.id);
    expect(await search('damp')).toContain(c.id);
    expect(await search('boiler')).not.toContain(c.id);
  });

  it('communications staff see which details were corrected, never the before and after of personal data', async () => {
    world.setNow('2026-03-02T10:00:00Z');
    const c = ok(
      await correct(await recordComplaint(world, world.org), {
        category: 'Rent',
        customer: { name: 'Morag Tennant' },
      }),
      'correctComplaint',
    );
    const seen = (await detail(c.id, world.org.people.communications)).journey.at(-1).corrections;
    expect(seen).toEqual([
      { field: 'category', personal: false, withheld: false, before: 'Repairs', after: 'Rent' },
      { field: 'customer.name', personal: true, withheld: true, before: null, after: null },
    ]);
    const handler = (await detail(c.id)).journey.at(-1).corrections;
    expect(handler[1]).toMatchObject({ before: 'Morag Tenant', after: 'Morag Tennant' });
  });

  it("a handler corrects the customer's e-mail and preferred contact; only those change (docs/procedure.md, Correcting a record)", async () => {
    world.setNow('2026-03-02T10:00:00Z');
    let c = await recordComplaint(world, world.org);
    c = ok(
      await correct(c, { customer: { email: 'm.tenant@example.org', preferredContact: 'phone' } }),
      'correctComplaint',
    );
    const res = await world.gql<any>(
      `query($id: ID!) { complaint(id: $id) { customer { name email postcode preferredContact } journey { corrections { field before after } } } }`,
      { id: c.id },
      world.org.people.handler,
    );
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    const d = res.body.data.complaint;
    expect(d.customer).toEqual({
      name: 'Morag Tenant',
      email: 'm.tenant@example.org',
      postcode: 'G2 4AB',
      preferredContact: 'phone',
    });
    expect(d.journey.at(-1).corrections).toEqual([
      { field: 'customer.email', before: 'morag@example.org', after: 'm.tenant@example.org' },
      { field: 'customer.preferredContact', before: 'email', after: 'phone' },
    ]);
  });

  it('correcting the staff named replaces the list; who they are is withheld from roles that do not see personal data (§62)', async () => {
    world.setNow('2026-03-02T10:00:00Z');
    const { handler, manager, senior_manager: senior, communications } = world.org.people;
    let c = await recordComplaint(world, world.org, { namedStaffIds: [senior.id] });
    c = ok(await correct(c, { namedStaffIds: [manager.id, handler.id] }), 'correctComplaint');
    const res = await world.gql<any>(
      `query($id: ID!) { complaint(id: $id) { aboutNamedStaff namedStaff { id } } }`,
      { id: c.id },
      handler,
    );
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    const named = res.body.data.complaint.namedStaff.map((p: { id: string }) => p.id);
    expect(named.sort()).toEqual([manager.id, handler.id].sort());
    expect((await detail(c.id)).journey.at(-1).corrections).toEqual([
      {
        field: 'namedStaffIds',
        personal: true,
        withheld: false,
        before: senior.id,
        after: `${manager.id}, ${handler.id}`,
      },
    ]);
    expect((await detail(c.id, communications)).journey.at(-1).corrections).toEqual([
      { field: 'namedStaffIds', personal: true, withheld: true, before: null, after: null },
    ]);
  });

  it('emptying the staff named leaves a complaint about no one (§62)', async () => {
    world.setNow('2026-03-02T10:00:00Z');
    let c = await recordComplaint(world, world.org, {
      namedStaffIds: [world.org.people.senior_manager.id],
    });
    c = ok(await correct(c, { namedStaffIds: [] }), 'correctComplaint');
    const [row] = await world.db.dataSource.query(
      `SELECT about_named_staff, (SELECT count(*)::int FROM complaint_staff_member m WHERE m.complaint_id = complaint.id) AS named
         FROM complaint WHERE id = $1`,
      [c.id],
    );
    expect(row).toEqual({ about_named_staff: false, named: 0 });
  });

  it('a manager corrects who handles the complaint (managers assign handlers)', async () => {
    world.setNow('2026-03-02T10:00:00Z');
    let c = await recordComplaint(world, world.org);
    const { manager } = world.org.people;
    c = ok(await correct(c, { handlerId: manager.id }, manager), 'correctComplaint');
    const res = await world.gql<any>(
      `query($id: ID!) { complaint(id: $id) { handler { id } journey { corrections { field personal after } } } }`,
      { id: c.id },
      manager,
    );
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    expect(res.body.data.complaint.handler.id).toBe(manager.id);
    expect(res.body.data.complaint.journey.at(-1).corrections).toEqual([
      { field: 'handlerId', personal: false, after: manager.id },
    ]);
  });

  it('serious set at stage 1 with the reason why not stage 2 is kept with it (§36)', async () => {
    world.setNow('2026-03-02T10:00:00Z');
    let c = await recordComplaint(world, world.org);
    c = ok(
      await correct(c, {
        serious: true,
        seriousStageOneReason: 'The repair is booked for tomorrow',
      }),
      'correctComplaint',
    );
    const [row] = await world.db.dataSource.query(
      `SELECT serious, serious_stage_one_reason AS reason FROM complaint WHERE id = $1`,
      [c.id],
    );
    expect(row).toEqual({ serious: true, reason: 'The repair is booked for tomorrow' });
  });

  describe('refused corrections change nothing', () => {
    let c: ComplaintRef;
    beforeAll(async () => {
      world.setNow('2026-03-02T10:00:00Z');
      c = await recordComplaint(world, world.org);
      world.setNow('2026-03-03T10:00:00Z');
    });
    const refused = async (
      send: () => Promise<{ body: any }>,
      code: string,
      rule?: string,
      field?: string,
    ) => {
      const before = await tableCounts(world.db);
      const res = await send();
      expect(res.body.errors?.[0]?.extensions, JSON.stringify(res.body)).toMatchObject({
        code,
        ...(rule ? { rule } : {}),
        ...(field ? { field } : {}),
      });
      expect(await tableCounts(world.db)).toEqual(before);
    };

    it('a correction that changes nothing', () =>
      refused(
        () => correct(c, { category: 'Repairs', serious: false }),
        'BAD_USER_INPUT',
        'CORRECTION_CHANGES_NOTHING',
        'input',
      ));
    it('a stale version', () =>
      refused(
        () => correct({ ...c, version: c.version + 1 }, { category: 'Rent' }),
        'CONFLICT',
        'STALE_VERSION',
      ));
    it('an awareness date after receipt (§36)', () =>
      refused(
        () => correct(c, { awareOn: '2026-03-03' }),
        'BAD_USER_INPUT',
        'notAfterReceipt',
        'awareOn',
      ));
    it('a service area of another organisation', () =>
      refused(
        () => correct(c, { serviceAreaId: world.other.serviceAreaIds[0] }),
        'BAD_USER_INPUT',
        undefined,
        'serviceAreaId',
      ));
    it('a required detail cleared', () =>
      refused(() => correct(c, { category: null }), 'BAD_USER_INPUT', 'notNull'));
    it('serious at stage 1 without the reason why not at stage 2 (§36)', () =>
      refused(() => correct(c, { serious: true }), 'BAD_USER_INPUT'));
    it('a member of staff of another organisation named (§62)', () =>
      refused(
        () => correct(c, { namedStaffIds: [world.other.people.handler.id] }),
        'BAD_USER_INPUT',
        undefined,
        'namedStaffIds',
      ));
    it('a customer e-mail that is not an e-mail address', () =>
      refused(() => correct(c, { customer: { email: 'morag at example' } }), 'BAD_USER_INPUT'));
    it('a handler changing who handles it (managers assign handlers)', () =>
      refused(() => correct(c, { handlerId: world.org.people.manager.id }), 'FORBIDDEN'));
    it('voiding the receipt', async () => {
      const receipt = (await detail(c.id)).journey[0].id;
      await refused(() => voidStep(c, receipt), 'BAD_USER_INPUT', 'VOID_RECEIPT', 'eventId');
    });
    it('a handler voiding a step (managers only)', async () =>
      refused(() => voidStep(c, '1', world.org.people.handler), 'FORBIDDEN'));
  });

  it('an escalation whose stage 2 has gone on cannot be voided (§36, §40)', async () => {
    world.setNow('2026-03-02T10:00:00Z');
    let c = await recordComplaint(world, world.org);
    world.setNow('2026-03-04T10:00:00Z');
    c = await closeStageOne(world, world.org, c);
    world.setNow('2026-03-09T10:00:00Z');
    c = await step(
      world,
      world.org,
      'escalateComplaint',
      '$id: ID!, $version: Int!',
      'id: $id, version: $version',
      c,
    );
    c = await step(
      world,
      world.org,
      'acknowledgeComplaint',
      '$id: ID!, $version: Int!',
      'id: $id, version: $version',
      c,
    );
    const res = await voidStep(c, await eventOf(c.id, 'escalated'));
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      rule: 'VOID_LEAVES_IMPOSSIBLE_JOURNEY',
    });
    // voiding the acknowledgement first is allowed, and then the escalation
    c = ok(await voidStep(c, await eventOf(c.id, 'acknowledged')), 'voidComplaintStep');
    c = ok(await voidStep(c, await eventOf(c.id, 'escalated')), 'voidComplaintStep');
    const [row] = await world.db.dataSource.query(
      `SELECT current_stage, status, escalated_at, stage2_day_one FROM complaint WHERE id = $1`,
      [c.id],
    );
    expect(row).toEqual({
      current_stage: 1,
      status: 'closed',
      escalated_at: null,
      stage2_day_one: null,
    });
  });

  it('after corrections and voids every figure equals a recount by @chp/domain on the corrected journeys', async () => {
    const ds = world.db.dataSource;
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM complaint_event WHERE organisation_id = $1 AND type IN ('corrected', 'voided')`,
      [world.org.id],
    );
    expect(n).toBeGreaterThanOrEqual(7);
    const rows: (StoredEvent & { complaint_id: string })[] = await ds.query(
      `SELECT id, complaint_id, type, at, stage, payload FROM complaint_event WHERE organisation_id = $1 ORDER BY complaint_id, sequence`,
      [world.org.id],
    );
    const byComplaint = new Map<string, StoredEvent[]>();
    for (const r of rows)
      byComplaint.set(r.complaint_id, [...(byComplaint.get(r.complaint_id) ?? []), r]);
    const settings = await loadTimelineSettings(ds.manager, world.org.id);
    const journeys: { id: string; events: ComplaintEvent[] }[] = [...byComplaint].map(
      ([id, events]) => ({ id, events: toDomainEvents(events) }),
    );
    // the register's status
    const statuses = new Map<string, string>(
      (
        await ds.query(`SELECT id, status FROM complaint WHERE organisation_id = $1`, [
          world.org.id,
        ])
      ).map((r: any) => [r.id, r.status]),
    );
    for (const j of journeys) {
      const s = complaintState(j.events, settings, { recorded: true });
      expect(statuses.get(j.id), j.id).toBe(s.status === 'ended' ? s.otherOutcome : s.status);
    }
    // the SPSO indicators
    const period = { quarter: '2026-Q1' };
    const res = await world.gql<any>(INDICATORS_QUERY, { period }, world.org.people.senior_manager);
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    const report = res.body.data.spsoIndicators;
    const ref = spsoIndicators(journeys, { from: '2026-01-01', to: '2026-03-31' }, settings);
    expect(actual(report)).toEqual(expected(ref, report.population));
    // the trends count of complaints received
    const trends = await world.gql<any>(
      TRENDS_QUERY,
      { grain: 'month', from: '2026-03-01', to: '2026-03-31' },
      world.org.people.senior_manager,
    );
    expect(trends.body.errors, JSON.stringify(trends.body.errors)).toBeUndefined();
    expect(trends.body.data.complaintTrends.total).toBe(ref.received);
  });
});
