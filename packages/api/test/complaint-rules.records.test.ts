import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createWorld, type World } from './support/world';
import { complaintInput, RECORD, recordComplaint } from './support/complaints';

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
});
