import 'reflect-metadata';
import cluster from 'node:cluster';
import { getConfig } from './config';
import { createLog } from './log';
import { startPlatform } from './app/server/platform';
import { runApiProcess } from './app/server/api-process';

/** `npm start`: the whole platform on one port; Ctrl-C (SIGINT) or SIGTERM stops it cleanly. */
async function main(): Promise<void> {
  const started = performance.now();
  const config = getConfig();
  const log = createLog(config.logLevel);
  const platform = await startPlatform(config, log);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log.info(
    `CHP Insight listening on ${platform.url} (ready in ${seconds} s); GraphQL at ${platform.url}/graphql`,
  );

  let signalled = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (signalled) return;
    signalled = true;
    log.info(`${signal} received, stopping`);
    const force = setTimeout(() => {
      log.error('shutdown took over 10 s, exiting');
      process.exit(1);
    }, 10_000);
    force.unref();
    platform.stop().then(
      () => {
        log.info('stopped');
        process.exitCode = 0;
        clearTimeout(force);
      },
      (error: unknown) => {
        log.error('error while stopping', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

/** A process forked to answer HTTP (API_PROCESSES > 1): see app/server/api-processes.ts. */
const apiProcess = cluster.isWorker && process.env['CHP_API_PROCESS'] === '1';

(apiProcess ? runApiProcess(getConfig(), createLog(getConfig().logLevel)) : main()).catch(
  (error: unknown) => {
    console.error('[chp] could not start:', error instanceof Error ? error.message : error);
    if (error instanceof Error && error.stack) console.error(error.stack);
    process.exit(1);
  },
);
