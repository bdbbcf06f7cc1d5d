import { apiRequire } from './api.mjs';
import { api } from './api.mjs';
const pg = apiRequire('pg');

/** The data the bench generates: fixed seed and "today", so every machine loads the same complaints. */
export const SEED = 42;
export const TODAY = '2026-11-20';

/** A URL to another database on the same server. */
export function databaseUrl(serverUrl, database) {
  const u = new URL(serverUrl);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const label = (n) =>
  n >= 1_000_000 && n % 1_000_000 === 0
    ? `${n / 1_000_000}m`
    : n >= 1000 && n % 1000 === 0
      ? `${n / 1000}k`
      : String(n);

function progressLine(p, size) {
  const share = p.total === 0 ? 1 : p.complaints / p.total;
  const width = 30;
  const done = Math.round(share * width);
  const seconds = p.elapsedMs / 1000;
  return (
    `[bench] loading ${label(size)}: [${'#'.repeat(done)}${'-'.repeat(width - done)}] ${(share * 100).toFixed(1).padStart(5)}% ` +
    `${p.complaints.toLocaleString('en-GB')} complaints · ${Math.round(p.rows / Math.max(seconds, 0.001)).toLocaleString('en-GB')} rows/s · ${seconds.toFixed(0)} s`
  );
}

/**
 * Rewrites every per-day and per-month table (name ending in `_day` or `_month`: indicator_day
 * and the other summary tables kept by triggers, and the calendar's small day tables) in its primary key's order
 * (CLUSTER; its unique key when it has no primary key), so a summary that a load filled row by row, leaving dead rows over thousands of
 * pages, is read from as few pages as a fresh clone's after the same steps. Returns each
 * table's pages before and after and its rows.
 */
export async function compactDayTables(ds) {
  const tables = await ds.query(
    // the primary key, or for a table keyed with a nullable column (root_cause_day: NULL is "no
    // root cause") its unique key
    `SELECT DISTINCT ON (c.relname) c.relname AS table, i.relname AS key
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
       JOIN pg_index x ON x.indrelid = c.oid AND (x.indisprimary OR x.indisunique)
       JOIN pg_class i ON i.oid = x.indexrelid
      WHERE c.relkind = 'r' AND (c.relname LIKE '%\\_day' OR c.relname LIKE '%\\_month')
      ORDER BY c.relname, x.indisprimary DESC, i.relname`,
  );
  const pages = async (table) =>
    Number((await ds.query(`SELECT pg_relation_size($1::regclass) / 8192 AS n`, [table]))[0].n);
  const out = [];
  for (const { table, key } of tables) {
    const before = await pages(table);
    await ds.query(`CLUSTER "${table}" USING "${key}"`);
    await ds.query(`ANALYZE "${table}"`);
    const [{ rows }] = await ds.query(`SELECT count(*)::int AS rows FROM "${table}"`);
    out.push({ table, pagesBefore: before, pagesAfter: await pages(table), rows });
  }
  return out;
}

/**
 * The database `chp_bench_<size>` on the server at `serverUrl`, holding exactly `size` generated
 * complaints in the demo organisation: reused when it already does, else (or with `reload`)
 * dropped, re-created, migrated and loaded with the project's COPY loader. Then (VACUUM after a
 * load, so the analytics indexes serve index-only scans as they do once autovacuum has run) the
 * per-day tables compacted (compactDayTables) and ANALYZE. Returns its URL, the organisation,
 * the load time (null if reused) and the per-day tables' pages.
 */
export async function prepareDataset(
  serverUrl,
  size,
  { reload = false, log = console.error } = {},
) {
  const { createDataSource, migrate } = api('db/data-source.js');
  const { ensureDemoOrganisation } = api('demo/first-start.js');
  const { ensureDemoStaff } = api('demo/staff.js');
  const { loadDemoData, withPgClient, complaintCount } = api('demo/loader.js');
  const { createLog } = api('log.js');

  const database = `chp_bench_${label(size)}`;
  const url = databaseUrl(serverUrl, database);
  const adminUrl = databaseUrl(serverUrl, 'postgres');
  const drop = () =>
    withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
  const create = () =>
    withClient(adminUrl, async (c) => {
      const { rowCount } = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [
        database,
      ]);
      if (rowCount === 0) await c.query(`CREATE DATABASE "${database}"`);
    });
  if (reload) {
    log(`[bench] --reload: dropping ${database}`);
    await drop();
  }
  await create();

  const open = async () => {
    const ds = createDataSource(url);
    await ds.initialize();
    await migrate(ds);
    const { organisationId } = await ensureDemoOrganisation(ds, createLog('warn'));
    await ensureDemoStaff(ds, organisationId, 'demo.chp.example');
    return { ds, organisationId };
  };
  let { ds, organisationId } = await open();
  try {
    let existing = await withPgClient(ds, (c) => complaintCount(c, organisationId));
    if (existing !== size && existing !== 0) {
      log(
        `[bench] ${database} holds ${existing.toLocaleString('en-GB')} complaints, not ${size.toLocaleString('en-GB')}: re-creating it`,
      );
      await ds.destroy();
      await drop();
      await create();
      ({ ds, organisationId } = await open());
      existing = 0;
    }
    let loadMs = null;
    if (existing === 0) {
      log(
        `[bench] ${database}: loading ${size.toLocaleString('en-GB')} generated complaints (seed ${SEED}, as of ${TODAY}) with the project's COPY loader`,
      );
      const interactive = process.stderr.isTTY;
      let last = 0;
      const result = await withPgClient(ds, (client) =>
        loadDemoData(client, {
          organisationId,
          count: size,
          seed: SEED,
          today: TODAY,
          onProgress: (p) => {
            if (interactive) process.stderr.write(`\r${progressLine(p, size)}`);
            else if (p.elapsedMs - last > 15_000 || p.complaints === p.total) {
              last = p.elapsedMs;
              log(progressLine(p, size));
            }
          },
        }),
      );
      if (interactive) process.stderr.write('\n');
      const t = performance.now();
      await ds.query(
        'VACUUM (ANALYZE) complaint, complaint_event, complaint_root_cause, improvement_action, improvement_action_complaint, customer',
      );
      loadMs = result.elapsedMs + (performance.now() - t);
      log(
        `[bench] ${database}: loaded ${result.complaints.toLocaleString('en-GB')} complaints, ${result.events.toLocaleString('en-GB')} events, ` +
          `${result.actions.toLocaleString('en-GB')} actions in ${(loadMs / 1000).toFixed(0)} s (VACUUM ANALYZE included)`,
      );
    } else {
      log(
        `[bench] ${database}: reusing ${existing.toLocaleString('en-GB')} complaints (--reload to load again)`,
      );
    }
    // compact the per-day summaries, then ANALYZE, after a load and when reusing: a fresh clone
    // then measures what this machine measures
    const dayTables = await compactDayTables(ds);
    for (const t of dayTables)
      log(
        `[bench] ${database}: ${t.table} ${t.rows.toLocaleString('en-GB')} rows, ${t.pagesBefore.toLocaleString('en-GB')} pages before CLUSTER, ${t.pagesAfter.toLocaleString('en-GB')} after`,
      );
    await ds.query('ANALYZE');
    const [{ events }] = await ds.query(
      'SELECT count(*)::int AS events FROM complaint_event WHERE organisation_id = $1',
      [organisationId],
    );
    const [{ actions }] = await ds.query(
      'SELECT count(*)::int AS actions FROM improvement_action WHERE organisation_id = $1',
      [organisationId],
    );
    return { size, database, url, organisationId, loadMs, events, actions, dayTables };
  } finally {
    if (ds.isInitialized) await ds.destroy();
  }
}
