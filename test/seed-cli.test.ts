import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, repoRoot, tempDir } from './support/platform';
import { startExternalPostgres, type ExternalPostgres } from './support/production-image';

// `npm run seed` (packages/api/dist/demo/seed-cli.js) must tell a script or CI that it failed:
// a non-zero exit code and one line saying why, never a stack trace or a silent 0.

const seedCli = path.join(repoRoot, 'packages/api/dist/demo/seed-cli.js');

function seed(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
    delete childEnv['NODE_ENV'];
    delete childEnv['VITEST'];
    const child = spawn(process.execPath, [seedCli, ...args], {
      cwd: repoRoot,
      env: childEnv,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => resolve({ code, stderr }));
  });
}

describe('npm run seed exits non-zero when it fails', () => {
  let root: string;
  let database: ExternalPostgres;

  beforeAll(async () => {
    root = tempDir('chp-seed-cli-test-');
    database = await startExternalPostgres(path.join(root, 'pgdata'), await freePort());
  });

  afterAll(async () => {
    await database?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('exits 1 with one line when DATABASE_URL does not answer', async () => {
    const closed = await freePort();
    const { code, stderr } = await seed(['--complaints', '10'], {
      DATABASE_URL: `postgres://chp:chp@127.0.0.1:${closed}/chp`,
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^\[seed\] .*ECONNREFUSED/m);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('exits 1 when the organisation named does not exist, loading nothing', async () => {
    const { code, stderr } = await seed(['--complaints', '10', '--organisation', 'no-such-org'], {
      DATABASE_URL: database.url,
    });
    expect(code).toBe(1);
    expect(stderr).toContain('[seed] no organisation with the slug "no-such-org"');
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM complaint',
      );
      expect(rows[0]?.n).toBe(0);
    } finally {
      await client.end();
    }
  });

  it('exits 1 on an option it does not know, before touching a database', async () => {
    const { code, stderr } = await seed(['--complaints', '10', '--bogus'], {
      DATABASE_URL: 'postgres://chp:chp@127.0.0.1:1/chp',
    });
    expect(code).toBe(1);
    expect(stderr).toContain('[seed] unknown option --bogus');
  });
});
