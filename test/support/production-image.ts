import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { repoRoot } from './platform';

/**
 * The Dockerfile's steps without Docker (no engine on the development machines or in CI):
 * what `docker build` does, in a folder of its own, from the same build context.
 */

/**
 * A clean environment for the build stage and the container: no vitest, no NODE_ENV, no settings
 * of the outer npm (npm_config_*), which a nested npm would otherwise inherit.
 */
export function containerEnvBase(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key === 'NODE_ENV' || key === 'VITEST' || key.startsWith('VITEST_')) continue;
    if (key.toLowerCase().startsWith('npm_')) continue;
    env[key] = value;
  }
  return env;
}

function run(cwd: string, command: string, args: string[]): void {
  try {
    execFileSync(command, args, { cwd, env: containerEnvBase(), stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${e.stdout ?? ''}\n${e.stderr ?? ''}`, {
      cause: error,
    });
  }
}

/**
 * The build context the Dockerfile copies (package.json, package-lock.json, tsconfig.json and
 * packages/), taken from the working tree: tracked and untracked-but-not-ignored files, so
 * uncommitted changes are built too, as `docker build .` would. node_modules and dist are ignored
 * by git as by .dockerignore.
 */
function copyBuildContext(target: string): void {
  const listed = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--'],
    { cwd: repoRoot, encoding: 'utf8' },
  )
    .split('\0')
    .filter((f) => f !== '')
    .filter(
      (f) =>
        ['package.json', 'package-lock.json', 'tsconfig.json'].includes(f) ||
        f.startsWith('packages/'),
    )
    .filter((f) => existsSync(path.join(repoRoot, f))); // a deleted tracked file is not in the context
  const list = path.join(target, '..', 'context-files');
  writeFileSync(list, listed.join('\0'));
  mkdirSync(target, { recursive: true });
  execFileSync('sh', [
    '-c',
    `tar -C "$1" --null -T "$2" -cf - | tar -C "$3" -xf -`,
    'sh',
    repoRoot,
    list,
    target,
  ]);
}

/**
 * Builds the runtime image's /app in `<root>/app`: the build stage (npm ci, npm run build,
 * npm prune --omit=dev) in `<root>/build`, then what the runtime stage copies from it
 * (package.json, node_modules, packages) and removes (packages/*\/src, packages/*\/test).
 */
export function buildProductionImage(root: string): string {
  const build = path.join(root, 'build');
  const app = path.join(root, 'app');
  copyBuildContext(build);
  run(build, 'npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error']);
  run(build, 'npm', ['run', 'build']);
  run(build, 'npm', ['prune', '--omit=dev', '--no-audit', '--no-fund', '--loglevel=error']);
  mkdirSync(app);
  // node_modules/@chp/* are relative links to ../../packages/*, so moving keeps them valid
  for (const entry of ['package.json', 'node_modules', 'packages'])
    renameSync(path.join(build, entry), path.join(app, entry));
  rmSync(build, { recursive: true, force: true });
  execFileSync('sh', ['-c', 'rm -rf packages/*/src packages/*/test'], { cwd: app });
  return app;
}

export interface ExternalPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * The "external" database: a PostgreSQL server of its own (data folder, port), started from the
 * checkout's build with the same function the app uses for its embedded one, and not by the app.
 */
export async function startExternalPostgres(
  dataDir: string,
  port: number,
): Promise<ExternalPostgres> {
  const require = createRequire(import.meta.url);
  const { startEmbeddedPostgres } = require(
    path.join(repoRoot, 'packages/api/dist/db/embedded-postgres.js'),
  ) as typeof import('../../packages/api/src/db/embedded-postgres');
  const pg = await startEmbeddedPostgres({ dataDir, port, database: 'chp' });
  return { url: pg.url, stop: () => pg.stop() };
}

/** Runs a command in the image's /app with the container's environment; resolves its exit code. */
export function runInImage(
  app: string,
  args: string[],
  env: Record<string, string>,
): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: app,
      env: { ...containerEnvBase(), ...env },
      stdio: 'ignore',
    });
    child.once('exit', (code) => resolve(code));
  });
}
