import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './api.mjs';

export const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/**
 * The built platform as `npm start` runs it (node packages/api/dist/main.js, embedded PostgreSQL
 * in a temporary folder, demo data), with `env` added (a variable given as undefined is left
 * out). `root` is the checkout whose build runs (another worktree, to compare a change).
 * Returns its base URL, `stop()`, the process group id `pid` (the server and its PostgreSQL) and
 * `output()`, all it has logged so far.
 */
export async function startPlatform(env = {}, { root = repoRoot } = {}) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'chp-bench-'));
  chmodSync(dataDir, 0o755);
  const childEnv = {
    ...process.env,
    PORT: String(await freePort()),
    EMBEDDED_PG_PORT: String(await freePort()),
    PGDATA_DIR: path.join(dataDir, 'pg'),
    CHP_DEMO_DATA: 'true',
    LOG_LEVEL: 'info', // the "listening on" line is at info
    ...env,
  };
  delete childEnv.DATABASE_URL;
  for (const [name, value] of Object.entries(childEnv))
    if (value === undefined) delete childEnv[name];
  const child = spawn(process.execPath, ['packages/api/dist/main.js'], {
    cwd: root,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`not listening after 300 s:\n${out}`)),
      300_000,
    );
    const onData = (c) => {
      out += c;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) (clearTimeout(timer), resolve(m[1]));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited ${code}:\n${out}`)));
  }).catch((e) => {
    process.kill(-child.pid, 'SIGTERM');
    throw e;
  });
  const stop = async () => {
    const exited = new Promise((r) => child.once('exit', r));
    process.kill(-child.pid, 'SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { url: url.replace(/\/$/, ''), stop, pid: child.pid, output: () => out };
}
