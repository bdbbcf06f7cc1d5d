import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importComplaints, type ImportOptions, type ImportReport } from '../src/modules/imports';
import { createWorld, tableCounts, type World } from './support/world';

/**
 * The import reads and checks the next batch while the database writes the one before
 * (issue 14, speed): what a batch finds only when it is written (a row imported before with a
 * different journey) is still reported in the file's row order, and every valid row is written.
 */

const NOW = '2026-06-01T12:00:00Z';
const HEADER =
  'source_reference,received_at,channel,service_area,category,summary,customer_name,stage1_closed_at,stage1_outcome';
// received Monday 3 March 2025, closed on working day 4: within the 5 working days (§44)
const row = (reference: string, outcome = 'upheld', received = '2025-03-03 10:00') =>
  `${reference},${received},phone,Repairs,Leaks,Leaking roof ${reference},Ann Smith,2025-03-06,${outcome}`;
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';

describe('an import larger than one batch', () => {
  let world: World;
  const run = (content: string, options: Partial<ImportOptions> = {}): Promise<ImportReport> =>
    importComplaints(
      world.db.dataSource,
      { organisationId: world.org.id, personId: world.org.people.manager.id, now: new Date(NOW) },
      { input: Readable.from([content]), format: 'csv' },
      { dryRun: false, mode: 'valid_rows', createUnknown: false, ...options },
    );

  beforeAll(async () => {
    world = await createWorld(NOW);
    expect((await run(csv(row('OLD-1')))).rowsImported).toBe(1);
  }, 60_000);
  afterAll(async () => {
    await world?.close();
  });

  it('reports problems in row order, a changed journey in the first batch before a bad date after it, and writes the valid rows (docs/procedure.md, Importing complaints)', async () => {
    const fresh = Array.from({ length: 2500 }, (_, i) => row(`NEW-${i + 1}`));
    const report = await run(
      csv(row('OLD-1', 'not upheld'), ...fresh, row('BAD-1', 'upheld', '2025-02-30 10:00')),
    );
    expect(report.problems.map((p) => [p.row, p.code])).toEqual([
      [2, 'IMPORT_ALREADY_IMPORTED_DIFFERENT'],
      [2503, 'IMPORT_BAD_DATE'],
    ]);
    expect(report).toMatchObject({ rowsImported: 2500, rowsRefused: 2, rowsUnchanged: 0 });
    const [{ n }] = await world.db.dataSource.query(
      `SELECT count(*)::int AS n FROM complaint WHERE organisation_id = $1 AND source_reference LIKE 'NEW-%'`,
      [world.org.id],
    );
    expect(n).toBe(2500);
  }, 120_000);

  it('a file unreadable after its first batch writes nothing, the batch being written included (docs/procedure.md, Importing complaints)', async () => {
    const { import_run: _runs, ...before } = await tableCounts(world.db);
    const fresh = Array.from({ length: 2500 }, (_, i) => row(`LATE-${i + 1}`));
    // an opening quote never closed: the CSV cannot be read from there on
    await expect(run(csv(...fresh, 'LATE-X,"2025-03-03 10:00,phone'))).rejects.toThrow();
    const { import_run: _after, ...after } = await tableCounts(world.db);
    expect(after).toEqual(before);
  }, 120_000);
});
