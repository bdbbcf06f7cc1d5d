import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importComplaints, type ImportOptions, type ImportReport } from '../src/modules/imports';
import { createWorld, tableCounts, type World } from './support/world';

/**
 * Importing a corrected file (issue 14; docs/procedure.md, Importing complaints): the same file
 * again changes nothing; a corrected detail is written as a correction, exactly as on the
 * complaint page (a `corrected` step, audited, figures and search words recomputed); a changed
 * journey step is refused with the way to change it on the complaint page.
 */

const NOW = '2026-06-01T12:00:00Z';
const HEADER =
  'source_reference,received_at,channel,service_area,category,summary,customer_name,stage1_closed_at,stage1_outcome';
// received Monday 3 March 2025, closed on working day 4: within the 5 working days (§44)
const ROW_1 =
  'OLD-1,2025-03-03 10:00,phone,Repairs,Leaks,Leaking roof in the hall,Ann Smith,2025-03-06,upheld';
const ROW_2 =
  'OLD-2,2025-03-04 09:00,email,Rents,Charges,Rent charged twice,Bob Jones,2025-03-07,not upheld';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';

describe('importing a corrected file', () => {
  let world: World;

  const run = (content: string, options: Partial<ImportOptions> = {}): Promise<ImportReport> =>
    importComplaints(
      world.db.dataSource,
      { organisationId: world.org.id, personId: world.org.people.manager.id, now: new Date(NOW) },
      { input: Readable.from([content]), format: 'csv' },
      {
        dryRun: false,
        mode: 'valid_rows',
        createUnknown: false,
        fileName: 'history.csv',
        ...options,
      },
    );
  /** Every table's rows but the import runs (each run is recorded) and the request budget. */
  const counts = async () => {
    const { import_run: _runs, ...rest } = await tableCounts(world.db);
    return rest;
  };
  const snapshot = () =>
    world.db.dataSource.query(
      `SELECT md5(string_agg(c::text, '|' ORDER BY c.id)) AS complaints,
              (SELECT md5(string_agg(e::text, '|' ORDER BY e.id)) FROM complaint_event e WHERE e.organisation_id = $1) AS events,
              (SELECT md5(string_agg(cu::text, '|' ORDER BY cu.id)) FROM customer cu WHERE cu.organisation_id = $1) AS customers,
              (SELECT md5(string_agg(a::text, '|' ORDER BY a.id)) FROM audit_log a WHERE a.organisation_id = $1) AS audit,
              (SELECT md5(string_agg(d::text, '|' ORDER BY d.date, d.bucket)) FROM indicator_day d WHERE d.organisation_id = $1) AS indicator_days
         FROM complaint c WHERE c.organisation_id = $1`,
      [world.org.id],
    );
  /** indicator_day and search_word as a recount from the complaints stored would make them. */
  const derivedRowsMatchRecount = async () => {
    const [r] = await world.db.dataSource.query(
      `WITH recount AS (
         SELECT x.date, x.bucket, sum(x.received) AS received, sum(x.closed) AS closed, sum(x.upheld) AS upheld,
                sum(x.not_upheld) AS not_upheld, sum(x.working_days) AS working_days, sum(x.within_timescale) AS within_timescale
           FROM complaint c CROSS JOIN LATERAL indicator_contributions(c, 1) x
          WHERE c.organisation_id = $1 GROUP BY x.date, x.bucket),
       kept AS (
         SELECT date, bucket, received, closed, upheld, not_upheld, working_days, within_timescale
           FROM indicator_day WHERE organisation_id = $1
            AND (received, closed, upheld, not_upheld, working_days, within_timescale) <> (0, 0, 0, 0, 0, 0)),
       words AS (
         SELECT w AS word, c.id FROM complaint c
           LEFT JOIN customer cu ON cu.organisation_id = c.organisation_id AND cu.id = c.customer_id,
           LATERAL complaint_search_words(c.summary, cu.name, cu.email, cu.postcode) w
          WHERE c.organisation_id = $1)
       SELECT (SELECT count(*) FROM ((SELECT * FROM recount EXCEPT SELECT * FROM kept)
                                     UNION ALL (SELECT * FROM kept EXCEPT SELECT * FROM recount)) d)::int AS indicator_differences,
              (SELECT count(*) FROM ((SELECT * FROM words EXCEPT SELECT word, complaint_id FROM search_word WHERE organisation_id = $1)
                                     UNION ALL (SELECT word, complaint_id FROM search_word WHERE organisation_id = $1 EXCEPT SELECT * FROM words)) d)::int AS word_differences,
              (SELECT count(*) FROM recount)::int AS indicator_rows`,
      [world.org.id],
    );
    return r;
  };
  const complaint = async (sourceReference: string) => {
    const [c] = await world.db.dataSource.query(
      `SELECT c.id, c.summary, c.version, sa.name AS service_area FROM complaint c JOIN service_area sa ON sa.id = c.service_area_id
        WHERE c.organisation_id = $1 AND c.source_reference = $2`,
      [world.org.id, sourceReference],
    );
    return c;
  };

  beforeAll(async () => {
    world = await createWorld(NOW);
    const first = await run(csv(ROW_1, ROW_2));
    expect(first.rowsImported).toBe(2);
  }, 60_000);
  afterAll(async () => {
    await world?.close();
  });

  it('the stored indicator days and search words equal a recount after an import (issue 14)', async () => {
    const r = await derivedRowsMatchRecount();
    expect(r.indicator_rows).toBeGreaterThan(0);
    expect(r).toMatchObject({ indicator_differences: 0, word_differences: 0 });
  });

  it('the same file again changes nothing, the audit included', async () => {
    const before = { counts: await counts(), rows: await snapshot() };
    const report = await run(csv(ROW_1, ROW_2));
    expect(report).toMatchObject({
      rowsImported: 0,
      rowsUnchanged: 2,
      rowsUpdated: 0,
      rowsRefused: 0,
    });
    expect({ counts: await counts(), rows: await snapshot() }).toEqual(before);
  });

  it('a dry run of a corrected file lists the rows it would correct and writes nothing', async () => {
    const before = { counts: await counts(), rows: await snapshot() };
    const corrected = ROW_1.replace('Leaking roof in the hall', 'Damp in the bedroom');
    const report = await run(csv(corrected, ROW_2), { dryRun: true });
    expect(report.rowsUpdated).toBe(0);
    expect(report.updates).toEqual([
      { row: 2, sourceReference: 'OLD-1', reference: expect.any(String), fields: ['summary'] },
    ]);
    expect({ counts: await counts(), rows: await snapshot() }).toEqual(before);
  });

  it('a corrected summary and service area become one corrected step, audited, with the search words recomputed (docs/procedure.md, Correcting a record)', async () => {
    const was = await complaint('OLD-1');
    const eventsBefore = (await counts())['complaint_event'];
    const corrected = ROW_1.replace('Repairs', 'Estate management').replace(
      'Leaking roof in the hall',
      'Damp in the bedroom',
    );
    const report = await run(csv(corrected, ROW_2));
    expect(report).toMatchObject({
      rowsImported: 0,
      rowsUnchanged: 1,
      rowsUpdated: 1,
      rowsRefused: 0,
    });
    expect(report.updates).toEqual([
      {
        row: 2,
        sourceReference: 'OLD-1',
        reference: expect.any(String),
        fields: ['service_area', 'summary'],
      },
    ]);
    const now = await complaint('OLD-1');
    expect(now).toMatchObject({
      summary: 'Damp in the bedroom',
      service_area: 'Estate management',
      version: was.version + 1,
    });
    expect((await counts())['complaint_event']).toBe((eventsBefore ?? 0) + 1);
    const [step] = await world.db.dataSource.query(
      `SELECT type, payload FROM complaint_event WHERE organisation_id = $1 AND complaint_id = $2 ORDER BY sequence DESC LIMIT 1`,
      [world.org.id, was.id],
    );
    expect(step.type).toBe('corrected');
    expect(step.payload.changes).toEqual([
      { field: 'serviceAreaId', before: expect.any(String), after: expect.any(String) },
      { field: 'summary', before: 'Leaking roof in the hall', after: 'Damp in the bedroom' },
    ]);
    expect(step.payload.reason).toBe('Corrected by the import of history.csv (row 2)');
    const audit = await world.db.dataSource.query(
      `SELECT actor_id, operation, changes FROM audit_log WHERE organisation_id = $1 AND entity_id = $2 ORDER BY id`,
      [world.org.id, was.id],
    );
    expect(audit.at(-1)).toMatchObject({
      actor_id: world.org.people.manager.id,
      operation: 'importComplaints',
      changes: {
        step: 'corrected',
        fields: ['serviceAreaId', 'summary'],
        sourceReference: 'OLD-1',
      },
    });
    const words = await world.db.dataSource.query(
      `SELECT word FROM search_word WHERE organisation_id = $1 AND complaint_id = $2 ORDER BY word`,
      [world.org.id, was.id],
    );
    expect(words.map((w: { word: string }) => w.word)).toContain('damp');
    expect(words.map((w: { word: string }) => w.word)).not.toContain('leak');
    expect(await derivedRowsMatchRecount()).toMatchObject({
      indicator_differences: 0,
      word_differences: 0,
    });

    // and the corrected file again changes nothing
    const before = { counts: await counts(), rows: await snapshot() };
    const again = await run(csv(corrected, ROW_2));
    expect(again).toMatchObject({ rowsUnchanged: 2, rowsUpdated: 0 });
    expect({ counts: await counts(), rows: await snapshot() }).toEqual(before);
  });

  it('a changed outcome is refused with the way to change it on the complaint page, and changes nothing', async () => {
    const before = { counts: await counts(), rows: await snapshot() };
    const changed = ROW_2.replace('not upheld', 'upheld');
    const report = await run(csv(changed));
    expect(report.rowsRefused).toBe(1);
    expect(report.problems).toEqual([
      {
        row: 2,
        column: 'source_reference',
        field: 'source_reference',
        code: 'IMPORT_ALREADY_IMPORTED_DIFFERENT',
        message: expect.stringMatching(/complaint page.*void the step and record it again/),
      },
    ]);
    expect({ counts: await counts(), rows: await snapshot() }).toEqual(before);
  });

  it('a corrected row naming a service area no longer in use is refused by its column and changes nothing', async () => {
    const before = { counts: await counts(), rows: await snapshot() };
    await world.db.dataSource.query(
      `UPDATE service_area SET active = false WHERE organisation_id = $1 AND name = 'Rents'`,
      [world.org.id],
    );
    try {
      const report = await run(
        csv(ROW_2.replace('Rent charged twice', 'Rent charged three times')),
      );
      expect(report.rowsRefused).toBe(1);
      expect(report.problems[0]).toMatchObject({ row: 2, field: 'service_area' });
    } finally {
      await world.db.dataSource.query(
        `UPDATE service_area SET active = true WHERE organisation_id = $1 AND name = 'Rents'`,
        [world.org.id],
      );
    }
    expect({ counts: await counts(), rows: await snapshot() }).toEqual(before);
  });
});
