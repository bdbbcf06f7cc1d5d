import 'reflect-metadata';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '../config';
import { createDataSource, migrate } from '../db/data-source';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../db/embedded-postgres';
import { formatOf, importComplaints, type ImportMode } from '../modules/imports';

/**
 * `npm run import -- file.xlsx [--dry-run] [--valid-rows] [--create-unknown] [--organisation slug] [--as e-mail]`
 *
 * Imports complaints with their journey from a CSV or XLSX file (docs/procedure.md, Importing
 * complaints) into the organisation's data: the same checks and writes as the dashboard's import.
 * Uses DATABASE_URL, or the embedded PostgreSQL of `npm start`. Prints the report; exit code 0
 * when every row passed (or was imported before), 1 when rows were refused.
 */

const USAGE =
  'usage: npm run import -- <file.csv|file.xlsx> [--dry-run] [--valid-rows] [--create-unknown] [--organisation demo-housing] [--as manager@example.org]';

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i < 0 ? undefined : argv[i + 1];
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const known = new Set([
    '--dry-run',
    '--valid-rows',
    '--create-unknown',
    '--organisation',
    '--as',
    '--help',
  ]);
  for (const a of argv)
    if (a.startsWith('--') && !known.has(a)) throw new Error(`unknown option ${a}\n${USAGE}`);
  const valued = new Set(
    ['--organisation', '--as'].flatMap((o) =>
      argv.includes(o) ? [argv[argv.indexOf(o) + 1]] : [],
    ),
  );
  const file = argv.find((a) => !a.startsWith('--') && !valued.has(a));
  if (argv.includes('--help') || !file) {
    console.log(USAGE);
    return file ? 0 : 2;
  }
  const config = loadConfig();
  let embedded: EmbeddedPostgres | undefined;
  let url = config.databaseUrl;
  if (url === null) {
    const running = `postgres://chp:chp@127.0.0.1:${config.embeddedPgPort}/chp`;
    if (await answers(running)) url = running;
    else {
      embedded = await startEmbeddedPostgres({
        dataDir: config.pgDataDir,
        port: config.embeddedPgPort,
        database: 'chp',
      });
      url = embedded.url;
    }
  }
  const ds = createDataSource(url);
  try {
    await ds.initialize();
    await migrate(ds);
    const slug = option(argv, 'organisation') ?? 'demo-housing';
    const [org] = await ds.query<{ id: string }[]>(`SELECT id FROM organisation WHERE slug = $1`, [
      slug,
    ]);
    if (!org) throw new Error(`no organisation with the slug "${slug}"`);
    const email = option(argv, 'as');
    let personId: string | null = null;
    if (email) {
      const [person] = await ds.query<{ id: string }[]>(
        `SELECT id FROM person WHERE organisation_id = $1 AND lower(email) = lower($2)`,
        [org.id, email],
      );
      if (!person) throw new Error(`nobody in ${slug} has the e-mail ${email}`);
      personId = person.id;
    }
    const [saved] = await ds.query<{ mapping: Record<string, string> }[]>(
      `SELECT mapping FROM import_mapping WHERE organisation_id = $1`,
      [org.id],
    );
    const mode: ImportMode = argv.includes('--valid-rows') ? 'valid_rows' : 'all_or_nothing';
    const path = resolve(process.env['INIT_CWD'] ?? process.cwd(), file);
    const started = Date.now();
    const report = await importComplaints(
      ds,
      { organisationId: org.id, personId, now: new Date() },
      { input: path, format: formatOf(path) },
      {
        dryRun: argv.includes('--dry-run'),
        mode,
        createUnknown: argv.includes('--create-unknown'),
        mapping: saved?.mapping ?? {},
        fileName: file,
      },
      (rows) => {
        if (process.stderr.isTTY)
          process.stderr.write(`\r${rows.toLocaleString('en-GB')} rows read`);
      },
    );
    if (process.stderr.isTTY) process.stderr.write('\n');
    for (const p of report.problems)
      console.log(`row ${p.row}, column ${p.column}: ${p.message} (${p.code})`);
    console.log(
      `${report.dryRun ? 'Dry run' : 'Import'} of ${file}: ${report.rowsRead} rows read, ${report.rowsValid} new and valid, ` +
        `${report.rowsUnchanged} imported before (unchanged), ${report.rowsRefused} refused; ` +
        `${report.rowsImported} imported${report.status === 'refused' ? ' (all or nothing: nothing written)' : ''} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
    if (report.unknownServiceAreas.length || report.unknownRootCauses.length)
      console.log(
        `Not known yet (created with --create-unknown): service areas ${report.unknownServiceAreas.join(', ') || '-'}; root causes ${report.unknownRootCauses.join(', ') || '-'}`,
      );
    return report.rowsRefused > 0 ? 1 : 0;
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
