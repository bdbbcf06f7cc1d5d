import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, tempDir } from './support/platform';
import {
  buildProductionImage,
  containerEnvBase,
  runInImage,
  startExternalPostgres,
  type ExternalPostgres,
} from './support/production-image';

// The Dockerfile and docker-compose.yml, run without Docker: the image built in a temp folder
// from the working tree, started as the compose file starts it, on a PostgreSQL of its own.
// Building takes about a minute on an idle 2-core machine (npm ci from the npm cache, npm run
// build, npm prune); README.md (Deployment with Docker Compose) says what this covers and what only Docker can.

const ADMIN_EMAIL = 'first.admin@example.org';
const ADMIN_PASSWORD = 'production-path-password-1';

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `CMD ["node", "--max-semi-space-size=64", "packages/api/dist/main.js"]` in /app, until it logs that it listens. */
async function startContainer(app: string, env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ['--max-semi-space-size=64', 'packages/api/dist/main.js'], {
    cwd: app,
    env: { ...containerEnvBase(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`not listening within 60 s:\n${output}`)),
      60_000,
    );
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (/listening on http:\/\//.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`exited (code ${code}) before listening:\n${output}`));
    });
  });
  return { child, output: () => output, exited };
}

async function graphql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

describe('the production path (Dockerfile steps, compose environment, an external PostgreSQL)', () => {
  let root: string;
  let app: string;
  let database: ExternalPostgres | undefined;
  let container: Started | undefined;
  let url: string;
  let port: number;
  let embeddedDataDir: string;

  beforeAll(async () => {
    root = tempDir('chp-production-path-');
    app = buildProductionImage(root);
    database = await startExternalPostgres(path.join(root, 'external-pgdata'), await freePort());
    port = await freePort();
    url = `http://127.0.0.1:${port}`;
    embeddedDataDir = path.join(root, 'embedded-pgdata-never-used');
    // the Dockerfile's ENV and the compose file's environment
    container = await startContainer(app, {
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: database.url,
      LOG_LEVEL: 'info',
      CHP_DEMO_DATA: 'false',
      CHP_ADMIN_EMAIL: ADMIN_EMAIL,
      CHP_ADMIN_PASSWORD: ADMIN_PASSWORD,
      PGDATA_DIR: embeddedDataDir,
    });
  }, 420_000); // about a minute on an idle 2-core machine, several when it is shared

  afterAll(async () => {
    if (container && container.child.exitCode === null && container.child.signalCode === null) {
      container.child.kill('SIGKILL');
      await container.exited;
    }
    await database?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  }, 180_000);

  it('the image holds no sources, no tests and no development dependency', () => {
    for (const pkg of ['api', 'domain', 'web']) {
      expect(readdirSync(path.join(app, 'packages', pkg))).not.toContain('src');
      expect(readdirSync(path.join(app, 'packages', pkg))).not.toContain('test');
    }
    for (const devOnly of ['typescript', 'vitest', 'vite', 'tsx'])
      expect(existsSync(path.join(app, 'node_modules', devOnly))).toBe(false);
  });

  it('with DATABASE_URL set, it uses that server and never starts its embedded PostgreSQL', async () => {
    expect(container?.output()).toContain('using the PostgreSQL at DATABASE_URL');
    expect(existsSync(embeddedDataDir)).toBe(false);
    const client = new pg.Client({ connectionString: database?.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'chp-insight'",
      );
      expect(rows[0]?.n).toBeGreaterThan(0);
    } finally {
      await client.end();
    }
  });

  it('applies every migration the image ships to the external database', async () => {
    const shipped = readdirSync(path.join(app, 'packages/api/dist/db/migrations')).filter((f) =>
      /^\d+-.+\.js$/.test(f),
    );
    expect(shipped.length).toBeGreaterThan(0);
    const client = new pg.Client({ connectionString: database?.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ timestamp: string }>(
        'SELECT timestamp::text FROM migrations ORDER BY timestamp',
      );
      expect(rows.map((r) => r.timestamp)).toEqual(shipped.map((f) => f.split('-')[0]).sort());
    } finally {
      await client.end();
    }
  });

  it("the compose file's health check (node packages/api/dist/healthcheck.js) exits 0", async () => {
    expect(
      await runInImage(app, ['packages/api/dist/healthcheck.js'], { PORT: String(port) }),
    ).toBe(0);
  });

  it('the health check exits 1 when nothing answers on PORT', async () => {
    const nobody = String(await freePort());
    expect(await runInImage(app, ['packages/api/dist/healthcheck.js'], { PORT: nobody })).toBe(1);
  });

  it('the first administrator from CHP_ADMIN_EMAIL / CHP_ADMIN_PASSWORD signs in through GraphQL', async () => {
    const signIn = await graphql(
      url,
      'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }',
      { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
    );
    const token = (signIn.data?.['signIn'] as { token?: string } | undefined)?.token;
    expect(signIn.errors).toBeUndefined();
    expect(token).toMatch(/^[\w-]{20,}$/);
    const me = await graphql(url, '{ me { email role } }', {}, token);
    expect(me).toEqual({ data: { me: { email: ADMIN_EMAIL, role: 'admin' } } });
  });

  it('serves the built dashboard at / and the script it loads', async () => {
    const page = await fetch(`${url}/`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<title>CHP Insight</title>');
    const script = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${url}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect((await asset.text()).length).toBeGreaterThan(1000);
  });

  it('stops cleanly on SIGTERM (docker stop): exit 0, the external PostgreSQL still serving', async () => {
    if (!container) throw new Error('the container did not start');
    container.child.kill('SIGTERM');
    expect(await container.exited).toEqual({ code: 0, signal: null });
    const client = new pg.Client({ connectionString: database?.url });
    await client.connect();
    try {
      expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    } finally {
      await client.end();
    }
  });
});
