import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spsoIndicators, type TimelineSettings } from '@chp/domain';
import { importComplaints, type ImportOptions, type ImportReport } from '../src/modules/imports';
import { sampleCsv, sampleRows, type SampleOptions } from '../src/modules/imports/import-sample';
import {
  loadTimelineSettings,
  toDomainEvents,
  type StoredEvent,
} from '../src/modules/complaints/journey';
import { INDICATORS_QUERY } from './operations/analytics.operations';
import { actual, expected } from './support/indicator-reference';
import { createWorld, tableCounts, type World } from './support/world';

/**
 * The done-when test of the import (issue 14; docs/procedure.md, Importing complaints): a
 * generated 10,000-row file with 50 deliberately bad rows. The dry run reports exactly those 50
 * by row and column and writes nothing; all-or-nothing writes nothing; the valid rows are
 * imported with SPSO indicators equal to @chp/domain's reference on the same rows; importing the
 * same file again changes no row.
 */

const NOW = '2026-06-01T12:00:00Z';

describe('importing a 10,000-row file with 50 bad rows', () => {
  let world: World;
  let dir: string;
  let file: string;
  let sample: SampleOptions;
  let settings: TimelineSettings;
  let expectedProblems: { row: number; column: string; code: string }[];

  const run = (options: Partial<ImportOptions>): Promise<ImportReport> =>
    importComplaints(
      world.db.dataSource,
      { organisationId: world.org.id, personId: world.org.people.manager.id, now: new Date(NOW) },
      { input: file, format: 'csv' },
      { dryRun: false, mode: 'all_or_nothing', createUnknown: false, ...options },
    );
  /** Every table's rows, but the import runs themselves and the audit of runs. */
  const counts = async () => {
    const { import_run: _runs, ...rest } = await tableCounts(world.db);
    return rest;
  };
  const complaintRows = () =>
    world.db.dataSource.query(
      `SELECT md5(string_agg(c::text, '|' ORDER BY c.id)) AS complaints,
              (SELECT md5(string_agg(e::text, '|' ORDER BY e.id)) FROM complaint_event e WHERE e.organisation_id = $1) AS events,
              (SELECT md5(string_agg(d::text, '|' ORDER BY d.date, d.bucket)) FROM indicator_day d WHERE d.organisation_id = $1) AS indicator_days
         FROM complaint c WHERE c.organisation_id = $1`,
      [world.org.id],
    );

  beforeAll(async () => {
    world = await createWorld(NOW);
    const ds = world.db.dataSource;
    for (const name of ['Poor communication', 'Contractor delay'])
      await ds.query(`INSERT INTO root_cause (organisation_id, name) VALUES ($1, $2)`, [
        world.org.id,
        name,
      ]);
    settings = await loadTimelineSettings(ds.manager, world.org.id);
    sample = {
      count: 10_000,
      year: 2025,
      serviceAreas: ['Repairs', 'Rents', 'Estate management'],
      rootCauses: ['Poor communication', 'Contractor delay'],
      settings,
      badEvery: 200,
      badCount: 50,
    };
    expectedProblems = [];
    let i = 0;
    for (const { bad } of sampleRows(sample)) {
      if (bad) expectedProblems.push({ row: i + 2, column: bad.field, code: bad.code });
      i++;
    }
    dir = await mkdtemp(join(tmpdir(), 'chp-import-'));
    file = join(dir, 'history-2025.csv');
    await pipeline(Readable.from(sampleCsv(sample)), createWriteStream(file));
  }, 60_000);
  afterAll(async () => {
    await world?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('the file has the six kinds of bad row the test names, 50 in all', () => {
    expect(expectedProblems).toHaveLength(50);
    expect(new Set(expectedProblems.map((p) => p.code)).size).toBe(6);
  });

  it('the dry run reports exactly the 50 bad rows, each by row and column, in words, and writes nothing', async () => {
    const before = await counts();
    const report = await run({ dryRun: true, mode: 'valid_rows' });
    expect(report.rowsRead).toBe(10_000);
    expect(report.rowsRefused).toBe(50);
    expect(report.rowsValid).toBe(9_950);
    expect(report.rowsImported).toBe(0);
    expect(report.problems.map(({ row, column, code }) => ({ row, column, code }))).toEqual(
      expectedProblems,
    );
    for (const p of report.problems) expect(p.message).toMatch(/^[A-Z].*[.)]$/);
    expect(report.unknownServiceAreas).toEqual(['Grounds (old name)']);
    expect(await counts()).toEqual(before);
  }, 120_000);

  it('all-or-nothing refuses the whole file and writes nothing', async () => {
    const before = await counts();
    const report = await run({ mode: 'all_or_nothing' });
    expect(report.status).toBe('refused');
    expect(report.rowsImported).toBe(0);
    expect(report.problems).toHaveLength(50);
    expect(await counts()).toEqual(before);
  }, 120_000);

  it("valid rows only: the 9,950 are imported and 2025's SPSO indicators equal @chp/domain's reference on the same rows", async () => {
    const report = await run({ mode: 'valid_rows' });
    expect(report.status).toBe('finished');
    expect(report.rowsImported).toBe(9_950);
    const ds = world.db.dataSource;
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM complaint WHERE organisation_id = $1 AND source_reference IS NOT NULL`,
      [world.org.id],
    );
    expect(n).toBe(9_950);
    const rows: (StoredEvent & { complaint_id: string })[] = await ds.query(
      `SELECT complaint_id, type, at, stage, payload FROM complaint_event WHERE organisation_id = $1 ORDER BY complaint_id, sequence`,
      [world.org.id],
    );
    expect(rows.every((r) => r.payload['imported'] === true)).toBe(true);
    const byComplaint = new Map<string, StoredEvent[]>();
    for (const r of rows)
      byComplaint.set(r.complaint_id, [...(byComplaint.get(r.complaint_id) ?? []), r]);
    const journeys = [...byComplaint.values()].map((events) => ({
      events: toDomainEvents(events),
    }));
    expect(journeys).toHaveLength(9_950);
    const res = await world.gql<any>(
      INDICATORS_QUERY,
      { period: { year: 2025 } },
      world.org.people.senior_manager,
    );
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    const figures = res.body.data.spsoIndicators;
    const ref = spsoIndicators(journeys, { from: '2025-01-01', to: '2025-12-31' }, settings);
    expect(ref.received).toBe(9_950);
    expect(ref.stages.stage1.closed).toBeGreaterThan(5_000);
    expect(ref.stages.stage2Escalated.closed).toBeGreaterThan(1_000);
    expect(ref.stages.stage2Direct.closed).toBeGreaterThan(500);
    expect(actual(figures)).toEqual(expected(ref, 5000));
  }, 180_000);

  it('importing the same file again changes no row', async () => {
    const before = await counts();
    const rowsBefore = await complaintRows();
    const report = await run({ mode: 'valid_rows' });
    expect(report.rowsImported).toBe(0);
    expect(report.rowsUnchanged).toBe(9_950);
    expect(report.rowsRefused).toBe(50);
    expect(await counts()).toEqual(before);
    expect(await complaintRows()).toEqual(rowsBefore);
  }, 120_000);
});
