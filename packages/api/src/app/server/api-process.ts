import type { Config } from '../../config';
import { StatementCountingLogger } from '../../core/statement-counter';
import { createDataSource } from '../../db/data-source';
import type { Log } from '../../log';
import { superviseDatabase } from './database-supervision';
import { serveHttp } from './http-front';

/**
 * One of API_PROCESSES forked processes (api-processes.ts): HTTP only, over the database the
 * starting process prepared (migrated, supervised) at DATABASE_URL. SIGTERM or SIGINT drains
 * its requests and ends it.
 */
export async function runApiProcess(config: Config, log: Log): Promise<void> {
  const pool = { onError: (_error: Error): void => {} };
  const dataSource = createDataSource(config.databaseUrl!, {
    logger: new StatementCountingLogger(log),
    poolErrorHandler: (error) => pool.onError(error),
  });
  await dataSource.initialize();
  // this process's own view of the database (503 while it is down); the starting process restarts it
  const supervision = superviseDatabase(dataSource, undefined, log, pool);
  const front = await serveHttp(config, dataSource, log);
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await front.stop();
      await supervision.stop();
      await dataSource.destroy();
    })().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error('error while stopping an API process', error);
        process.exit(1);
      },
    ));
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  // the starting process went away without stopping this one
  process.on('disconnect', () => void stop());
}
