import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createWorld, tableCounts, type World } from './support/world';
import { recordComplaint, step } from './support/complaints';

const EXTEND =
  'mutation($id: ID!, $version: Int!, $dueOn: LocalDate!) { extendComplaint(id: $id, version: $version, dueOn: $dueOn, reason: "Contractor report") { version timeline { stage1 { extendedDueOn } } } }';
const CLOSE =
  'mutation($id: ID!, $version: Int!, $input: CloseComplaintInput!) { closeComplaint(id: $id, version: $version, input: $input) { version status timeline { stage1 { outcome closedOn } } } }';
const ESCALATE =
  'mutation($id: ID!, $version: Int!, $ec: String) { escalateComplaint(id: $id, version: $version, exceptionalCircumstances: $ec) { version escalationExceptionalCircumstances timeline { stage1 { status transferred closedOn deadline } stage2 { dayOne } } } }';

describe('complaint rules over HTTP', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld('2026-03-02T10:00:00Z');
  });
  afterAll(async () => {
    await world?.close();
  });
  beforeEach(() => {
    world.setNow('2026-03-02T10:00:00Z');
  });

  const errorOf = (res: { body: { errors?: { extensions?: Record<string, unknown> }[] } }) =>
    res.body.errors?.[0]?.extensions;

  describe('extensions', () => {
    it('refuses a stage 1 extension past day 10 (Fri 13 March for a Monday 2 March receipt) and writes nothing', async () => {
      const c = await recordComplaint(world, world.org);
      const before = await tableCounts(world.db);
      const res = await world.gql(EXTEND, { ...c, dueOn: '2026-03-16' }, world.org.people.manager);
      expect(errorOf(res)).toMatchObject({
        code: 'BAD_USER_INPUT',
        rule: 'STAGE1_EXTENSION_PAST_DAY_10',
        field: 'dueOn',
      });
      expect(await tableCounts(world.db)).toEqual(before);
      const [row] = await world.db.dataSource.query(
        `SELECT version, stage1_extended_due_on FROM complaint WHERE id = $1`,
        [c.id],
      );
      expect(row).toEqual({ version: 1, stage1_extended_due_on: null });
    });

    it('accepts day 10 itself', async () => {
      const c = await recordComplaint(world, world.org);
      const res = await world.gql<any>(
        EXTEND,
        { ...c, dueOn: '2026-03-13' },
        world.org.people.manager,
      );
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.extendComplaint.timeline.stage1.extendedDueOn).toBe('2026-03-13');
    });

    it('does not let a handler extend: extensions are agreed by a manager', async () => {
      const c = await recordComplaint(world, world.org);
      const res = await world.gql(EXTEND, { ...c, dueOn: '2026-03-10' }, world.org.people.handler);
      expect(errorOf(res)?.['code']).toBe('FORBIDDEN');
    });
  });

  describe('closing', () => {
    it("refuses 'resolved' without the agreed action and the customer's agreement date", async () => {
      const c = await recordComplaint(world, world.org);
      const res = await world.gql(
        CLOSE,
        {
          ...c,
          input: {
            outcome: 'resolved',
            spsoSignposted: false,
            reasons: 'We checked the repair record.',
            communicatedBy: 'phone',
          },
        },
        world.org.people.handler,
      );
      expect(errorOf(res)).toMatchObject({
        code: 'BAD_USER_INPUT',
        rule: 'RESOLVED_NEEDS_AGREEMENT',
        field: 'resolution',
      });
    });

    it("records 'resolved' with the agreed action and the date the customer agreed", async () => {
      const c = await recordComplaint(world, world.org);
      const res = await world.gql<any>(
        CLOSE,
        {
          ...c,
          input: {
            outcome: 'resolved',
            spsoSignposted: false,
            reasons: 'We checked the repair record.',
            communicatedBy: 'phone',
            resolution: {
              agreedAction: 'Boiler replaced on 4 March',
              customerAgreedOn: '2026-03-02',
            },
          },
        },
        world.org.people.handler,
      );
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.closeComplaint).toMatchObject({
        status: 'closed',
        timeline: { stage1: { outcome: 'resolved', closedOn: '2026-03-02' } },
      });
      const [event] = await world.db.dataSource.query(
        `SELECT payload FROM complaint_event WHERE complaint_id = $1 AND type = 'closed'`,
        [c.id],
      );
      expect(event.payload.resolution).toEqual({
        agreedAction: 'Boiler replaced on 4 March',
        customerAgreedOn: '2026-03-02',
      });
    });

    it('refuses to close stage 2 without a sign-off, and accepts it once a manager has signed off', async () => {
      const c = await recordComplaint(world, world.org, { stage: 2 });
      const refused = await world.gql(
        CLOSE,
        { ...c, input: { outcome: 'upheld', spsoSignposted: true, communicatedBy: 'letter' } },
        world.org.people.handler,
      );
      expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'SIGN_OFF_REQUIRED' });
      const signed = await step(
        world,
        world.org,
        'signOffResponse',
        '$id: ID!, $version: Int!',
        'id: $id, version: $version',
        c,
        world.org.people.manager,
      );
      const closed = await world.gql<any>(
        CLOSE,
        { ...signed, input: { outcome: 'upheld', spsoSignposted: true, communicatedBy: 'letter' } },
        world.org.people.handler,
      );
      expect(closed.body.errors).toBeUndefined();
      expect(closed.body.data.closeComplaint.status).toBe('closed');
    });

    it('does not let a handler sign off a stage 2 response', async () => {
      const c = await recordComplaint(world, world.org, { stage: 2 });
      const res = await world.gql(
        'mutation($id: ID!, $version: Int!) { signOffResponse(id: $id, version: $version) { version } }',
        c,
        world.org.people.handler,
      );
      expect(errorOf(res)?.['code']).toBe('FORBIDDEN');
    });
  });

  describe('escalation', () => {
    it('transfers an open stage 1 to stage 2: no stage 1 closure, no deadline status for stage 1', async () => {
      const c = await recordComplaint(world, world.org);
      world.setNow('2026-03-04T10:00:00Z');
      const res = await world.gql<any>(ESCALATE, c, world.org.people.handler);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.escalateComplaint.timeline).toEqual({
        stage1: { status: null, transferred: true, closedOn: null, deadline: '2026-03-06' },
        stage2: { dayOne: '2026-03-04' },
      });
    });

    it('asks for exceptional circumstances three months after the stage 1 response, then records them', async () => {
      const c = await recordComplaint(world, world.org, {
        receivedAt: '2025-12-01T10:00:00Z',
        awareOn: '2025-06-01',
      });
      const closed = await step(
        world,
        world.org,
        'closeComplaint',
        '$id: ID!, $version: Int!, $input: CloseComplaintInput!',
        'id: $id, version: $version, input: $input',
        {
          ...c,
          input: {
            outcome: 'not_upheld',
            spsoSignposted: false,
            reasons: 'We checked the repair record.',
            communicatedBy: 'phone',
            at: '2025-12-05T10:00:00Z',
          },
        },
      );
      const detail = await world.gql<any>(
        'query($id: ID!) { complaint(id: $id) { timeline { escalationDeadline } } }',
        { id: c.id },
        world.org.people.handler,
      );
      expect(detail.body.data.complaint.timeline.escalationDeadline).toBe('2026-02-05');
      const warned = await world.gql<any>(ESCALATE, closed, world.org.people.handler);
      expect(errorOf(warned)).toMatchObject({
        code: 'BAD_USER_INPUT',
        rule: 'ESCALATION_OUT_OF_TIME',
        field: 'exceptionalCircumstances',
      });
      const accepted = await world.gql<any>(
        ESCALATE,
        { ...closed, ec: 'The customer was in hospital from December to February' },
        world.org.people.handler,
      );
      expect(accepted.body.errors).toBeUndefined();
      expect(accepted.body.data.escalateComplaint.escalationExceptionalCircumstances).toBe(
        'The customer was in hospital from December to February',
      );
      const [event] = await world.db.dataSource.query(
        `SELECT payload FROM complaint_event WHERE complaint_id = $1 AND type = 'escalated'`,
        [c.id],
      );
      expect(event.payload).toMatchObject({
        inTime: false,
        deadline: '2026-02-05',
        exceptionalCircumstances: 'The customer was in hospital from December to February',
      });
    });
  });
});
