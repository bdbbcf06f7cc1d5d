/**
 * Import benchmark (issue 14): `npm run bench:import [-- --rows 100000] [--no-write]`.
 *
 * Starts an embedded PostgreSQL of its own (.bench-pgdata-import/, port BENCH_IMPORT_PG_PORT,
 * default 54349; or DATABASE_URL), creates a fresh database and organisation, generates a CSV of
 * `rows` complaints received in 2025 with their journeys (the generator the tests use), and times
 * the dry run, the import (valid rows) and importing the same file again, printing the peak
 * resident memory (sampled every 100 ms, and the process's maximum). Writes a section into
 * docs/benchmarks.md ("Import"). A measurement, not a test: nothing asserts times.
 */
import {
  createWriteStream,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { api, apiRequire, repoRoot } from './lib/api.mjs';

const log = (m) => console.error(`[bench:import] ${m}`);
const pg = apiRequire('pg');

function options(argv) {
  const i = argv.indexOf('--rows');
  const rows =
    i < 0
      ? 100_000
      : Number(
          String(argv[i + 1])
            .replace(/[_,]/g, '')
            .replace(/k$/i, '000'),
        );
  if (!Number.isInteger(rows) || rows <= 0) throw new Error('--rows needs a positive whole number');
  return { rows, write: !argv.includes('--no-write') };
}

const mb = (bytes) => `${Math.round(bytes / 1024 / 1024)} MB`;
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');

/**
 * CPU milliseconds used so far by the embedded PostgreSQL (the postmaster, its finished children
 * and its live ones, from /proc), or null when it cannot be read (another server, not Linux). Unlike
 * seconds on the clock, CPU time hardly depends on what else the shared machine is running.
 */
function postgresCpuMs(dataDir) {
  try {
    const pid = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const stat = (p) => {
      const f = readFileSync(`/proc/${p}/stat`, 'utf8');
      return f.slice(f.lastIndexOf(')') + 2).split(' ');
    };
    const ticks = (fields, n) => fields.slice(11, 11 + n).reduce((a, b) => a + Number(b), 0);
    let total = ticks(stat(pid), 4); // utime, stime, cutime, cstime
    for (const d of readdirSync('/proc')) {
      if (!/^\d+$/.test(d)) continue;
      try {
        const fields = stat(d);
        if (Number(fields[1]) === pid) total += ticks(fields, 2);
      } catch {
        // the process ended meanwhile
      }
    }
    return total * 10; // clock ticks of 10 ms
  } catch {
    return null;
  }
}

/** Where the write-ahead log is: what a run writes to disk is the difference (pg_wal_lsn_diff). */
const walLsn = async (ds) => (await ds.query(`SELECT pg_current_wal_lsn()::text AS l`))[0].l;

const nodeCpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function main() {
  const o = options(process.argv.slice(2));
  require_();
  const { startEmbeddedPostgres } = api('db/embedded-postgres.js');
  const { createDataSource, migrate } = api('db/data-source.js');
  const { createOrganisation } = api('modules/organisations/organisation.service.js');
  const { importComplaints } = api('modules/imports/index.js');
  const { sampleCsv } = api('modules/imports/import-sample.js');
  let embedded;
  let pgDataDir = null;
  let serverUrl = process.env.DATABASE_URL?.trim() || null;
  if (!serverUrl) {
    const port = Number(process.env.BENCH_IMPORT_PG_PORT ?? 54349);
    log(`starting the embedded PostgreSQL (data in .bench-pgdata-import/, port ${port})`);
    pgDataDir = path.join(repoRoot, '.bench-pgdata-import');
    embedded = await startEmbeddedPostgres({
      dataDir: pgDataDir,
      port,
      database: 'postgres',
    });
    serverUrl = embedded.url;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'chp-bench-import-'));
  const database = 'chp_bench_import';
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  const ds = createDataSource(url.toString());
  const figures = {};
  try {
    await ds.initialize();
    await migrate(ds);
    const organisationId = await ds.transaction((em) =>
      createOrganisation(em, {
        name: 'Bench Housing',
        slug: 'bench-housing',
        sector: 'housing',
        population: 50000,
        populationLabel: 'homes',
      }),
    );
    const serviceAreas = ['Repairs', 'Rents', 'Estate management', 'Anti-social behaviour'];
    for (const name of serviceAreas)
      await ds.query(`INSERT INTO service_area (organisation_id, name) VALUES ($1, $2)`, [
        organisationId,
        name,
      ]);
    const rootCauses = ['Poor communication', 'Contractor delay', 'Policy not followed'];
    for (const name of rootCauses)
      await ds.query(`INSERT INTO root_cause (organisation_id, name) VALUES ($1, $2)`, [
        organisationId,
        name,
      ]);

    const file = path.join(dir, `history-${o.rows}.csv`);
    let t = performance.now();
    await pipeline(
      Readable.from(sampleCsv({ count: o.rows, year: 2025, serviceAreas, rootCauses })),
      createWriteStream(file),
    );
    figures.generate = performance.now() - t;
    figures.fileBytes = statSync(file).size;
    log(
      `generated ${o.rows.toLocaleString('en-GB')} rows (${mb(figures.fileBytes)}) in ${(figures.generate / 1000).toFixed(1)} s`,
    );

    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
    const run = async (label, opts) => {
      const samples = [];
      const loadStart = load();
      const cpuStart = { node: nodeCpuMs(), pg: pgDataDir && postgresCpuMs(pgDataDir) };
      const walStart = await walLsn(ds);
      const start = performance.now();
      const report = await importComplaints(
        ds,
        { organisationId, personId: null, now: new Date('2026-06-01T12:00:00Z') },
        { input: file, format: 'csv' },
        { dryRun: false, mode: 'valid_rows', createUnknown: false, ...opts },
        (rows) => {
          if (rows % 10_000 !== 0) return;
          const rss = process.memoryUsage().rss;
          samples.push(rss);
          log(`${label}: ${rows.toLocaleString('en-GB')} rows, RSS ${mb(rss)}`);
        },
      );
      const ms = performance.now() - start;
      const pgEnd = pgDataDir && postgresCpuMs(pgDataDir);
      const walBytes = Number(
        (await ds.query(`SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), $1) AS b`, [walStart]))[0].b,
      );
      const cpu = {
        node: nodeCpuMs() - cpuStart.node,
        pg: pgEnd === null || cpuStart.pg === null ? null : pgEnd - cpuStart.pg,
      };
      log(
        `${label}: ${(ms / 1000).toFixed(1)} s (CPU: Node ${(cpu.node / 1000).toFixed(1)} s, PostgreSQL ${cpu.pg === null ? '?' : (cpu.pg / 1000).toFixed(1)} s), ${report.rowsImported} imported, ${report.rowsUnchanged} unchanged, ${report.rowsRefused} refused`,
      );
      return { label, ms, cpu, walBytes, report, loadStart, loadEnd: load(), samples };
    };
    const rssBefore = process.memoryUsage().rss;
    figures.runs = [
      await run('dry run', { dryRun: true }),
      await run('import (valid rows)', {}),
      await run('same file again', {}),
    ];
    clearInterval(sampler);
    figures.peakRss = Math.max(peak, process.resourceUsage().maxRSS * 1024);
    figures.rssBefore = rssBefore;
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM complaint WHERE organisation_id = $1`,
      [organisationId],
    );
    figures.stored = n;
    const section = render(o, figures);
    console.log(section);
    if (o.write) write(section);
  } finally {
    if (ds.isInitialized) await ds.destroy();
    rmSync(dir, { recursive: true, force: true });
    await embedded?.stop().catch(() => {});
  }
}

function require_() {
  // reflect-metadata must be loaded before the entities
  apiRequire('reflect-metadata');
}

function cpuVerdict(f) {
  const [dry, imported] = f.runs;
  if (dry.cpu.pg === null || imported.cpu.pg === null)
    return 'PostgreSQL CPU time was not measured (not the embedded server).';
  // Node checks and PostgreSQL writes at the same time, so on two free cores the import takes
  // about the larger of the two; the dry run is Node's work alone
  const estimate = dry.cpu.node + Math.max(imported.cpu.node, imported.cpu.pg);
  return `the dry run used ${(dry.cpu.node / 1000).toFixed(1)} s of Node, the import ${(imported.cpu.node / 1000).toFixed(1)} s of Node and ${(imported.cpu.pg / 1000).toFixed(1)} s of PostgreSQL, at the same time; on 2 free cores that is about ${(estimate / 1000).toFixed(0)} s for the dry run and the import (an estimate from CPU time, ${estimate < 120_000 ? 'within' : '**over**'} the 2 minutes; it leaves out waiting for the disk: the import wrote ${mb(imported.walBytes)} of write-ahead log, which a slow disk can make the larger cost).`;
}

/** A machine is busy when its 1-minute load average at the start was above 2 (its 2 cores in use). */
const busy = (f) => Number(f.runs[0].loadStart.split(' / ')[0]) > 2;

function readingLoad(f) {
  const start = f.runs[0].loadStart.split(' / ')[0];
  const end = f.runs.at(-1).loadEnd.split(' / ')[0];
  return busy(f)
    ? `the machine's 2 cores were shared with other engineers' test suites and benchmarks (load average ${start} at the start, ${end} at the end), so the seconds on the clock are what the import did under that load, not on a quiet machine.`
    : `the machine was quiet when the runs started (load average ${start} at the start, ${end} at the end: the benchmark's own work), so the seconds on the clock are the import's own.`;
}

function render(o, f) {
  const s = (ms) => (ms === null ? '–' : (ms / 1000).toFixed(1));
  const row = (r) =>
    `| ${r.label} | ${s(r.ms)} | ${Math.round((o.rows / r.ms) * 1000).toLocaleString('en-GB')} | ${s(r.cpu.node)} | ${s(r.cpu.pg)} | ${r.report.rowsImported.toLocaleString('en-GB')} | ${r.report.rowsUnchanged.toLocaleString('en-GB')} | ${r.loadStart} → ${r.loadEnd} |`;
  const imported = f.runs[1];
  const verdict = imported.ms + f.runs[0].ms < 120_000 ? 'met' : '**not met**';
  return [
    '<!-- import:start -->',
    '## Import',
    '',
    `Written by \`npm run bench:import\` (bench/import.mjs) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ${os.cpus().length} cores${busy(f) ? " shared with other engineers' work" : ''} (load average per run below); Node ${process.version}, embedded PostgreSQL (default settings), a fresh database. File: ${o.rows.toLocaleString('en-GB')} generated complaints received in 2025 with their journeys (stage 1 closures, extensions, escalations with acknowledgement and stage 2 closure, straight to stage 2 with points, open; root causes, customers), CSV, ${mb(f.fileBytes)}. Target: ${o.rows.toLocaleString('en-GB')} rows checked and imported in under 2 minutes (dry run + import: ${((f.runs[0].ms + imported.ms) / 1000).toFixed(1)} s, ${verdict}; the import alone, which checks every row again: ${(imported.ms / 1000).toFixed(1)} s), memory flat.`,
    '',
    '| Run | seconds | rows/s | CPU s, Node | CPU s, PostgreSQL | imported | unchanged | load average (1/5/15 min) start → end |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
    ...f.runs.map(row),
    '',
    `Resident memory: ${mb(f.rssBefore)} before the first run; every 10,000 rows ${f.runs.map((r) => `${r.label} ${r.samples.length ? `${mb(Math.min(...r.samples))}–${mb(Math.max(...r.samples))}` : '–'}`).join(', ')}; peak of the process ${mb(f.peakRss)}. The file is streamed and written in batches of 2,000; what grows with the file is the set of its source references (to find a reference used twice) and the list of problems (at most 10,000). Complaints stored: ${f.stored.toLocaleString('en-GB')}.`,
    '',
    `**Reading these figures:** ${readingLoad(f)} The CPU seconds hardly depend on the load: ${cpuVerdict(f)}`,
    '',
    "How the import is made fast (issue 14): the file is read and checked in Node while PostgreSQL writes the previous batch of 2,000 (one core each); indicator_day, the reference counter and the search words are kept by statement triggers once per INSERT (migration SetBasedInsertTriggers), the search words without ON CONFLICT (migration SearchWordsInsertPlain: nothing can conflict; the speculative insertion made their insert about 1.5 times as slow, about a tenth of PostgreSQL's CPU for an import of 10,000). Where PostgreSQL's time goes (EXPLAIN ANALYZE of one batch of 1,000 at 30,000 complaints, under a load average of about 14): the complaints' insert 0.33 s, of which the search words 0.15 s (stemming every word of the summary and the customer's name, and an index entry per word), indicator_day 0.04 s, the foreign-key checks 0.04 s and the 20 indexes most of the rest; the journey rows 0.12 s (mostly their foreign-key check to the complaint); customers, root causes and audit entries 0.03–0.05 s each. In Node (--cpu-prof) the rules' date arithmetic of checkImportRow (the dry run is that work alone) and of the projection, then JSON for the batch and garbage collection. Not done: checking each row once when an import follows its dry run (the import checks again, in Node, while PostgreSQL writes).",
    '<!-- import:end -->',
  ].join('\n');
}

function write(section) {
  const file = path.join(repoRoot, 'docs', 'benchmarks.md');
  const md = readFileSync(file, 'utf8');
  const next = md.includes('<!-- import:start -->')
    ? md.replace(/<!-- import:start -->[\s\S]*<!-- import:end -->/, section)
    : `${md.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
  log('wrote docs/benchmarks.md (section "Import")');
}

main().catch((error) => {
  console.error(`[bench:import] ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
});
