import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './api.mjs';
import { freePort } from './platform.mjs';

export const postgraphileDir = path.join(repoRoot, 'bench', 'postgraphile');

/** PostGraphile lives outside the npm workspace (it wants Node 22); installed from its own lock file on first use. */
export function ensurePostgraphileInstalled(log = console.error) {
  if (existsSync(path.join(postgraphileDir, 'node_modules', 'postgraphile', 'package.json')))
    return;
  log('[bench] installing PostGraphile 5 into bench/postgraphile (npm ci, first run only)');
  const r = spawnSync(
    'npm',
    ['ci', '--prefix', postgraphileDir, '--no-audit', '--no-fund', '--loglevel=error'],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (r.status !== 0) throw new Error('npm ci --prefix bench/postgraphile failed');
}

/**
 * Starts PostGraphile (child process, Node 20 polyfill preloaded) serving `connectionString` on
 * a free loopback port. Resolves when it listens; `stop()` sends SIGTERM (SIGKILL after 5 s).
 */
export async function startPostgraphile(connectionString) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--require', './node20-polyfill.cjs', 'server.cjs', connectionString, String(port)],
    {
      cwd: postgraphileDir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_ENV: 'production', GRAPHILE_ENV: 'production' },
    },
  );
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`PostGraphile did not start within 60 s\n${stderr}`)),
      60_000,
    );
    child.stdout.on('data', (d) => {
      if (String(d).includes(`listening ${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    });
    exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`PostGraphile exited (${code}) before listening\n${stderr}`));
    });
  });
  let stopping;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    pid: child.pid,
    stop: () =>
      (stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      })()),
  };
}
