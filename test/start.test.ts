import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  freePort,
  isAlive,
  postmasterPid,
  startBuiltPlatform,
  stopLeftoverPostgres,
  tempDir,
  type StartedPlatform,
} from './support/platform';

async function health(url: string): Promise<unknown> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ health { status database } }' }),
  });
  return res.json();
}

describe('npm start (the built platform on an embedded PostgreSQL)', () => {
  let root: string;
  let dataDir: string;
  let env: Record<string, string>;
  const started: StartedPlatform[] = [];

  beforeAll(async () => {
    root = tempDir('chp-start-test-');
    dataDir = path.join(root, 'pgdata');
    env = {
      PORT: String(await freePort()),
      EMBEDDED_PG_PORT: String(await freePort()),
      PGDATA_DIR: dataDir,
      LOG_LEVEL: 'info',
    };
  });

  afterAll(async () => {
    for (const p of started)
      if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    await stopLeftoverPostgres(dataDir);
    rmSync(root, { recursive: true, force: true });
  });

  it('serves /graphql, whose health query reaches the database, and the dashboard at /', async () => {
    const platform = await startBuiltPlatform(env);
    started.push(platform);
    expect(platform.url).toBe(`http://localhost:${env['PORT']}`);
    expect(await health(platform.url)).toEqual({
      data: { health: { status: 'ok', database: true } },
    });

    const page = await fetch(`${platform.url}/`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<title>CHP Insight</title>');
    expect(html).toContain('<div id="root"></div>');
  });

  it('stops cleanly on SIGTERM to its process group (how scripts stop npm start): exit 0, no PostgreSQL left', async () => {
    const platform = started[0];
    if (!platform?.child.pid) throw new Error('the first test did not start the platform');
    const pid = postmasterPid(dataDir);
    expect(pid && isAlive(pid)).toBeTruthy();
    const stopping = Date.now();
    process.kill(-platform.child.pid, 'SIGTERM'); // node and its postgres child both receive it
    expect(await platform.exited).toEqual({ code: 0, signal: null });
    expect(Date.now() - stopping).toBeLessThan(8_000);
    expect(postmasterPid(dataDir)).toBeNull();
    expect(isAlive(pid as number)).toBe(false);
  });

  it('starts again on the same data after a crash left PostgreSQL running (SIGKILL)', async () => {
    const crashed = await startBuiltPlatform(env);
    started.push(crashed);
    const orphan = postmasterPid(dataDir);
    crashed.child.kill('SIGKILL');
    await crashed.exited;
    expect(orphan && isAlive(orphan)).toBeTruthy(); // the orphaned postgres still holds the folder

    const restarted = await startBuiltPlatform(env);
    started.push(restarted);
    expect(await health(restarted.url)).toEqual({
      data: { health: { status: 'ok', database: true } },
    });
    process.kill(-(restarted.child.pid as number), 'SIGINT'); // Ctrl-C in a terminal
    expect(await restarted.exited).toEqual({ code: 0, signal: null });
    expect(postmasterPid(dataDir)).toBeNull();
  });
});
