import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createWorld, tableCounts, type World } from './support/world';
import { refreshProjections } from '../src/modules/complaints/projection-refresh';
import { complaintInput, RECORD, recordComplaint, step } from './support/complaints';

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
        { ...c, input: { outcome: 'resolved', spsoSignposted: false } },
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
        { ...c, input: { outcome: 'upheld', spsoSignposted: true } },
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
        { ...signed, input: { outcome: 'upheld', spsoSignposted: true } },
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

  describe('the journey is append-only', () => {
    it('refuses UPDATE and DELETE on complaint_event (database trigger)', async () => {
      const c = await recordComplaint(world, world.org);
      await expect(
        world.db.dataSource.query(`UPDATE complaint_event SET at = now() WHERE complaint_id = $1`, [
          c.id,
        ]),
      ).rejects.toThrow(/append-only/);
      await expect(
        world.db.dataSource.query(`DELETE FROM complaint_event WHERE complaint_id = $1`, [c.id]),
      ).rejects.toThrow(/append-only/);
      const rows = await world.db.dataSource.query(
        `SELECT type FROM complaint_event WHERE complaint_id = $1`,
        [c.id],
      );
      expect(rows).toEqual([{ type: 'received' }]);
    });
  });

  describe('concurrent edits', () => {
    it('answers the second of two edits made from the same version with CONFLICT STALE_VERSION', async () => {
      const c = await recordComplaint(world, world.org);
      const note =
        'mutation($id: ID!, $version: Int!, $note: String!) { addComplaintNote(id: $id, version: $version, note: $note) { version } }';
      const first = await world.gql<any>(note, { ...c, note: 'First' }, world.org.people.handler);
      expect(first.body.data.addComplaintNote.version).toBe(2);
      const second = await world.gql(note, { ...c, note: 'Second' }, world.org.people.manager);
      expect(errorOf(second)).toMatchObject({ code: 'CONFLICT', rule: 'STALE_VERSION' });
      const notes = await world.db.dataSource.query(
        `SELECT payload->>'note' AS note FROM complaint_event WHERE complaint_id = $1 AND type = 'note'`,
        [c.id],
      );
      expect(notes).toEqual([{ note: 'First' }]);
    });

    it('numbers complaints recorded at the same moment without gaps or duplicates', async () => {
      const results = await Promise.all(
        Array.from({ length: 8 }, () =>
          world.gql<any>(
            RECORD,
            { input: complaintInput(world.other) },
            world.other.people.handler,
          ),
        ),
      );
      const refs = results.map((r) => r.body.data.recordComplaint.reference).sort();
      expect(refs).toEqual(
        Array.from({ length: 8 }, (_, i) => `CMP-2026-${String(i + 1).padStart(5, '0')}`),
      );
    });
  });

  describe('personal data', () => {
    it('lets communications staff see a complaint and its timeline, but not the customer, the summary or the journey details', async () => {
      const c = await recordComplaint(world, world.org);
      const comms = world.org.people.communications;
      const seen = await world.gql<any>(
        'query($id: ID!) { complaint(id: $id) { reference category timeline { stage1 { dueOn } } journey { type at } } }',
        { id: c.id },
        comms,
      );
      expect(seen.body.errors).toBeUndefined();
      expect(seen.body.data.complaint).toMatchObject({
        category: 'Repairs',
        timeline: { stage1: { dueOn: '2026-03-06' } },
        journey: [{ type: 'received' }],
      });
      for (const field of [
        'customer { name }',
        'summary',
        'outcomeSought',
        'namedStaff { name }',
        'journey { details }',
      ]) {
        const res = await world.gql<any>(
          `query($id: ID!) { complaint(id: $id) { reference ${field} } }`,
          { id: c.id },
          comms,
        );
        expect(errorOf(res)?.['code'], field).toBe('FORBIDDEN');
        expect(JSON.stringify(res.body)).not.toContain('Morag');
      }
      const handler = await world.gql<any>(
        'query($id: ID!) { complaint(id: $id) { summary customer { name postcode } } }',
        { id: c.id },
        world.org.people.handler,
      );
      expect(handler.body.data.complaint.customer).toEqual({
        name: 'Morag Tenant',
        postcode: 'G2 4AB',
      });
    });

    it('keeps action-only staff out of complaints altogether', async () => {
      const res = await world.gql('{ complaints { totalCount } }', {}, world.org.people.staff);
      expect(errorOf(res)?.['code']).toBe('FORBIDDEN');
    });

    it('records only what the customer gives, normalising the postcode', async () => {
      const res = await world.gql<any>(
        RECORD,
        { input: complaintInput(world.org, { customer: { postcode: 'eh74ns' } }) },
        world.org.people.handler,
      );
      const [row] = await world.db.dataSource.query(
        `SELECT cu.name, cu.email, cu.postcode FROM complaint c JOIN customer cu ON cu.organisation_id = c.organisation_id AND cu.id = c.customer_id WHERE c.id = $1`,
        [res.body.data.recordComplaint.id],
      );
      expect(row).toEqual({ name: null, email: null, postcode: 'EH7 4NS' });
      const anonymous = await world.gql<any>(
        RECORD,
        { input: complaintInput(world.org, { customer: null }) },
        world.org.people.handler,
      );
      const [c] = await world.db.dataSource.query(
        `SELECT customer_id FROM complaint WHERE id = $1`,
        [anonymous.body.data.recordComplaint.id],
      );
      expect(c.customer_id).toBeNull();
    });
  });

  describe('day one and the cut-off time', () => {
    it('with a 17:00 cut-off, a receipt at 16:30 UTC on 30 June (17:30 BST) starts the next working day; 15:30 UTC the same day', async () => {
      world.setNow('2026-06-30T18:00:00Z');
      const admin = world.org.people.admin;
      const settings =
        'mutation($s: OrganisationSettingsInput!) { updateOrganisationSettings(settings: $s) { version cutOffTime } }';
      const { body } = await world.gql<any>('{ organisation { version } }', {}, admin);
      const set = await world.gql<any>(
        settings,
        { s: { version: body.data.organisation.version, cutOffTime: '17:00' } },
        admin,
      );
      try {
        const detail =
          'query($id: ID!) { complaint(id: $id) { timeline { stage1 { dayOne dueOn } } } }';
        const late = await recordComplaint(world, world.org, {
          receivedAt: '2026-06-30T16:30:00Z',
        });
        const early = await recordComplaint(world, world.org, {
          receivedAt: '2026-06-30T15:30:00Z',
        });
        expect(
          (await world.gql<any>(detail, { id: late.id }, admin)).body.data.complaint.timeline
            .stage1,
        ).toEqual({ dayOne: '2026-07-01', dueOn: '2026-07-07' });
        expect(
          (await world.gql<any>(detail, { id: early.id }, admin)).body.data.complaint.timeline
            .stage1,
        ).toEqual({ dayOne: '2026-06-30', dueOn: '2026-07-06' });
      } finally {
        await world.gql(
          settings,
          { s: { version: set.body.data.updateOrganisationSettings.version, cutOffTime: '' } },
          admin,
        );
      }
    });
  });

  describe('stored projection and organisation settings', () => {
    it('after a strike day is added, refreshProjections moves the stored due date to agree with the timeline', async () => {
      const c = await recordComplaint(world, world.org); // due Friday 6 March
      const stored = async () =>
        (
          await world.db.dataSource.query(
            `SELECT stage1_due_on::text AS due FROM complaint WHERE id = $1`,
            [c.id],
          )
        )[0].due;
      const shown = async () =>
        (
          await world.gql<any>(
            'query($id: ID!) { complaint(id: $id) { timeline { stage1 { dueOn } } } }',
            { id: c.id },
            world.org.people.handler,
          )
        ).body.data.complaint.timeline.stage1.dueOn;
      await world.db.dataSource.query(
        `INSERT INTO closure_day (organisation_id, date, reason) VALUES ($1, '2026-03-04', 'industrial_action')`,
        [world.org.id],
      );
      try {
        expect(await shown()).toBe('2026-03-09');
        expect(await stored()).toBe('2026-03-06');
        expect(
          await world.db.dataSource.transaction((em) => refreshProjections(em, world.org.id)),
        ).toBeGreaterThan(0);
        expect(await stored()).toBe('2026-03-09');
      } finally {
        await world.db.dataSource.query(
          `DELETE FROM closure_day WHERE organisation_id = $1 AND date = '2026-03-04'`,
          [world.org.id],
        );
        await world.db.dataSource.transaction((em) => refreshProjections(em, world.org.id));
      }
      expect(await stored()).toBe('2026-03-06');
    });
  });

  describe('calendar settings changed through the API', () => {
    it('a strike day added by an admin moves the stored due date of an open complaint spanning it, and removing it moves it back', async () => {
      world.setNow('2026-03-02T10:00:00Z');
      const c = await recordComplaint(world, world.org); // received Monday 2 March: due Friday 6 March
      const stored = async () =>
        (
          await world.db.dataSource.query(
            `SELECT stage1_due_on::text AS due FROM complaint WHERE id = $1`,
            [c.id],
          )
        )[0].due;
      const admin = world.org.people.admin;
      await world.gql(
        'mutation { addClosureDay(day: { date: "2026-03-04", reason: industrial_action }) { date } }',
        {},
        admin,
      );
      expect(await stored()).toBe('2026-03-09');
      await world.gql('mutation { removeClosureDay(date: "2026-03-04") }', {}, admin);
      expect(await stored()).toBe('2026-03-06');
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
          input: { outcome: 'not_upheld', spsoSignposted: false, at: '2025-12-05T10:00:00Z' },
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
