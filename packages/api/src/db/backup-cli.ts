import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '../config';
import { repoRoot } from '../paths';
import { takeBackup } from './backup';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';
import { restoreBackup } from './restore';

/**
 * `npm run backup -- [--out FILE]` and `npm run restore -- FILE [--force]` (docs/operations.md,
 * Backups). Uses DATABASE_URL, or the embedded PostgreSQL of `npm start`: its server as it is
 * when running, else started here for the job and stopped after.
 */

const USAGE =
  'usage: npm run backup -- [--out FILE]\n       npm run restore -- FILE [--force | --replace]';

/** npm runs workspace scripts in packages/api; paths on the command line are the caller's. */
const callerPath = (file: string): string =>
  path.resolve(process.env['INIT_CWD'] ?? process.cwd(), file);

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

async function withDatabase<T>(tag: string, work: (url: string) => Promise<T>): Promise<T> {
  const config = loadConfig();
  if (config.databaseUrl !== null) return work(config.databaseUrl);
  const running = `postgres://chp:chp@127.0.0.1:${config.embeddedPgPort}/chp`;
  if (await answers(running)) {
    console.error(`[${tag}] using the PostgreSQL already running on port ${config.embeddedPgPort}`);
    return work(running);
  }
  console.error(
    `[${tag}] starting the embedded PostgreSQL (data in ${config.pgDataDir}, port ${config.embeddedPgPort})`,
  );
  const embedded: EmbeddedPostgres = await startEmbeddedPostgres({
    dataDir: config.pgDataDir,
    port: config.embeddedPgPort,
    database: 'chp',
  });
  try {
    return await work(embedded.url);
  } finally {
    await embedded.stop();
  }
}

function timestamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

const size = (bytes: number): string =>
  bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;

async function backup(args: string[]): Promise<void> {
  const i = args.indexOf('--out');
  const out = i >= 0 ? args[i + 1] : undefined;
  if (i >= 0 && (out === undefined || out.startsWith('--')))
    throw new Error(`--out needs a file\n${USAGE}`);
  const rest = args.filter((a, j) => j !== i && j !== i + 1);
  if (rest.length > 0) throw new Error(`unknown argument ${rest[0]}\n${USAGE}`);
  const file = out
    ? callerPath(out)
    : path.join(repoRoot, 'backups', `chp-insight-${timestamp(new Date())}.backup`);
  mkdirSync(path.dirname(file), { recursive: true });
  const started = Date.now();
  const result = await withDatabase('backup', async (url) => {
    const client = new Client({ connectionString: url, application_name: 'chp-insight-backup' });
    await client.connect();
    try {
      return await takeBackup(client, file);
    } finally {
      await client.end();
    }
  });
  const rows = result.manifest.tables.reduce((n, t) => n + t.rows, 0);
  console.log(
    `[backup] wrote ${file}: ${result.manifest.tables.length} tables, ${rows.toLocaleString('en-GB')} rows, ` +
      `${size(result.bytes)} in ${((Date.now() - started) / 1000).toFixed(1)}s`,
  );
}

async function restore(args: string[]): Promise<void> {
  const force = args.includes('--force') || args.includes('--replace');
  const unknown = args.find((a) => a.startsWith('--') && a !== '--force' && a !== '--replace');
  if (unknown) throw new Error(`unknown option ${unknown}\n${USAGE}`);
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length !== 1) throw new Error(`name one backup file to restore\n${USAGE}`);
  const file = callerPath(files[0]!);
  const started = Date.now();
  const result = await withDatabase('restore', (url) => restoreBackup(url, file, { force }));
  console.log(
    `[restore] restored ${file} (taken ${result.manifest.createdAt}): ${result.manifest.tables.length} tables, ` +
      `${result.rows.toLocaleString('en-GB')} rows in ${((Date.now() - started) / 1000).toFixed(1)}s`,
  );
}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  if (args.includes('--help') || command === '--help') {
    console.log(USAGE);
    return;
  }
  if (command === 'backup') await backup(args);
  else if (command === 'restore') await restore(args);
  else throw new Error(USAGE);
}

main().catch((error: unknown) => {
  const tag = process.argv[2] === 'restore' ? 'restore' : 'backup';
  // process.exit: embedded-postgres's exit hook would otherwise end the process with code 0.
  process.stderr.write(`[${tag}] ${error instanceof Error ? error.message : String(error)}\n`, () =>
    process.exit(1),
  );
});
