import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import {
  freePort,
  isAlive,
  mainJs,
  postmasterPid,
  repoRoot,
  startBuiltPlatform,
  tempDir,
  waitUntil,
  type StartedPlatform,
} from '../../support/platform';
import { chromiumMissingMessage } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The platform's address, or null when it could not start (see setupError). */
    baseUrl: string | null;
    /** Why the suite cannot run (no Chromium, no build, the platform failed): every test fails with it. */
    setupError: string | null;
    /** Seconds from starting the platform to "listening" (fresh data dir, migrations, 3,000 demo complaints). */
    startSeconds: number;
  }
}

let platform: StartedPlatform | null = null;
let root: string | null = null;
let dataDir: string | null = null;

/**
 * Starts the built platform once for the whole suite, as `npm start` runs it, on a fresh data
 * folder and free ports, with the demo data on. Problems are handed to the tests, which fail
 * with them, so the report counts a failure instead of an empty run.
 */
export async function setup(project: TestProject): Promise<void> {
  const missing = chromiumMissingMessage();
  const webIndex = path.join(repoRoot, 'packages/web/dist/index.html');
  const noBuild =
    !existsSync(mainJs) || !existsSync(webIndex)
      ? 'The platform is not built: run `npm run build` (npm run test:e2e does it first).'
      : null;
  if (missing || noBuild) {
    project.provide('baseUrl', null);
    project.provide('setupError', missing ?? noBuild);
    project.provide('startSeconds', 0);
    return;
  }
  root = tempDir('chp-e2e-');
  dataDir = path.join(root, 'pgdata');
  const started = Date.now();
  try {
    platform = await startBuiltPlatform({
      PORT: String(await freePort()),
      EMBEDDED_PG_PORT: String(await freePort()),
      PGDATA_DIR: dataDir,
      CHP_DEMO_DATA: 'true',
      LOG_LEVEL: 'info',
    });
    project.provide('baseUrl', platform.url);
    project.provide('setupError', null);
  } catch (error) {
    project.provide('baseUrl', null);
    project.provide('setupError', `The platform did not start: ${(error as Error).message}`);
  }
  project.provide('startSeconds', Math.round((Date.now() - started) / 100) / 10);
}

export async function teardown(): Promise<void> {
  const stopping = Date.now();
  if (
    platform?.child.pid &&
    platform.child.exitCode === null &&
    platform.child.signalCode === null
  ) {
    process.kill(-platform.child.pid, 'SIGTERM'); // node and its PostgreSQL, as a terminal's Ctrl-C would
    let timer: NodeJS.Timeout | undefined;
    const stopped = await Promise.race([
      platform.exited.then(() => true),
      new Promise<boolean>((r) => (timer = setTimeout(() => r(false), 8_000))),
    ]);
    clearTimeout(timer);
    if (!stopped) process.kill(-platform.child.pid, 'SIGKILL');
  }
  platform?.child.stdout?.destroy();
  platform?.child.stderr?.destroy();
  if (dataDir) {
    const pid = postmasterPid(dataDir);
    if (pid && isAlive(pid)) {
      process.kill(pid, 'SIGINT');
      await waitUntil(() => !isAlive(pid));
    }
  }
  if (root) rmSync(root, { recursive: true, force: true });
  if (platform)
    console.log(`[e2e] platform stopped in ${((Date.now() - stopping) / 1000).toFixed(1)} s`);
}
