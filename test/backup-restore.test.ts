import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, repoRoot, tempDir } from './support/platform';

// docs/operations.md, Backups: the real `npm run backup` / `npm run restore` programs against the
// embedded PostgreSQL, here already running (as when the platform runs) so the test can read it.

const apiDist = path.join(repoRoot, 'packages/api/dist');
const cli = path.join(apiDist, 'db/backup-cli.js');
const requireApi = createRequire(path.join(apiDist, 'main.js'));
const { startEmbeddedPostgres } = requireApi('./db/embedded-postgres.js') as {
  startEmbeddedPostgres: (o: { dataDir: string; port: number; database: string }) => Promise<{
    url: string;
    urlFor(db: string): string;
    stop(): Promise<void>;
  }>;
};
const { createDataSource } = requireApi('./db/data-source.js') as {
  createDataSource: (url: string) => {
    initialize(): Promise<unknown>;
    destroy(): Promise<void>;
    query(sql: string): Promise<{ id: string; population: number | null }[]>;
  };
};
const { indicatorFigures, financialYearPeriod } = requireApi('./modules/analytics/index.js') as {
  indicatorFigures: (
    ds: unknown,
    org: string,
    periods: unknown[],
    facts: unknown,
  ) => Promise<unknown>;
  financialYearPeriod: (year: number) => unknown;
};

const run = promisify(execFile);
let dir: string;
let env: NodeJS.ProcessEnv;
let server: Awaited<ReturnType<typeof startEmbeddedPostgres>>;

async function cliRun(...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const r = await run(process.execPath, [cli, ...args], { env, cwd: repoRoot });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

async function withClient<T>(work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Every table's row count and checksum of its rows, and the SPSO indicators of two years. */
async function fingerprint(): Promise<{ tables: Record<string, string>; indicators: unknown }> {
  const tables = await withClient(async (c) => {
    const names = await c.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
    );
    const out: Record<string, string> = {};
    for (const { name } of names.rows) {
      const r = await c.query<{ n: string; sum: string | null }>(
        `SELECT count(*)::text AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS sum FROM public."${name}" t`,
      );
      out[name] = `${r.rows[0]!.n} rows, md5 ${r.rows[0]!.sum}`;
    }
    return out;
  });
  const ds = createDataSource(server.url);
  await ds.initialize();
  try {
    const [org] = await ds.query(`SELECT id, population FROM organisation ORDER BY slug LIMIT 1`);
    const periods = [financialYearPeriod(2025), financialYearPeriod(2026)];
    const facts = { population: org!.population, populationLabel: null };
    return { tables, indicators: await indicatorFigures(ds, org!.id, periods, facts) };
  } finally {
    await ds.destroy();
  }
}

/** A change made after a backup was taken. */
async function changeAfterBackup(value: string): Promise<void> {
  await withClient((c) =>
    c.query(
      `INSERT INTO app_meta (key, value) VALUES ('after-backup', $1)
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
      [value],
    ),
  );
}

beforeAll(async () => {
  dir = tempDir('chp-backup-');
  const port = await freePort();
  env = { ...process.env, PGDATA_DIR: path.join(dir, 'pg'), EMBEDDED_PG_PORT: String(port) };
  delete env['DATABASE_URL'];
  server = await startEmbeddedPostgres({ dataDir: env['PGDATA_DIR']!, port, database: 'chp' });
  await run(
    process.execPath,
    [path.join(apiDist, 'demo/seed-cli.js'), '--complaints', '400', '--today', '2026-11-20'],
    { env, cwd: repoRoot },
  );
}, 180_000);

afterAll(async () => {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('backups (docs/operations.md, Backups)', () => {
  it('a backup restored into a wiped database gives back every row of every table and the same SPSO indicators', async () => {
    const before = await fingerprint();
    expect(before.tables['complaint']).toMatch(/^400 rows/);
    expect(JSON.stringify(before.indicators)).toMatch(/"received":[1-9]/);
    const file = path.join(dir, 'wiped.backup');
    expect((await cliRun('backup', '--out', file)).code).toBe(0);
    const admin = new pg.Client({ connectionString: server.urlFor('postgres') });
    await admin.connect();
    await admin.query('DROP DATABASE chp');
    await admin.query('CREATE DATABASE chp');
    await admin.end();
    expect((await fingerprint().catch(() => null))?.tables['complaint']).toBeUndefined();

    const restored = await cliRun('restore', file);
    expect(restored.out).toContain('[restore] restored');
    expect(restored.code).toBe(0);
    expect(await fingerprint()).toEqual(before);
  });

  it('restore refuses a database that holds rows without --force, and changes nothing', async () => {
    const file = path.join(dir, 'refused.backup');
    expect((await cliRun('backup', '--out', file)).code).toBe(0);
    await changeAfterBackup('refused');
    const before = await fingerprint();

    const refused = await cliRun('restore', file);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/not empty.*nothing was changed.*--force/);
    expect(await fingerprint()).toEqual(before);
  });

  it('restore --force replaces a database that holds rows with the backup', async () => {
    const taken = await fingerprint();
    const file = path.join(dir, 'forced.backup');
    expect((await cliRun('backup', '--out', file)).code).toBe(0);
    await changeAfterBackup('forced');
    expect(await fingerprint()).not.toEqual(taken);

    expect((await cliRun('restore', file, '--force')).code).toBe(0);
    expect(await fingerprint()).toEqual(taken);
  });

  it('restore refuses while another session (a running platform) uses the database', async () => {
    const file = path.join(dir, 'busy.backup');
    expect((await cliRun('backup', '--out', file)).code).toBe(0);
    const refused = await withClient(() => cliRun('restore', file, '--force'));
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('stop the platform');
  });
});
