import 'reflect-metadata';
import { DataSource, type Logger } from 'typeorm';
import { entities } from '../app/entities';
import { migrations } from './migrations';
import { StatementCountingLogger } from '../core/statement-counter';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface DataSourceOptions {
  /** Defaults to a StatementCountingLogger without output. */
  logger?: Logger;
  /** Defaults to every migration (a restore rebuilds a backup's schema with the ones it had). */
  migrations?: typeof migrations;
  /** Errors of idle pooled connections (the server went away); TypeORM logs each by default. */
  poolErrorHandler?: (error: Error) => void;
}

/**
 * The API's TypeORM DataSource over PostgreSQL, not yet initialised. The schema comes from
 * migrations only (`synchronize` is off; run `migrate()`).
 */
export function createDataSource(url: string, options: DataSourceOptions = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations: options.migrations ?? migrations,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    logging: true, // every statement reaches the logger, which counts them
    logger: options.logger ?? new StatementCountingLogger(),
    maxQueryExecutionTime: 1000,
    applicationName: 'chp-insight',
    // An unreachable server fails a request within seconds instead of holding it forever.
    connectTimeoutMS: 5000,
    ...(options.poolErrorHandler ? { poolErrorHandler: options.poolErrorHandler } : {}),
  });
}

/** Applies pending migrations, each in its own transaction. Returns the names applied. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}
