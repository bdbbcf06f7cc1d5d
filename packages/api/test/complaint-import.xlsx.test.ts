import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_FIELDS } from '@chp/domain';
import { importComplaints } from '../src/modules/imports';
import { sampleRows } from '../src/modules/imports/import-sample';
import { createWorld, type World } from './support/world';

/**
 * The same rows from an Excel workbook (docs/procedure.md, Importing complaints): read with
 * exceljs's streaming reader, date cells as typed (London wall clock), a mapping naming the
 * file's own columns.
 */
describe('importing an .xlsx workbook', () => {
  let world: World;
  let dir: string;
  const NOW = '2026-06-01T12:00:00Z';

  beforeAll(async () => {
    world = await createWorld(NOW);
    await world.db.dataSource.query(
      `INSERT INTO root_cause (organisation_id, name) VALUES ($1, 'Poor communication')`,
      [world.org.id],
    );
    dir = await mkdtemp(join(tmpdir(), 'chp-import-xlsx-'));
  });
  afterAll(async () => {
    await world?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** 60 sample rows (one bad in every 20), received_at as an Excel date cell, headers renamed by `rename`. */
  async function workbook(rename: (f: string) => string): Promise<string> {
    const file = join(dir, `history-${Math.random().toString(36).slice(2)}.xlsx`);
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
    const sheet = wb.addWorksheet('Complaints');
    sheet.addRow(IMPORT_FIELDS.map(rename)).commit();
    for (const { row } of sampleRows({
      count: 60,
      year: 2025,
      serviceAreas: ['Repairs', 'Rents'],
      rootCauses: ['Poor communication'],
      badEvery: 20,
      badCount: 3,
    })) {
      const values: unknown[] = IMPORT_FIELDS.map((f) => row[f]);
      const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(row.received_at);
      // a date cell holds the wall-clock time typed (exceljs writes it from the UTC fields)
      if (m) values[1] = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!));
      sheet.addRow(values).commit();
    }
    await wb.commit();
    return file;
  }

  it("reads date cells and a mapping to the file's own columns, and reports the bad rows by the file's own column names", async () => {
    const names: Record<string, string> = {
      source_reference: 'Case ref',
      received_at: 'Date received',
      service_area: 'Team',
    };
    const file = await workbook((f) => names[f] ?? f);
    const report = await importComplaints(
      world.db.dataSource,
      { organisationId: world.org.id, personId: world.org.people.manager.id, now: new Date(NOW) },
      { input: file, format: 'xlsx' },
      {
        dryRun: false,
        mode: 'valid_rows',
        createUnknown: false,
        mapping: {
          source_reference: 'Case ref',
          received_at: 'Date received',
          service_area: 'Team',
        },
      },
    );
    expect(report.rowsRead).toBe(60);
    expect(report.problems.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 21, column: 'stage1_closed_at', code: 'CLOSED_BEFORE_RECEIVED' },
      { row: 41, column: 'extension_due_on', code: 'STAGE1_EXTENSION_PAST_DAY_10' },
      { row: 61, column: 'Team', code: 'IMPORT_UNKNOWN_SERVICE_AREA' },
    ]);
    expect(report.rowsImported).toBe(57);
    // the first row was received on 1 January 2025 at 08:00 London time (GMT)
    const [first] = await world.db.dataSource.query(
      `SELECT received_at FROM complaint WHERE organisation_id = $1 AND source_reference = 'OLD-2025-000001'`,
      [world.org.id],
    );
    expect(new Date(first.received_at).toISOString()).toBe('2025-01-01T08:00:00.000Z');
  });

  it('numbers imported complaints from the recording counter, so the next recording follows the last imported reference with no gap', async () => {
    const file = await workbook((f) => f);
    const report = await importComplaints(
      world.db.dataSource,
      {
        organisationId: world.other.id,
        personId: world.other.people.manager.id,
        now: new Date(NOW),
      },
      { input: file, format: 'xlsx' },
      { dryRun: false, mode: 'valid_rows', createUnknown: true, mapping: {} },
    );
    expect(report.rowsImported).toBe(58);
    const [imported] = await world.db.dataSource.query(
      `SELECT count(*)::int AS n, max(reference) AS last FROM complaint WHERE organisation_id = $1`,
      [world.other.id],
    );
    expect(imported).toEqual({ n: 58, last: 'CMP-2025-00058' });
    const [counter] = await world.db.dataSource.query(
      `SELECT last_number FROM reference_counter WHERE organisation_id = $1 AND year = 2025`,
      [world.other.id],
    );
    expect(counter.last_number).toBe(58);
  });
});
