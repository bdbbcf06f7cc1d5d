import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importActions, type ImportOptions, type ImportReport } from '../src/modules/imports';
import { runReminders } from '../src/modules/mail';
import { ACTION_IMPORT_FIELDS } from '@chp/domain';
import { createWorld, tableCounts, type World, type WorldPerson } from './support/world';

/**
 * Importing improvement actions (issue 14; docs/procedure.md, Importing improvement actions): a
 * generated action log with deliberately bad rows. The dry run reports exactly those by row and
 * column and writes nothing; all-or-nothing writes nothing; the valid rows are written, show in
 * the actions list with their owners and target dates, and are reminded like any action; the
 * same file again changes no row; a corrected file corrects and audits.
 */

const NOW = '2026-06-01T12:00:00Z'; // Monday 1 June 2026

const HEADER = [
  'source_reference',
  'title',
  'description',
  'service_area',
  'root_causes',
  'owner',
  'raised_on',
  'target_date',
  'status',
  'completed_on',
  'completion_evidence',
  'learning_shared',
];
type Row = Partial<Record<(typeof HEADER)[number], string>>;
const csv = (rows: Row[]) =>
  [HEADER.join(','), ...rows.map((r) => HEADER.map((h) => JSON.stringify(r[h] ?? '')).join(','))]
    .join('\r\n')
    .concat('\r\n');

describe('importing an improvement-action log', () => {
  let world: World;
  let owner: string;
  let rows: Row[];
  /** Rows 2–4 are valid; rows 5–10 each break one rule. */
  const EXPECTED_PROBLEMS = [
    { row: 5, column: 'root_causes', code: 'IMPORT_UNKNOWN_ROOT_CAUSE' },
    { row: 6, column: 'completed_on', code: 'IMPORT_REQUIRED' },
    { row: 7, column: 'target_date', code: 'IMPORT_BAD_DATE' },
    { row: 8, column: 'source_reference', code: 'IMPORT_DUPLICATE_REFERENCE' },
    { row: 9, column: 'target_date', code: 'IMPORT_ACTION_TARGET_BEFORE_RAISED' },
    { row: 10, column: 'owner', code: 'IMPORT_UNKNOWN_PERSON' },
  ];

  const run = (content: string, options: Partial<ImportOptions>): Promise<ImportReport> =>
    importActions(
      world.db.dataSource,
      { organisationId: world.org.id, personId: world.org.people.manager.id, now: new Date(NOW) },
      { input: Readable.from([Buffer.from(content)]), format: 'csv' },
      {
        dryRun: false,
        mode: 'all_or_nothing',
        createUnknown: false,
        fileName: 'actions.csv',
        ...options,
      },
    );
  const counts = async () => {
    const { import_run: _runs, ...rest } = await tableCounts(world.db);
    return rest;
  };
  const actionRows = async () =>
    (
      await world.db.dataSource.query(
        `SELECT md5(string_agg(a::text, '|' ORDER BY a.id)) AS actions,
                (SELECT md5(string_agg(l::text, '|' ORDER BY l.action_id, l.root_cause_id))
                   FROM improvement_action_root_cause l WHERE l.organisation_id = $1) AS causes,
                (SELECT count(*)::int FROM audit_log WHERE organisation_id = $1) AS audits
           FROM improvement_action a WHERE a.organisation_id = $1`,
        [world.org.id],
      )
    )[0];

  beforeAll(async () => {
    world = await createWorld(NOW);
    for (const name of ['Poor communication', 'Contractor delay'])
      await world.db.dataSource.query(
        `INSERT INTO root_cause (organisation_id, name) VALUES ($1, $2)`,
        [world.org.id, name],
      );
    owner = world.org.people.handler.email;
    const good = {
      title: 'Call back within a day',
      description: 'Repairs call customers back within one working day',
      service_area: 'Repairs',
      root_causes: 'Poor communication',
      owner,
      raised_on: '2026-01-12',
      target_date: '2026-09-30',
      status: 'proposed',
    };
    rows = [
      { ...good, source_reference: 'ACT-1' },
      // authorised and due today: its owner is reminded as for any action
      { ...good, source_reference: 'ACT-2', status: 'authorised', target_date: '2026-06-01' },
      {
        ...good,
        source_reference: 'ACT-3',
        root_causes: 'Poor communication; Contractor delay',
        status: 'done',
        target_date: '2026-03-31',
        completed_on: '20/02/2026',
        completion_evidence: 'Call-back script in use',
        learning_shared: 'Team briefing 3 March',
      },
      { ...good, source_reference: 'ACT-4', root_causes: 'Staff attitude' },
      { ...good, source_reference: 'ACT-5', status: 'done', completion_evidence: 'Done' },
      { ...good, source_reference: 'ACT-6', target_date: '31/02/2026' },
      { ...good, source_reference: 'ACT-2' },
      { ...good, source_reference: 'ACT-7', target_date: '2026-01-05' },
      { ...good, source_reference: 'ACT-8', owner: 'Nobody Known' },
    ];
  });
  afterAll(async () => world.close());

  it('the dry run reports exactly the bad rows, by row and column, in words, and writes nothing', async () => {
    const before = await counts();
    const report = await run(csv(rows), { dryRun: true });
    expect(report.problems.map(({ row, column, code }) => ({ row, column, code }))).toEqual(
      EXPECTED_PROBLEMS,
    );
    expect(report.problems.every((p) => p.message.length > 10 && p.message !== p.code)).toBe(true);
    expect(report).toMatchObject({
      kind: 'actions',
      rowsRead: 9,
      rowsValid: 3,
      rowsRefused: 6,
      rowsImported: 0,
      unknownRootCauses: ['Staff attitude'],
      unknownPeople: ['Nobody Known'],
    });
    expect(await counts()).toEqual(before);
  });

  it('all or nothing: a file with refused rows writes nothing', async () => {
    const before = await counts();
    const report = await run(csv(rows), { mode: 'all_or_nothing' });
    expect(report).toMatchObject({ status: 'refused', rowsImported: 0, rowsRefused: 6 });
    expect(await counts()).toEqual(before);
  });

  it('valid rows: the three valid actions are written, marked imported, and audited', async () => {
    const report = await run(csv(rows), { mode: 'valid_rows' });
    expect(report).toMatchObject({ status: 'finished', rowsImported: 3, rowsRefused: 6 });
    const stored = await world.db.dataSource.query(
      `SELECT source_reference, status, target_date::text AS target, completed_on::text AS completed,
              authorised_on::text AS authorised, created_at, imported_version,
              (SELECT count(*)::int FROM improvement_action_root_cause l WHERE l.organisation_id = a.organisation_id AND l.action_id = a.id) AS causes,
              (SELECT count(*)::int FROM audit_log g WHERE g.organisation_id = a.organisation_id AND g.entity_id = a.id::text AND g.operation = 'importActions') AS audits
         FROM improvement_action a WHERE organisation_id = $1 ORDER BY source_reference`,
      [world.org.id],
    );
    expect(stored).toMatchObject([
      {
        source_reference: 'ACT-1',
        status: 'proposed',
        target: '2026-09-30',
        authorised: null,
        causes: 1,
        audits: 1,
        imported_version: 1,
      },
      {
        source_reference: 'ACT-2',
        status: 'authorised',
        target: '2026-06-01',
        authorised: '2026-01-12',
        causes: 1,
        audits: 1,
      },
      { source_reference: 'ACT-3', status: 'done', completed: '2026-02-20', causes: 2, audits: 1 },
    ]);
    // raised on 12 January: the action's creation is that day (noon, London time)
    expect(new Date(stored[0].created_at).toISOString()).toBe('2026-01-12T12:00:00.000Z');
  });

  it('the imported actions show in the actions list and in the owner’s My actions, with owners and target dates', async () => {
    const query = `query($filter: ImprovementActionFilter) { improvementActions(filter: $filter) {
      totalCount items { sourceReference targetDate status owner { email } } } }`;
    const all = await world.gql(query, {}, world.org.people.manager);
    expect(all.body.errors).toBeUndefined();
    expect(
      all.body
        .data!.improvementActions.items.map((a: { sourceReference: string }) => a.sourceReference)
        .sort(),
    ).toEqual(['ACT-1', 'ACT-2', 'ACT-3']);
    const mine = await world.gql(query, { filter: { mine: true } }, world.org.people.handler);
    expect(mine.body.errors).toBeUndefined();
    expect(mine.body.data!.improvementActions.items).toContainEqual({
      sourceReference: 'ACT-2',
      targetDate: '2026-06-01',
      status: 'authorised',
      owner: { email: owner },
    });
  });

  it('the imported authorised action due today is reminded to its owner like any action', async () => {
    await runReminders(world.db.dataSource, new Date(NOW));
    const [action] = await world.db.dataSource.query(
      `SELECT id FROM improvement_action WHERE organisation_id = $1 AND source_reference = 'ACT-2'`,
      [world.org.id],
    );
    const messages = await world.db.dataSource.query(
      `SELECT reason, day::text AS day FROM outbox_message WHERE person_id = $1 AND subject_id = $2`,
      [world.org.people.handler.id, action.id],
    );
    expect(messages).toEqual([{ reason: 'action_due_today', day: '2026-06-01' }]);
  });

  it('importing the same file again changes no row', async () => {
    const before = await actionRows();
    const report = await run(csv(rows), { mode: 'valid_rows' });
    expect(report).toMatchObject({ rowsImported: 0, rowsUnchanged: 3, rowsUpdated: 0 });
    expect(await actionRows()).toEqual(before);
  });

  it('a corrected file corrects the action it imported and audits each field’s before and after', async () => {
    const corrected = rows.map((r) =>
      r.source_reference === 'ACT-1' && r.title
        ? { ...r, title: 'Call back within four hours', target_date: '2026-10-30' }
        : r,
    );
    const dry = await run(csv(corrected.slice(0, 3)), { dryRun: true });
    expect(dry.updates).toEqual([
      {
        row: 2,
        sourceReference: 'ACT-1',
        reference: expect.any(String),
        fields: ['title', 'target_date'],
      },
    ]);
    const report = await run(csv(corrected.slice(0, 3)), {});
    expect(report).toMatchObject({ rowsUpdated: 1, rowsUnchanged: 2, rowsImported: 0 });
    const [action] = await world.db.dataSource.query(
      `SELECT id, title, target_date::text AS target, version FROM improvement_action WHERE organisation_id = $1 AND source_reference = 'ACT-1'`,
      [world.org.id],
    );
    expect(action).toMatchObject({
      title: 'Call back within four hours',
      target: '2026-10-30',
      version: 2,
    });
    const [audit] = await world.db.dataSource.query(
      `SELECT changes FROM audit_log WHERE organisation_id = $1 AND entity_id = $2 ORDER BY at DESC, id DESC LIMIT 1`,
      [world.org.id, action.id],
    );
    expect(audit.changes).toMatchObject({
      step: 'corrected',
      reason: 'Corrected by the import of actions.csv (row 2)',
      sourceReference: 'ACT-1',
      changes: {
        title: { before: 'Call back within a day', after: 'Call back within four hours' },
        target_date: { before: '2026-09-30', after: '2026-10-30' },
      },
    });
    // and the corrected file again changes nothing
    const again = await actionRows();
    expect(await run(csv(corrected.slice(0, 3)), {})).toMatchObject({ rowsUnchanged: 3 });
    expect(await actionRows()).toEqual(again);
  });

  it('an action changed on the dashboard since it was imported is not overwritten by a corrected file', async () => {
    await world.db.dataSource.query(
      `UPDATE improvement_action SET version = version + 1 WHERE organisation_id = $1 AND source_reference = 'ACT-3'`,
      [world.org.id],
    );
    const before = await actionRows();
    const changed = rows
      .slice(0, 3)
      .map((r) => (r.source_reference === 'ACT-3' ? { ...r, title: 'Another title' } : r));
    const report = await run(csv(changed), { mode: 'all_or_nothing' });
    expect(report.problems.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 4, column: 'source_reference', code: 'IMPORT_ACTION_CHANGED_SINCE_IMPORT' },
    ]);
    expect(await actionRows()).toEqual(before);
  });

  it('unknown root causes are created only when the import is confirmed', async () => {
    const file = csv([{ ...rows[3]!, source_reference: 'ACT-9' }]);
    expect((await run(file, { dryRun: true, createUnknown: true })).problems).toEqual([]);
    const [none] = await world.db.dataSource.query(
      `SELECT count(*)::int AS n FROM root_cause WHERE organisation_id = $1 AND name = 'Staff attitude'`,
      [world.org.id],
    );
    expect(none.n).toBe(0);
    expect(await run(file, { createUnknown: true })).toMatchObject({ rowsImported: 1 });
    const [created] = await world.db.dataSource.query(
      `SELECT count(*)::int AS n FROM root_cause WHERE organisation_id = $1 AND name = 'Staff attitude'`,
      [world.org.id],
    );
    expect(created.n).toBe(1);
  });

  describe('from the dashboard and other systems', () => {
    const post = (path: string, body: string, as: WorldPerson) =>
      fetch(`${world.url}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${as.token}`, 'content-type': 'text/csv' },
        body,
      });
    const IMPORT = `mutation($input: ImportComplaintsInput!) { importComplaints(input: $input) {
      kind status rowsValid rowsUnchanged problems { row column code } } }`;
    const input = (content: string) => ({
      content,
      format: 'csv',
      kind: 'actions',
      dryRun: true,
      mode: 'all_or_nothing',
    });

    it('the template of improvement actions is its own header row', async () => {
      const res = await fetch(`${world.url}/imports/template.csv?kind=actions`, {
        headers: { authorization: `Bearer ${world.org.people.manager.token}` },
      });
      expect(res.headers.get('content-disposition')).toMatch(
        /improvement-actions-import-template\.csv/,
      );
      expect(await res.text()).toBe(`${ACTION_IMPORT_FIELDS.join(',')}\r\n`);
    });

    it('POST /imports with kind=actions checks an action file (dry run)', async () => {
      const res = await post(
        '/imports?format=csv&mode=all_or_nothing&dryRun=true&kind=actions',
        csv(rows),
        world.org.people.manager,
      );
      expect(res.status).toBe(200);
      const report = (await res.json()) as ImportReport;
      expect(report.kind).toBe('actions');
      // Staff attitude was created by the confirmed import above: row 5 passes now
      expect(report.problems.map(({ row, column, code }) => ({ row, column, code }))).toEqual(
        EXPECTED_PROBLEMS.slice(1),
      );
    });

    it('POST /imports refuses a kind it does not know', async () => {
      const res = await post(
        '/imports?format=csv&mode=all_or_nothing&kind=customers',
        csv(rows),
        world.org.people.manager,
      );
      expect(res.status).toBe(400);
    });

    it('GraphQL: a manager checks an action file; a handler may not (importsComplaints)', async () => {
      const asManager = await world.gql(
        IMPORT,
        { input: input(csv(rows)) },
        world.org.people.manager,
      );
      expect(asManager.body.data?.importComplaints).toMatchObject({
        kind: 'actions',
        status: 'refused',
      });
      const asHandler = await world.gql(
        IMPORT,
        { input: input(csv(rows)) },
        world.org.people.handler,
      );
      expect(asHandler.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    });

    it('the mapping of improvement actions is saved apart from the complaint mapping', async () => {
      const save = `mutation($mapping: [ImportColumnInput!]!, $kind: ImportKind) {
        saveImportMapping(mapping: $mapping, kind: $kind) { field column } }`;
      const read = `query($kind: ImportKind) { importMapping(kind: $kind) { field column } }`;
      const manager = world.org.people.manager;
      await world.gql(save, { mapping: [{ field: 'summary', column: 'Details' }] }, manager);
      await world.gql(
        save,
        { kind: 'actions', mapping: [{ field: 'target_date', column: 'Due by' }] },
        manager,
      );
      expect((await world.gql(read, {}, manager)).body.data?.importMapping).toEqual([
        { field: 'summary', column: 'Details' },
      ]);
      expect(
        (await world.gql(read, { kind: 'actions' }, manager)).body.data?.importMapping,
      ).toEqual([{ field: 'target_date', column: 'Due by' }]);
      // the saved mapping is the one an import of that kind reads
      const mapped = csv(rows.slice(0, 1)).replace('target_date', 'Due by');
      const report = await world.gql(IMPORT, { input: input(mapped) }, manager);
      expect(report.body.data?.importComplaints).toMatchObject({
        status: 'finished',
        rowsValid: 0,
      });
    });
  });
});
