import 'reflect-metadata';
import { localDate } from '@chp/domain';
import { Client } from 'pg';
import { loadConfig } from '../config';
import { createDataSource, migrate } from '../db/data-source';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../db/embedded-postgres';
import { createLog } from '../log';
import { DEMO_SLUG, ensureDemoOrganisation } from './first-start';
import {
  complaintCount,
  deleteDemoData,
  loadDemoData,
  withPgClient,
  type LoadProgress,
} from './loader';
import { ensureDemoStaff } from './staff';

/**
 * `npm run seed -- --complaints 1000000 [--seed 42] [--organisation demo-housing] [--today 2026-11-20]
 *  [--append | --replace] [--actions N] [--batch-size 5000]`
 *
 * Uses DATABASE_URL, or the embedded PostgreSQL of `npm start` (the same data folder and port;
 * if `npm start` is running, its server is used as it is). Migrates, makes sure the demo
 * organisation exists, and bulk-loads generated complaints with a progress bar on stderr.
 */

const USAGE = `usage: npm run seed -- --complaints N [--seed 42] [--organisation ${DEMO_SLUG}] [--today YYYY-MM-DD] [--append | --replace] [--actions N] [--batch-size N]`;

interface Args {
  complaints: number;
  seed: number;
  organisation: string;
  today: string;
  /** The instant the data is as of: the clock when --today is not given, else noon on that day. */
  now: string | undefined;
  append: boolean;
  replace: boolean;
  actions: number | undefined;
  batchSize: number;
}

function parseArgs(argv: string[]): Args {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    if (i < 0) return undefined;
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`--${name} needs a value\n${USAGE}`);
    return v;
  };
  const number = (name: string, fallback?: number): number | undefined => {
    const v = value(name);
    if (v === undefined) return fallback;
    const n = Number(v.replace(/[_,]/g, ''));
    if (!Number.isInteger(n) || n < 0)
      throw new Error(`--${name} must be a whole number, got "${v}"\n${USAGE}`);
    return n;
  };
  const known = new Set([
    '--complaints',
    '--seed',
    '--organisation',
    '--today',
    '--append',
    '--replace',
    '--actions',
    '--batch-size',
    '--help',
  ]);
  for (const a of argv)
    if (a.startsWith('--') && !known.has(a)) throw new Error(`unknown option ${a}\n${USAGE}`);
  if (argv.includes('--help')) {
    console.log(USAGE);
    process.exit(0);
  }
  const complaints = number('complaints');
  if (complaints === undefined) throw new Error(`--complaints is required\n${USAGE}`);
  const clock = new Date().toISOString();
  const today = value('today') ?? localDate(clock);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`--today must be YYYY-MM-DD\n${USAGE}`);
  const append = argv.includes('--append');
  const replace = argv.includes('--replace');
  if (append && replace) throw new Error(`choose --append or --replace, not both\n${USAGE}`);
  return {
    complaints,
    seed: number('seed', 42)!,
    organisation: value('organisation') ?? DEMO_SLUG,
    today,
    now: value('today') ? undefined : clock,
    append,
    replace,
    actions: number('actions'),
    batchSize: number('batch-size', 5000)!,
  };
}

function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

function progressBar(p: LoadProgress): string {
  const share = p.total === 0 ? 1 : p.complaints / p.total;
  const width = 30;
  const done = Math.round(share * width);
  const seconds = p.elapsedMs / 1000;
  const rate = seconds > 0 ? p.rows / seconds : 0;
  const perComplaint = p.complaints > 0 ? p.elapsedMs / p.complaints : 0;
  const eta = duration((p.total - p.complaints) * perComplaint);
  return (
    `[${'#'.repeat(done)}${'-'.repeat(width - done)}] ${(share * 100).toFixed(1).padStart(5)}% ` +
    `${p.complaints.toLocaleString('en-GB')}/${p.total.toLocaleString('en-GB')} complaints · ` +
    `${Math.round(rate).toLocaleString('en-GB')} rows/s · ETA ${eta}`
  );
}

/** Whether a PostgreSQL already answers at `url` (e.g. the one `npm start` runs). */
async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  const log = createLog(config.logLevel === 'debug' ? 'debug' : 'warn');
  let embedded: EmbeddedPostgres | undefined;
  let url = config.databaseUrl;
  if (url === null) {
    const running = `postgres://chp:chp@127.0.0.1:${config.embeddedPgPort}/chp`;
    if (await answers(running)) {
      console.error(`[seed] using the PostgreSQL already running on port ${config.embeddedPgPort}`);
      url = running;
    } else {
      console.error(
        `[seed] starting the embedded PostgreSQL (data in ${config.pgDataDir}, port ${config.embeddedPgPort})`,
      );
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
    let organisationId: string;
    if (args.organisation === DEMO_SLUG) {
      organisationId = (await ensureDemoOrganisation(ds, log)).organisationId;
      await ensureDemoStaff(ds, organisationId, 'demo.chp.example');
    } else {
      const [org] = await ds.query<{ id: string }[]>(
        `SELECT id FROM organisation WHERE slug = $1`,
        [args.organisation],
      );
      if (!org) throw new Error(`no organisation with the slug "${args.organisation}"`);
      organisationId = org.id;
      await ensureDemoStaff(ds, organisationId, `${args.organisation}.example.org`);
    }
    const result = await withPgClient(ds, async (client) => {
      const existing = await complaintCount(client, organisationId);
      if (existing > 0 && args.replace) {
        console.error(
          `[seed] deleting the ${existing.toLocaleString('en-GB')} complaints and the improvement actions of ${args.organisation} (--replace)`,
        );
        await deleteDemoData(client, organisationId);
      } else if (existing > 0 && !args.append) {
        throw new Error(
          `${args.organisation} already holds ${existing.toLocaleString('en-GB')} complaints. ` +
            'Add --append to add more after them (references continue), or --replace to delete them first.',
        );
      }
      let last = 0;
      const interactive = process.stderr.isTTY;
      const result = await loadDemoData(client, {
        organisationId,
        count: args.complaints,
        seed: args.seed,
        today: args.today,
        now: args.now,
        actions: args.actions,
        batchSize: args.batchSize,
        onProgress: (p) => {
          if (interactive) process.stderr.write(`\r${progressBar(p)}`);
          else if (p.elapsedMs - last > 5000 || p.complaints === p.total) {
            last = p.elapsedMs;
            process.stderr.write(`${progressBar(p)}\n`);
          }
        },
      });
      if (interactive) process.stderr.write('\n');
      return result;
    });
    const seconds = result.elapsedMs / 1000;
    console.log(
      `[seed] loaded ${result.complaints.toLocaleString('en-GB')} complaints, ${result.events.toLocaleString('en-GB')} journey events, ` +
        `${result.actions.toLocaleString('en-GB')} improvement actions (${result.rows.toLocaleString('en-GB')} rows) into ${args.organisation} ` +
        `in ${duration(result.elapsedMs)} (${Math.round(result.rows / seconds).toLocaleString('en-GB')} rows/s; seed ${args.seed}, as of ${args.today})`,
    );
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`[seed] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
