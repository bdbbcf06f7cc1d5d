import type { DataSource } from 'typeorm';
import { reportDatabaseError, watchDatabase } from '../../core/database-availability';
import type { EmbeddedPostgres } from '../../db/embedded-postgres';
import { superviseEmbeddedPostgres } from '../../db/embedded-supervisor';
import type { Log } from '../../log';

/**
 * What keeps the platform serving when its database goes away: the availability tracker (503 +
 * Retry-After while down, one log line each way) and, for the embedded PostgreSQL, the
 * supervisor that restarts it. `pool.onError` receives the pool's idle-connection errors.
 */
export function superviseDatabase(
  dataSource: DataSource,
  embedded: EmbeddedPostgres | undefined,
  log: Log,
  pool: { onError: (error: Error) => void },
): { stop(): Promise<void> } {
  const availability = watchDatabase(dataSource, log);
  pool.onError = (error) => {
    if (!reportDatabaseError(dataSource, error)) log.warn(`database pool error: ${error.message}`);
  };
  const supervisor = embedded
    ? superviseEmbeddedPostgres(embedded, log, {
        down: (how) => availability.markDown(how),
        up: () => availability.probeNow(),
      })
    : undefined;
  return {
    async stop() {
      availability.stop();
      await supervisor?.stop();
    },
  };
}
