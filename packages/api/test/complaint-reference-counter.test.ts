import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReferenceCounter1795480000000 } from '../src/db/migrations/1795480000000-reference-counter';
import { formatComplaintReference } from '@chp/domain';
import { formatReferenceSql, nextReferenceNumber } from '../src/modules/complaints/reference';
import { complaintInput, RECORD } from './support/complaints';
import { signedInStaff } from './support/extra-staff';
import { must } from './support/must';
import { Role } from '../src/core/role';
import { createWorld, type World, type WorldOrganisation, type WorldPerson } from './support/world';

/**
 * Complaint references (CMP-<year of receipt>-<n>, numbered per organisation and year) taken from
 * a counter row per organisation and year instead of a max() under an organisation-wide lock.
 */
describe('complaint references from a counter per organisation and year', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld('2026-03-02T10:00:00Z');
  });
  afterAll(async () => {
    await world?.close();
  });

  async function record(
    org: WorldOrganisation,
    receivedAt = '2026-03-02T09:00:00Z',
    as: WorldPerson = org.people.handler,
  ) {
    const { recordComplaint } = await must(
      world,
      { query: RECORD, variables: { input: complaintInput(org, { receivedAt }) } },
      as,
    );
    return recordComplaint.reference as string;
  }

  const ref = (year: number, n: number) => `CMP-${year}-${String(n).padStart(5, '0')}`;

  /** A complaint written straight to the table, as an import of history or the demo loader does. */
  async function importComplaint(org: WorldOrganisation, reference: string, receivedAt: string) {
    await world.db.dataSource.query(
      `INSERT INTO complaint (organisation_id, id, reference, received_at, channel, service_area_id, category, summary, route, current_stage, status, stage1_day_one, stage1_due_on)
       VALUES ($1, $2, $3, $4, 'phone', $5, 'Repairs', 'Imported from the previous system', 'stage1', 1, 'open', $4::timestamptz::date, ($4::timestamptz::date + 7))`,
      [org.id, randomUUID(), reference, receivedAt, org.serviceAreaIds[0]],
    );
  }

  it('gives 20 recordings at the same moment in one organisation 20 distinct, consecutive references', async () => {
    const refs = await Promise.all(Array.from({ length: 20 }, () => record(world.org)));
    expect([...refs].sort()).toEqual(Array.from({ length: 20 }, (_, i) => ref(2026, i + 1)));
  });

  it('gives 8 handlers recording at once, each in their own session, 8 consecutive references, and leaves the counter at the highest', async () => {
    const year = 2024; // a year nothing else in this file records in
    const handlers = [world.org.people.handler];
    while (handlers.length < 8) handlers.push(await signedInStaff(world, world.org, Role.handler));
    const refs = await Promise.all(
      handlers.map((h, i) => record(world.org, `${year}-06-0${1 + (i % 5)}T09:00:00Z`, h)),
    );
    expect(new Set(refs).size).toBe(8);
    expect([...refs].sort()).toEqual(Array.from({ length: 8 }, (_, i) => ref(year, i + 1)));
    const [counter] = await world.db.dataSource.query(
      `SELECT last_number FROM reference_counter WHERE organisation_id = $1 AND year = $2`,
      [world.org.id, year],
    );
    expect(counter.last_number).toBe(8);
    // each handler recorded one of them, in their own name
    const recorders = await world.db.dataSource.query(
      `SELECT DISTINCT e.recorded_by_id FROM complaint c
         JOIN complaint_event e ON e.organisation_id = c.organisation_id AND e.complaint_id = c.id
        WHERE c.organisation_id = $1 AND c.reference = ANY($2)`,
      [world.org.id, refs],
    );
    expect(recorders.map((r: { recorded_by_id: string }) => r.recorded_by_id).sort()).toEqual(
      handlers.map((h) => h.id).sort(),
    );
  });

  it('a recording whose numbering statement fails (it goes with the COMMIT) changes nothing, and the next recording takes that number', async () => {
    const year = 2023; // a year nothing else in this file records in
    const db = world.db.dataSource;
    const first = await record(world.org, `${year}-05-02T09:00:00Z`);
    expect(first).toBe(ref(year, 1));
    const counts = async () =>
      (
        await db.query(
          `SELECT (SELECT count(*) FROM complaint WHERE organisation_id = $1)::int AS complaints,
                  (SELECT count(*) FROM search_word WHERE organisation_id = $1)::int AS words,
                  (SELECT count(*) FROM audit_log WHERE organisation_id = $1)::int AS audit,
                  (SELECT count(*) FROM customer WHERE organisation_id = $1)::int AS customers,
                  (SELECT last_number FROM reference_counter WHERE organisation_id = $1 AND year = ${year}) AS counter`,
          [world.org.id],
        )
      )[0];
    const before = await counts();
    // the database refuses the complaint's row itself, after the recording's earlier statements
    await db.query(
      `ALTER TABLE complaint ADD CONSTRAINT test_refused_summary CHECK (summary <> 'Refused by the database') NOT VALID`,
    );
    try {
      const res = await world.gql<any>(
        RECORD,
        {
          input: complaintInput(world.org, {
            receivedAt: `${year}-05-03T09:00:00Z`,
            summary: 'Refused by the database',
          }),
        },
        world.org.people.handler,
      );
      expect(res.body.errors?.length).toBeGreaterThan(0);
      expect(res.body.data?.recordComplaint ?? null).toBeNull();
    } finally {
      await db.query(`ALTER TABLE complaint DROP CONSTRAINT test_refused_summary`);
    }
    expect(await counts()).toEqual(before);
    // the handler's connection is usable again and the number was given back
    expect(await record(world.org, `${year}-05-04T09:00:00Z`)).toBe(ref(year, 2));
  });

  it('continues after references an import of history wrote past the counter', async () => {
    await importComplaint(world.org, ref(2026, 57), '2026-02-10T09:00:00Z');
    expect(await record(world.org)).toBe(ref(2026, 58));
  });

  it('starts a year that has only imported references after the highest of them', async () => {
    await importComplaint(world.other, ref(2025, 140), '2025-05-01T09:00:00Z');
    await importComplaint(world.other, ref(2025, 12), '2025-04-01T09:00:00Z');
    expect(await record(world.other, '2025-06-02T09:00:00Z')).toBe(ref(2025, 141));
  });

  it('an import of older references leaves the counter where it is', async () => {
    const before = await record(world.org);
    await importComplaint(world.org, ref(2026, 30), '2026-01-05T09:00:00Z');
    expect(await record(world.org)).toBe(ref(2026, Number(before.slice(-5)) + 1));
  });

  it('does not hold recordings of another organisation, or of another year, while one organisation and year is being numbered', async () => {
    const holder = world.db.dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    try {
      // an unfinished recording of world.org in 2026: it took its number, its transaction is open
      const taken = await nextReferenceNumber(holder.manager, world.org.id, 2026);
      expect(taken).toBeGreaterThan(1);
      // with an organisation-wide lock these would wait for that transaction (and time out)
      expect(await record(world.other)).toMatch(/^CMP-2026-/);
      expect(await record(world.org, '2025-11-03T09:00:00Z')).toBe(ref(2025, 1));
    } finally {
      await holder.rollbackTransaction();
      await holder.release();
    }
  });

  it('writes in SQL the reference @chp/domain formats, short and long numbers alike', async () => {
    const numbers = [1, 42, 99_999, 100_000, 1_234_567];
    const rows: { reference: string }[] = await world.db.dataSource.query(
      `SELECT ${formatReferenceSql('2026', 'n')} AS reference FROM unnest($1::int[]) WITH ORDINALITY AS t(n, i) ORDER BY i`,
      [numbers],
    );
    expect(rows.map((r) => r.reference)).toEqual(
      numbers.map((n) => formatComplaintReference(2026, n)),
    );
  });

  it('writes the reference into the audit row of the recording', async () => {
    const reference = await record(world.org, '2026-03-02T09:30:00Z');
    const [row] = await world.db.dataSource.query(
      `SELECT a.changes->>'reference' AS reference, a.changes->>'step' AS step FROM audit_log a
         JOIN complaint c ON c.organisation_id = a.organisation_id AND c.id::text = a.entity_id
        WHERE a.organisation_id = $1 AND c.reference = $2 AND a.operation = 'recordComplaint'`,
      [world.org.id, reference],
    );
    expect(row).toEqual({ reference, step: 'received' });
  });

  it('the migration fills the counters from the references already stored', async () => {
    const runner = world.db.dataSource.createQueryRunner();
    try {
      const migration = new ReferenceCounter1795480000000();
      const expected = await world.db.dataSource.query(
        `SELECT organisation_id, year, last_number FROM reference_counter ORDER BY 1, 2`,
      );
      expect(expected.length).toBeGreaterThanOrEqual(3);
      await migration.down(runner);
      await migration.up(runner);
      expect(
        await world.db.dataSource.query(
          `SELECT organisation_id, year, last_number FROM reference_counter ORDER BY 1, 2`,
        ),
      ).toEqual(expected);
    } finally {
      await runner.release();
    }
  });
});
