import { spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { api, repoRoot } from './api.mjs';
import { graphql } from './http.mjs';

export const DEMO_USER = 'director@demo.chp.example'; // senior manager: reads complaints and analytics

/**
 * The API as `npm start` builds it (createApp) over the database at `databaseUrl`, listening on
 * a free loopback port. Returns its GraphQL URL and `stop()` (Apollo, then the data source).
 * With `onStatement(sql, parameters)`, every statement it sends is also handed to it (the
 * statement counting of `x-sql-statements` is kept).
 */
export async function startApi(databaseUrl, schema, { onStatement } = {}) {
  const { createDataSource } = api('db/data-source.js');
  const { createApp } = api('app/server/app.js');
  const { createLog } = api('log.js');
  const { StatementCountingLogger } = api('core/statement-counter.js');
  const quiet = () => {};
  const logger = onStatement
    ? new StatementCountingLogger({
        debug: (message, parameters) => {
          if (message.startsWith('sql: ')) onStatement(message.slice(5), parameters ?? []);
        },
        info: quiet,
        warn: quiet,
        error: quiet,
      })
    : undefined;
  const ds = createDataSource(databaseUrl, logger ? { logger } : undefined);
  await ds.initialize();
  const httpServer = http.createServer();
  const { app, apollo } = await createApp({
    dataSource: ds,
    schema,
    log: createLog('warn'),
    httpServer,
  });
  httpServer.on('request', app);
  await new Promise((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${httpServer.address().port}/graphql`,
    async stop() {
      await apollo.stop();
      // requests a load run gave up on may still be running: let their statements end first
      const pool = ds.driver.master;
      const until = Date.now() + 10_000;
      while (pool && pool.totalCount - pool.idleCount + pool.waitingCount > 0 && Date.now() < until)
        await new Promise((resolve) => setTimeout(resolve, 50));
      await ds.destroy();
    },
  };
}

/** Signs in over HTTP as the demo senior manager (no auth shortcut); returns the bearer token. */
export async function signIn(apiUrl) {
  const { DEMO_PASSWORD } = api('demo/first-start.js');
  const response = await graphql(
    apiUrl,
    'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
    { e: DEMO_USER, p: DEMO_PASSWORD },
  );
  return response.body.data.signIn.token;
}

/**
 * The API as `npm start` runs it, in its own process (`node packages/api/dist/main.js`,
 * NODE_ENV=production, no demo data of its own; `env` may add API_PROCESSES for the processes it
 * forks) over the database at `databaseUrl`, so a load
 * generator in the bench process does not share the server's event loop. `env` adds settings
 * (the request budget, say); `execArgv`, Node's own options (`--cpu-prof`, say). Returns its
 * GraphQL URL, its process id and `stop()` (SIGTERM: the server drains its requests, closes its
 * connections and exits).
 */
export async function startApiProcess(databaseUrl, env = {}, execArgv = []) {
  const port = await freePort();
  const main = path.join(repoRoot, 'packages/api/dist/main.js');
  // the Node options of `npm start` (packages/api/package.json) and the Dockerfile
  const child = spawn(process.execPath, ['--max-semi-space-size=64', ...execArgv, main], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      CHP_DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}/graphql`;
  const until = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}`);
    if (Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error('the API did not answer within 2 minutes');
    }
    const ready = await graphql(url, '{ __typename }', {}).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    pid: child.pid,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
