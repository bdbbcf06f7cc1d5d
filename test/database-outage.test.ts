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
  isAlive,
  postmasterPid,
  startBuiltPlatform,
  tempDir,
  waitUntil,
  type StartedPlatform,
} from './support/platform';

const ADMIN = { email: 'admin@outage.test', password: 'outage-test-password-1' };

function platformEnv(dataDir: string, port: number, pgPort: number): Record<string, string> {
  return {
    PORT: String(port),
    EMBEDDED_PG_PORT: String(pgPort),
    PGDATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    CHP_DEMO_DATA: 'false',
    CHP_ADMIN_EMAIL: ADMIN.email,
    CHP_ADMIN_PASSWORD: ADMIN.password,
    CHP_ORGANISATION_NAME: 'Outage Council',
    PUBLIC_REQUESTS_PER_MINUTE: '1000000',
  };
}

describe('the embedded PostgreSQL killed (SIGKILL) under a write load', () => {
  let root: string;
  let dataDir: string;
  let platform: StartedPlatform;
  let token: string;
  let killedPid: number;
  let answers: Answer[] = [];
  let acknowledged: string[] = [];
  let outageLog = '';

  beforeAll(async () => {
    root = tempDir('chp-outage-test-');
    dataDir = path.join(root, 'pgdata');
    platform = await startBuiltPlatform(platformEnv(dataDir, await freePort(), await freePort()));
    token = await signIn(platform.url, ADMIN.email, ADMIN.password);
    const logBefore = platform.output().length;
    const load = runLoad(platform.url, token, recoveredOrTimedOut());
    await new Promise((r) => setTimeout(r, 1000)); // the load under way
    killedPid = postmasterPid(dataDir) as number;
    process.kill(killedPid, 'SIGKILL');
    ({ answers, acknowledged } = await load);
    outageLog = platform.output().slice(logBefore);
  });

  afterAll(async () => {
    if (platform.child.exitCode === null && platform.child.signalCode === null)
      platform.child.kill('SIGKILL');
    const pid = postmasterPid(dataDir);
    if (pid && isAlive(pid)) {
      process.kill(pid, 'SIGINT');
      await waitUntil(() => !isAlive(pid));
    }
    rmSync(root, { recursive: true, force: true });
  });

  it('answers writes 503 with Retry-After while PostgreSQL is down, never 500', () => {
    const writes = answers.filter((a) => a.surface === 'write');
    expect(writes.filter((a) => a.status !== 200 && a.status !== 503)).toEqual([]);
    const unavailable = writes.filter((a) => a.status === 503);
    expect(unavailable.length).toBeGreaterThan(0);
    expect(unavailable.every((a) => a.retryAfter === '5')).toBe(true);
  });

  it('answers /health, the public site and /public/graphql 503 (never 500) while PostgreSQL is down', () => {
    for (const surface of ['health', 'public', 'public-graphql'] as const) {
      const seen = answers.filter((a) => a.surface === surface);
      expect(
        seen.filter((a) => a.status !== 200 && a.status !== 503),
        surface,
      ).toEqual([]);
      expect(
        seen.some((a) => a.status === 503 && a.retryAfter === '5'),
        surface,
      ).toBe(true);
    }
  });

  it('restarts PostgreSQL itself and serves writes again', () => {
    const pid = postmasterPid(dataDir);
    expect(pid).not.toBe(killedPid);
    expect(pid && isAlive(pid)).toBeTruthy();
    const lastDown = Math.max(...answers.filter((a) => a.status === 503).map((a) => a.at));
    expect(answers.some((a) => a.surface === 'write' && a.status === 200 && a.at > lastDown)).toBe(
      true,
    );
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
    console.log(`outage log (${lines.length} lines):\n${outageLog}`);
  });

  it('exits 0 on SIGTERM after the outage, leaving no PostgreSQL running', async () => {
    const pid = postmasterPid(dataDir) as number;
    process.kill(platform.child.pid as number, 'SIGTERM');
    expect(await platform.exited).toEqual({ code: 0, signal: null });
    expect(isAlive(pid)).toBe(false);
  });
});

describe('SIGTERM while the embedded PostgreSQL is down', () => {
  it('exits 0 when signalled right after PostgreSQL was killed (down, restart pending), leaving none running', async () => {
    const root = tempDir('chp-outage-stop-test-');
    const dataDir = path.join(root, 'pgdata');
    try {
      const platform = await startBuiltPlatform(
        platformEnv(dataDir, await freePort(), await freePort()),
      );
      const killed = postmasterPid(dataDir) as number;
      process.kill(killed, 'SIGKILL');
      await waitUntil(() => !isAlive(killed));
      process.kill(platform.child.pid as number, 'SIGTERM');
      expect(await platform.exited).toEqual({ code: 0, signal: null });
      const pid = postmasterPid(dataDir);
      expect(pid === null || pid === killed || !isAlive(pid)).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
