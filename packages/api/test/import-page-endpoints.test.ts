import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_FIELDS, IMPORT_FIELD_HINTS, REQUIRED_IMPORT_FIELDS } from '@chp/domain';
import { readHeader } from '../src/modules/imports';
import { sampleCsv } from '../src/modules/imports/import-sample';
import { createWorld, type World, type WorldPerson } from './support/world';

/**
 * What the dashboard's import page uses besides GraphQL (docs/api.md, Importing complaints): the
 * template, a file's header row for the column mapping, and a run id chosen by the page so that
 * it can follow the progress while the file uploads.
 */
describe('the import page endpoints', () => {
  let world: World;
  const NOW = '2026-06-01T12:00:00Z';

  beforeAll(async () => {
    world = await createWorld(NOW);
  });
  afterAll(async () => {
    await world?.close();
  });

  const get = (path: string, as: WorldPerson | null) =>
    fetch(`${world.url}${path}`, {
      headers: as ? { authorization: `Bearer ${as.token}` } : {},
    });
  const post = (path: string, body: string | Buffer, as: WorldPerson, type = 'text/csv') =>
    fetch(`${world.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${as.token}`, 'content-type': type },
      body,
    });

  it('the CSV template is the header row of every template field, so it imports as it is', async () => {
    const res = await get('/imports/template.csv', world.org.people.manager);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/complaints-import-template\.csv/);
    expect(await res.text()).toBe(`${IMPORT_FIELDS.join(',')}\r\n`);
  });

  it('the workbook template has the header on its first sheet and each hint on a Notes sheet', async () => {
    const res = await get('/imports/template.xlsx', world.org.people.senior_manager);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const [first, notes] = wb.worksheets;
    expect((first!.getRow(1).values as unknown[]).slice(1)).toEqual([...IMPORT_FIELDS]);
    expect(first!.rowCount).toBe(1);
    const hints = IMPORT_FIELDS.map((f, i) => {
      const row = notes!.getRow(i + 2).values as unknown[];
      return [row[1], row[2], row[3]];
    });
    expect(hints).toEqual(
      IMPORT_FIELDS.map((f) => [
        f,
        REQUIRED_IMPORT_FIELDS.includes(f) ? 'yes' : 'no',
        IMPORT_FIELD_HINTS[f],
      ]),
    );
  });

  it('only importers get the template: a handler is refused, nobody signed in too', async () => {
    expect((await get('/imports/template.csv', world.org.people.handler)).status).toBe(403);
    expect((await get('/imports/template.xlsx', null)).status).toBe(401);
  });

  it("a CSV file's columns are its header row, as written", async () => {
    const csv = 'Ref,Date received, Service ,Channel\nA-1,2025-03-03,Repairs,phone\n';
    const res = await post('/imports/columns?format=csv', csv, world.org.people.manager);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ columns: ['Ref', 'Date received', 'Service', 'Channel'] });
  });

  it("a workbook's columns are the first sheet's first row", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Cases').addRow(['Case no', 'Opened']);
    wb.getWorksheet('Cases')!.addRow(['A-1', '2025-03-03']);
    wb.addWorksheet('Other').addRow(['Not', 'This']);
    const body = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await post(
      '/imports/columns?format=xlsx',
      body,
      world.org.people.admin,
      'application/octet-stream',
    );
    expect(await res.json()).toEqual({ columns: ['Case no', 'Opened'] });
  });

  it('a file that is not the workbook it claims to be is refused as unreadable', async () => {
    await expect(readHeader(Readable.from([Buffer.from('not a zip')]), 'xlsx')).rejects.toThrow();
    const res = await post(
      '/imports/columns?format=xlsx',
      'not a zip',
      world.org.people.manager,
      'application/octet-stream',
    );
    expect(res.status).toBe(400);
  });

  it('a run started with a chosen runId is found by importRun under that id, with its report', async () => {
    const runId = randomUUID();
    const csv = [
      ...sampleCsv({ count: 5, year: 2025, serviceAreas: ['Repairs'], rootCauses: [] }),
    ].join('');
    const res = await post(
      `/imports?format=csv&mode=valid_rows&dryRun=true&runId=${runId}`,
      csv,
      world.org.people.manager,
    );
    expect(res.status).toBe(200);
    expect(((await res.json()) as { runId: string }).runId).toBe(runId);
    const run = await world.gql(
      `query ($id: ID!) { importRun(id: $id) { id status rowsRead report { rowsRead } } }`,
      { id: runId },
      world.org.people.manager,
    );
    expect(run.body.data?.importRun).toEqual({
      id: runId,
      status: 'finished',
      rowsRead: 5,
      report: { rowsRead: 5 },
    });
  });

  it('a runId already used, or not a UUID, is refused and starts no run', async () => {
    const runId = randomUUID();
    const csv = [
      ...sampleCsv({ count: 2, year: 2025, serviceAreas: ['Repairs'], rootCauses: [] }),
    ].join('');
    const path = `/imports?format=csv&mode=valid_rows&dryRun=true&runId=`;
    expect((await post(path + runId, csv, world.org.people.manager)).status).toBe(200);
    const count = async () =>
      Number((await world.db.dataSource.query(`SELECT count(*)::int AS n FROM import_run`))[0].n);
    const before = await count();
    const again = await post(path + runId, csv, world.org.people.manager);
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'runId' } }],
    });
    expect((await post(path + 'run-1', csv, world.org.people.manager)).status).toBe(400);
    expect(await count()).toBe(before);
  });
});
