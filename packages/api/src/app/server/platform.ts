import { startRetentionTimer } from './retention-timer';
import { startApiProcesses } from './api-processes';
import { serveHttp } from './http-front';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config';
import { createDataSource, migrate } from '../../db/data-source';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../db/embedded-postgres';
import { StatementCountingLogger } from '../../core/statement-counter';
import type { Log } from '../../log';
import {
  describeDemoUsers,
  ensureDemoOrganisation,
  ensureDemoGroup,
  ensureFirstAdmin,
} from '../../demo/first-start';
import { loadStartDemoData, MEMBER_START } from '../../demo/start';
import { superviseDatabase } from './database-supervision';
import { startMail } from './mail';

export interface RunningPlatform {
  url: string;
  port: number;
  dataSource: DataSource;
  /** Closes HTTP (draining requests), the DataSource, then the embedded PostgreSQL. */
  stop(): Promise<void>;
}

/**
 * Everything `npm start` runs: the database (embedded unless DATABASE_URL), migrations, the
 * GraphQL schema, and the HTTP server for /graphql and the dashboard: in this process, or in
 * API_PROCESSES forked ones sharing its port (api-processes.ts). This process alone keeps the
 * database (supervision, retention) and sends mail.
 */
export async function startPlatform(config: Config, log: Log): Promise<RunningPlatform> {
  let embedded: EmbeddedPostgres | undefined;
  let dataSource: DataSource | undefined;
  try {
    let url = config.databaseUrl;
    if (url === null) {
      log.info(
        `starting the embedded PostgreSQL (data in ${config.pgDataDir}, port ${config.embeddedPgPort})`,
      );
      embedded = await startEmbeddedPostgres({
        dataDir: config.pgDataDir,
        port: config.embeddedPgPort,
        database: 'chp',
        onLog: (message) => log.debug(`[postgres] ${message.trim()}`),
      });
      url = embedded.url;
    } else {
      log.info('using the PostgreSQL at DATABASE_URL');
    }
    const pool = { onError: (_error: Error): void => {} };
    dataSource = createDataSource(url, {
      logger: new StatementCountingLogger(log),
      poolErrorHandler: (error) => pool.onError(error),
    });
    await dataSource.initialize();
    const applied = await migrate(dataSource);
    if (applied.length > 0) log.info(`applied migrations: ${applied.join(', ')}`);
    await ensureFirstAdmin(
      dataSource,
      {
        email: config.adminEmail,
        password: config.adminPassword,
        organisationName: config.organisationName,
      },
      log,
    );
    const demo = config.demoData ? await ensureDemoOrganisation(dataSource, log) : null;
    if (demo) await loadStartDemoData(dataSource, demo.organisationId, log); // a few thousand complaints, first start only
    const member = demo ? await ensureDemoGroup(dataSource, demo.organisationId, log) : null;
    if (member)
      await loadStartDemoData(dataSource, member.organisationId, log, new Date(), MEMBER_START);

    // one process answers HTTP itself; more (API_PROCESSES) are forked with the database's address
    const front =
      config.apiProcesses > 1
        ? await startApiProcesses(config.apiProcesses, url, log)
        : await serveHttp(config, dataSource, log);
    const supervision = superviseDatabase(dataSource, embedded, log, pool);
    const retention = startRetentionTimer(dataSource, log);
    const port = front.port;
    const mail = startMail(config, dataSource, log, `http://localhost:${port}`);
    const ds = dataSource;
    const pg = embedded;
    let stopping: Promise<void> | undefined;
    const stop = (): Promise<void> =>
      (stopping ??= (async () => {
        retention.stop();
        // first: forked API processes get the same Ctrl-C, and must not be taken for crashed
        await front.stop();
        await supervision.stop();
        await mail.stop();
        await ds.destroy();
        await pg?.stop();
      })());
    const address = `http://localhost:${port}`;
    if (demo) log.info(describeDemoUsers([...demo.users, ...(member?.users ?? [])], address));
    return { url: address, port, dataSource: ds, stop };
  } catch (error) {
    if (dataSource?.isInitialized) await dataSource.destroy().catch(() => {});
    await embedded?.stop().catch(() => {});
    throw error;
  }
}
