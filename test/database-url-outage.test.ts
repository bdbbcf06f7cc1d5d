import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAcknowledgedWritesKept,
  expectOutageLoggedBriefly,
  expectWritesUnavailableNever500,
} from './support/outage-checks';
import { loadThroughOutage, outagePlatformEnv, signIn, type Answer } from './support/outage-load';
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
      ...outagePlatformEnv(ADMIN),
    });
    token = await signIn(platform.url, ADMIN.email, ADMIN.password);
    ({ answers, acknowledged, outageLog } = await loadThroughOutage(platform, token, async () => {
      stoppingAt = Date.now();
      await database?.stop(); // a fast shutdown, as a managed database's restart or failover does
      stoppedAt = Date.now();
      database = undefined;
      await new Promise((r) => setTimeout(r, DOWN_MS));
      restartingAt = Date.now();
      database = await startExternalPostgres(dataDir, pgPort);
    }));
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
    expectWritesUnavailableNever500(answers);
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
    await expectAcknowledgedWritesKept(platform.url, token, acknowledged);
  });

  it('logs the outage in a handful of lines (down, back with its duration), no stack traces', () => {
    expectOutageLoggedBriefly(outageLog);
  });

  it('exits 0 on SIGTERM after the outage, leaving the external PostgreSQL running', async () => {
    process.kill(platform.child.pid as number, 'SIGTERM');
    expect(await platform.exited).toEqual({ code: 0, signal: null });
    expect(postmasterPid(dataDir)).not.toBeNull();
  });
});
