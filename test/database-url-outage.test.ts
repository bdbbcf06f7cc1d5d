import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Answer,
  recoveredOrTimedOut,
  runLoad,
  serviceAreaNames,
  signIn,
} from './support/outage-load';
import {
  freePort,
  postmasterPid,
  startBuiltPlatform,
  tempDir,
  waitUntil,
  type StartedPlatform,
} from './support/platform';
import { startExternalPostgres, type ExternalPostgres } from './support/production-image';

// The platform on a PostgreSQL it did not start (DATABASE_URL), which goes away under a write
// load and comes back: nothing supervises that server, so the pool alone must recover.

const ADMIN = { email: 'admin@url-outage.test', password: 'url-outage-test-password-1' };
/** How long the database stays down: long enough for /health and the writers to see it. */
const DOWN_MS = 4000;

describe('the PostgreSQL at DATABASE_URL stopped under a write load, then started again', () => {
  let root: string;
  let dataDir: string;
  let pgPort: number;
  let database: ExternalPostgres | undefined;
  let platform: StartedPlatform;
  let token: string;
  let answers: Answer[] = [];
  let acknowledged: string[] = [];
  let outageLog = '';
  let stoppingAt = 0;
  let stoppedAt = 0;
  let restartingAt = 0;

  beforeAll(async () => {
    root = tempDir('chp-url-outage-test-');
    dataDir = path.join(root, 'external-pgdata');
    pgPort = await freePort();
    database = await startExternalPostgres(dataDir, pgPort);
    platform = await startBuiltPlatform({
      PORT: String(await freePort()),
      DATABASE_URL: database.url,
      PGDATA_DIR: path.join(root, 'embedded-pgdata-never-used'),
      LOG_LEVEL: 'info',
      CHP_DEMO_DATA: 'false',
      CHP_ADMIN_EMAIL: ADMIN.email,
      CHP_ADMIN_PASSWORD: ADMIN.password,
      CHP_ORGANISATION_NAME: 'Outage Council',
      PUBLIC_REQUESTS_PER_MINUTE: '1000000',
    });
    token = await signIn(platform.url, ADMIN.email, ADMIN.password);
    const logBefore = platform.output().length;
    const load = runLoad(platform.url, token, recoveredOrTimedOut());
    await new Promise((r) => setTimeout(r, 1000)); // the load under way
    stoppingAt = Date.now();
    await database.stop(); // a fast shutdown, as a managed database's restart or failover does
    stoppedAt = Date.now();
    database = undefined;
    await new Promise((r) => setTimeout(r, DOWN_MS));
    restartingAt = Date.now();
    database = await startExternalPostgres(dataDir, pgPort);
    ({ answers, acknowledged } = await load);
    outageLog = platform.output().slice(logBefore);
  }, 120_000);

  afterAll(async () => {
    if (platform && platform.child.exitCode === null && platform.child.signalCode === null) {
      platform.child.kill('SIGKILL');
      await platform.exited;
    }
    await database?.stop();
    const pid = postmasterPid(dataDir);
    if (pid) await waitUntil(() => postmasterPid(dataDir) === null);
    rmSync(root, { recursive: true, force: true });
  }, 60_000);

  it('answers writes 503 with Retry-After while PostgreSQL is down, never 500', () => {
    const writes = answers.filter((a) => a.surface === 'write');
    expect(writes.filter((a) => a.status !== 200 && a.status !== 503)).toEqual([]);
    const unavailable = writes.filter((a) => a.status === 503);
    expect(unavailable.length).toBeGreaterThan(0);
    expect(unavailable.every((a) => a.retryAfter === '5')).toBe(true);
  });

  it('answers /health 503 while PostgreSQL is down, 200 before and after', () => {
    const health = answers.filter((a) => a.surface === 'health');
    expect(health.filter((a) => a.status !== 200 && a.status !== 503)).toEqual([]);
    const during = health.filter((a) => a.at > stoppedAt + 500 && a.at < restartingAt);
    expect(during.length).toBeGreaterThan(0);
    expect(during.every((a) => a.status === 503 && a.retryAfter === '5')).toBe(true);
    expect(health.some((a) => a.status === 200 && a.at < stoppingAt)).toBe(true);
    expect(health.at(-1)?.status).toBe(200);
  });

  it('serves writes again by itself once PostgreSQL is back', () => {
    const lastDown = Math.max(...answers.filter((a) => a.status === 503).map((a) => a.at));
    const after = answers.filter((a) => a.surface === 'write' && a.at > lastDown);
    expect(after.length).toBeGreaterThanOrEqual(20);
    expect(after.every((a) => a.status === 200)).toBe(true);
  });

  it('keeps every write it acknowledged', async () => {
    expect(acknowledged.length).toBeGreaterThan(0);
    const names = new Set(await serviceAreaNames(platform.url, token));
    expect(acknowledged.filter((name) => !names.has(name))).toEqual([]);
  });

  it('logs the outage in a handful of lines (down, back with its duration), no stack traces', () => {
    const lines = outageLog.split('\n').filter((l) => l.trim() !== '');
    expect(lines.length, outageLog).toBeLessThanOrEqual(4);
    expect(lines.filter((l) => l.includes('database unavailable'))).toHaveLength(1);
    expect(lines.filter((l) => /database available again after [\d.]+ s/.test(l))).toHaveLength(1);
    expect(outageLog).not.toMatch(/^\s+at /m);
  });

  it('exits 0 on SIGTERM after the outage, leaving the external PostgreSQL running', async () => {
    process.kill(platform.child.pid as number, 'SIGTERM');
    expect(await platform.exited).toEqual({ code: 0, signal: null });
    expect(postmasterPid(dataDir)).not.toBeNull();
  });
});
