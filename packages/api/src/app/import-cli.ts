import 'reflect-metadata';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '../config';
import { createDataSource, migrate } from '../db/data-source';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../db/embedded-postgres';
import {
  formatOf,
  importActions,
  importComplaints,
  loadImportMapping,
  type ImportKind,
  type ImportMode,
} from '../modules/imports';

/**
 * `npm run import -- file.xlsx [--kind complaints|actions] [--dry-run] [--valid-rows] [--create-unknown] [--organisation slug] [--as e-mail]`
 *
 * Imports complaints with their journey, or improvement actions (`--kind actions`), from a CSV or
 * XLSX file (docs/procedure.md, Importing complaints and Importing improvement actions) into the organisation's data: the same checks and writes as the dashboard's import.
 * Uses DATABASE_URL, or the embedded PostgreSQL of `npm start`. Prints the report; exit code 0
 * when every row passed (or was imported before), 1 when rows were refused.
 */

const USAGE =
  'usage: npm run import -- <file.csv|file.xlsx> [--kind complaints|actions] [--dry-run] [--valid-rows] [--create-unknown] [--organisation demo-housing] [--as manager@example.org]';

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
    '--kind',
    '--help',
  ]);
  for (const a of argv)
    if (a.startsWith('--') && !known.has(a)) throw new Error(`unknown option ${a}\n${USAGE}`);
  const valued = new Set(
    ['--organisation', '--as', '--kind'].flatMap((o) =>
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
    const kind = (option(argv, 'kind') ?? 'complaints') as ImportKind;
    if (kind !== 'complaints' && kind !== 'actions')
      throw new Error(`--kind is complaints or actions\n${USAGE}`);
    const mode: ImportMode = argv.includes('--valid-rows') ? 'valid_rows' : 'all_or_nothing';
    const path = resolve(process.env['INIT_CWD'] ?? process.cwd(), file);
    const started = Date.now();
    const run = kind === 'actions' ? importActions : importComplaints;
    const report = await run(
      ds,
      { organisationId: org.id, personId, now: new Date() },
      { input: path, format: formatOf(path) },
      {
        dryRun: argv.includes('--dry-run'),
        mode,
        createUnknown: argv.includes('--create-unknown'),
        mapping: await loadImportMapping(ds.manager, org.id, kind),
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
      `${report.dryRun ? 'Dry run' : 'Import'} of ${file} (${kind}): ${report.rowsRead} rows read, ${report.rowsValid} new and valid, ` +
        `${report.rowsUnchanged} imported before (unchanged), ${report.rowsUpdated} corrected, ${report.rowsRefused} refused; ` +
        `${report.rowsImported} imported${report.status === 'refused' ? ' (all or nothing: nothing written)' : ''} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
    if (report.unknownPeople.length)
      console.log(
        `Nobody in ${slug} has these names or e-mails: ${report.unknownPeople.join(', ')}`,
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
