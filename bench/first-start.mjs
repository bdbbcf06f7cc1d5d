/**
 * How long the first start takes: `node bench/first-start.mjs [--runs N] [--main path/to/main.js]`
 * (after `npm run build`; --main compares another build, e.g. one of an earlier commit).
 * Starts `node packages/api/dist/main.js` (what `npm start` runs after building) on a fresh data
 * folder each run, prints the seconds until "listening" and the demo loader's own line, then stops
 * it (SIGTERM to its process group) and deletes the folder. A measurement, not a test.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './lib/platform.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 1;
const mainAt = process.argv.indexOf('--main');
const mainJs = path.resolve(
  mainAt > 0 ? process.argv[mainAt + 1] : path.join(repoRoot, 'packages/api/dist/main.js'),
);

async function once() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'chp-first-start-'));
  chmodSync(root, 0o755); // the embedded server runs as `postgres` under root
  const env = { ...process.env, PGDATA_DIR: path.join(root, 'pgdata'), LOG_LEVEL: 'info' };
  delete env.DATABASE_URL;
  env.PORT = String(await freePort());
  env.EMBEDDED_PG_PORT = String(await freePort());
  const started = performance.now();
  const child = spawn(process.execPath, [mainJs], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const seconds = await new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk.toString();
      if (/listening on http/.test(output)) resolve((performance.now() - started) / 1000);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => reject(new Error(`exited before listening:\n${output}`)));
  });
  process.kill(-child.pid, 'SIGTERM');
  await exited;
  rmSync(root, { recursive: true, force: true });
  const loaded = /loaded [^\n]*/.exec(output)?.[0] ?? '(no demo load line)';
  return { seconds, loaded };
}

for (let i = 1; i <= runs; i++) {
  const { seconds, loaded } = await once();
  console.log(`run ${i}: listening after ${seconds.toFixed(1)} s; ${loaded}`);
}
