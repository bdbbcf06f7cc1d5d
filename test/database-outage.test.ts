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
  isAlive,
  postmasterPid,
  startBuiltPlatform,
  stopLeftoverPostgres,
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
    ...outagePlatformEnv(ADMIN),
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
    ({ answers, acknowledged, outageLog } = await loadThroughOutage(platform, token, async () => {
      killedPid = postmasterPid(dataDir) as number;
      process.kill(killedPid, 'SIGKILL');
    }));
  });

  afterAll(async () => {
    if (platform.child.exitCode === null && platform.child.signalCode === null)
      platform.child.kill('SIGKILL');
    await stopLeftoverPostgres(dataDir);
    rmSync(root, { recursive: true, force: true });
  });

  it('answers writes 503 with Retry-After while PostgreSQL is down, never 500', () => {
    expectWritesUnavailableNever500(answers);
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
    await expectAcknowledgedWritesKept(platform.url, token, acknowledged);
  });

  it('logs the outage in a handful of lines (down, back with its duration), no stack traces', () => {
    const lines = expectOutageLoggedBriefly(outageLog);
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
