import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from './support/world';
import { recordComplaint, step } from './support/complaints';

/**
 * Every relation of a complaint resolves through a per-request DataLoader, so a page of 50
 * complaints with their service area, handler, root causes, actions, each action's owner and the
 * timeline costs as many SQL statements as a page of 5 (issue 3, "Done when").
 */
const PAGE = `query($limit: Int!) {
  complaints(limit: $limit) {
    totalCount
    items {
      reference
      serviceArea { name }
      handler { name }
      rootCauses { name }
      actions { title owner { name } }
      timeline { stage1 { dueOn status } }
      allowedSteps
    }
  }
}`;

describe('statements per page of complaints', () => {
  let world: World;

  beforeAll(async () => {
    world = await createWorld('2026-03-20T12:00:00Z');
    const org = world.org;
    const db = world.db.dataSource;
    const causes: { id: string }[] = await db.query(
      `SELECT id FROM root_cause WHERE organisation_id = $1 AND parent_id IS NOT NULL ORDER BY name`,
      [org.id],
    );
    const handlers = [org.people.handler, org.people.manager, org.people.senior_manager];
    const owners = [org.people.staff, org.staff2, org.people.manager];
    const [shared] = await db.query(
      `INSERT INTO improvement_action (organisation_id, title, description, service_area_id, owner_id, target_date, status)
       VALUES ($1, 'Text customers the day before a repair visit', 'Reminder texts', $2, $3, '2026-06-30', 'authorised') RETURNING id`,
      [org.id, org.serviceAreaIds[0], org.people.staff.id],
    );
    for (let i = 0; i < 50; i++) {
      const day = String(2 + (i % 18)).padStart(2, '0');
      let c = await recordComplaint(world, org, {
        receivedAt: `2026-03-${day}T${String(9 + (i % 8)).padStart(2, '0')}:00:00Z`,
        serviceAreaId: org.serviceAreaIds[i % 3],
        handlerId: handlers[i % 3]!.id,
        stage: i % 5 === 0 ? 2 : 1,
      });
      if (i % 4 === 1 && i % 5 !== 0) {
        c = await step(
          world,
          org,
          'closeComplaint',
          '$id: ID!, $version: Int!',
          // closed after day 10 for some receipts: the reason is recorded (§29)
          'id: $id, version: $version, input: { outcome: not_upheld, spsoSignposted: false, reasons: "We checked the repair record.", communicatedBy: "phone", lateReason: "The customer asked to wait" }',
          c,
        );
      }
      await db.query(
        `INSERT INTO complaint_root_cause (organisation_id, complaint_id, root_cause_id) VALUES ($1, $2, $3), ($1, $2, $4)`,
        [org.id, c.id, causes[i % causes.length]!.id, causes[(i + 7) % causes.length]!.id],
      );
      const [own] = await db.query(
        `INSERT INTO improvement_action (organisation_id, title, description, service_area_id, owner_id, target_date, status)
         VALUES ($1, $2, 'From complaint review', $3, $4, '2026-05-29', 'proposed') RETURNING id`,
        [org.id, `Action ${i + 1}`, org.serviceAreaIds[i % 3], owners[i % 3]!.id],
      );
      await db.query(
        `INSERT INTO improvement_action_complaint (organisation_id, action_id, complaint_id) VALUES ($1, $2, $3), ($1, $4, $3)`,
        [org.id, own.id, c.id, shared.id],
      );
    }
  });
  afterAll(async () => {
    await world?.close();
  });

  it('is the same for 5 and for 50 complaints with their service area, handler, root causes, actions with owners and timeline', async () => {
    const counts: Record<number, number> = {};
    for (const limit of [5, 50]) {
      const res = await world.gql<any>(PAGE, { limit }, world.org.people.handler);
      expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
      const items = res.body.data.complaints.items;
      expect(items).toHaveLength(limit);
      for (const item of items) {
        expect(item.serviceArea.name).toBeTruthy();
        expect(item.handler.name).toBeTruthy();
        expect(item.rootCauses).toHaveLength(2);
        expect(item.actions).toHaveLength(2);
        expect(item.actions.every((a: any) => a.owner.name)).toBe(true);
        expect(
          item.timeline.stage1 === null || /^\d{4}-\d\d-\d\d$/.test(item.timeline.stage1.dueOn),
        ).toBe(true);
      }
      counts[limit] = Number(res.headers.get('x-sql-statements'));
    }
    console.log(`SQL statements for a page of complaints: 5 -> ${counts[5]}, 50 -> ${counts[50]}`);
    expect(counts[5]).toBeGreaterThan(0);
    expect(counts[50]).toBe(counts[5]);
  });

  it('takes three statements for the register page as the dashboard asks for it, with its total (issue 19)', async () => {
    // the session with the organisation's closure days; the page with each complaint's service
    // area and handler joined; the total (capped count). The timelines come from the stored
    // projection, so no journey is read (test/timeline-of-record.test.ts)
    const query = (limit: number) =>
      `{ complaints(limit: ${limit}) { total { count exact } items { id reference serviceArea { name } handler { name } timeline { stage1 { dueOn status } stage2 { dueOn status } } } } }`;
    for (const limit of [5, 50]) {
      const res = await world.gql<any>(query(limit), {}, world.org.people.handler);
      expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
      expect(res.body.data.complaints.items).toHaveLength(limit);
      expect(res.body.data.complaints.total).toEqual({ count: 50, exact: true });
      expect(
        res.body.data.complaints.items.every((i: any) => i.serviceArea.name && i.handler.name),
      ).toBe(true);
      expect(Number(res.headers.get('x-sql-statements')), `limit ${limit}`).toBe(3);
    }
  });

  it('reads a page of 50 with service area, handler, root causes and actions with owners in one statement after the session (issue 19)', async () => {
    const page = `{ complaints(limit: 50) { items { id reference serviceArea { name } handler { name } rootCauses { id name } actions { id title targetDate owner { name } } } } }`;
    const res = await world.gql<any>(page, {}, world.org.people.handler);
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    // the session, then the page with its lists as JSON
    expect(Number(res.headers.get('x-sql-statements'))).toBe(2);
    // the same lists, in the same order, as the complaint's own fields read them one by one
    for (const item of res.body.data.complaints.items.slice(0, 3)) {
      const one = await world.gql<any>(
        `query($id: ID!) { complaint(id: $id) { rootCauses { id name } actions { id title targetDate owner { name } } } }`,
        { id: item.id },
        world.org.people.handler,
      );
      expect(item.rootCauses).toHaveLength(2);
      expect(item.actions).toHaveLength(2);
      expect({ rootCauses: item.rootCauses, actions: item.actions }).toEqual(
        one.body.data.complaint,
      );
    }
  });

  it('reads the customer in the page statement when a field asks for it: support needs and names cost no statement of their own (issue 19)', async () => {
    const query = (fields: string) =>
      `{ complaints(limit: 50) { items { reference serviceArea { name } ${fields} } } }`;
    const without = await world.gql<any>(query(''), {}, world.org.people.handler);
    const withCustomer = await world.gql<any>(
      query('hasSupportNeeds customer { name } correspondent'),
      {},
      world.org.people.handler,
    );
    expect(withCustomer.body.errors, JSON.stringify(withCustomer.body.errors)).toBeUndefined();
    const items: any[] = withCustomer.body.data.complaints.items;
    expect(items.some((i) => i.customer?.name)).toBe(true);
    expect(Number(withCustomer.headers.get('x-sql-statements'))).toBe(
      Number(without.headers.get('x-sql-statements')),
    );
  });

  it('does not grow with the journey either: 50 complaints with their journey and points', async () => {
    const query = (limit: number) =>
      `{ complaints(limit: ${limit}) { items { journey { type recordedBy { name } } points { position } customer { name } namedStaff { name } } } }`;
    const five = await world.gql<any>(query(5), {}, world.org.people.handler);
    const fifty = await world.gql<any>(query(50), {}, world.org.people.handler);
    expect(fifty.body.errors).toBeUndefined();
    expect(fifty.body.data.complaints.items).toHaveLength(50);
    expect(Number(fifty.headers.get('x-sql-statements'))).toBe(
      Number(five.headers.get('x-sql-statements')),
    );
  });

  it('nor with the legal hold and anonymisation of each complaint (docs/procedure.md, Retention and erasure)', async () => {
    const db = world.db.dataSource;
    const { manager } = world.org.people;
    // every third complaint held by the manager, every seventh anonymised
    await db.query(
      `UPDATE complaint SET legal_hold_reason = 'Tribunal case pending', legal_hold_at = '2026-03-19T09:00:00Z', legal_hold_by_id = $2
        WHERE organisation_id = $1 AND substring(reference from '[0-9]+$')::int % 3 = 0`,
      [world.org.id, manager.id],
    );
    await db.query(
      `UPDATE complaint SET anonymised_at = '2026-03-20T01:00:00Z' WHERE organisation_id = $1 AND substring(reference from '[0-9]+$')::int % 7 = 0`,
      [world.org.id],
    );
    const stored: { reference: string; held: boolean; anonymised: boolean }[] = await db.query(
      `SELECT reference, legal_hold_at IS NOT NULL AS held, anonymised_at IS NOT NULL AS anonymised FROM complaint WHERE organisation_id = $1`,
      [world.org.id],
    );
    const query = (limit: number) =>
      `{ complaints(limit: ${limit}) { items { reference legalHold { reason at setBy } anonymisedAt } } }`;
    const five = await world.gql<any>(query(5), {}, world.org.people.handler);
    const fifty = await world.gql<any>(query(50), {}, world.org.people.handler);
    expect(fifty.body.errors, JSON.stringify(fifty.body.errors)).toBeUndefined();
    const items: any[] = fifty.body.data.complaints.items;
    expect(items).toHaveLength(50);
    for (const item of items) {
      const row = stored.find((r) => r.reference === item.reference)!;
      expect(item.legalHold === null, item.reference).toBe(!row.held);
      expect(item.anonymisedAt === null, item.reference).toBe(!row.anonymised);
      if (row.held)
        expect(item.legalHold).toMatchObject({
          reason: 'Tribunal case pending',
          setBy: expect.stringContaining(' manager '),
        });
    }
    expect(stored.some((r) => r.held) && stored.some((r) => r.anonymised)).toBe(true);
    expect(Number(fifty.headers.get('x-sql-statements'))).toBe(
      Number(five.headers.get('x-sql-statements')),
    );
  });
});
