import type { DataSource } from 'typeorm';
import type { Log } from '../../log';
import { anonymiseDue } from '../../modules/retention';

const DAY = 24 * 60 * 60 * 1000;

/**
 * The nightly retention run (docs/operations.md, Retention): once a day, starting an hour after
 * the server starts, every organisation's due complaints are anonymised. An in-process timer
 * until the platform has a job queue; it moves onto the queue when that lands. A failed run is
 * logged and tried again the next day.
 */
export function startRetentionTimer(dataSource: DataSource, log: Log): { stop(): void } {
  const run = async () => {
    try {
      const organisations: { id: string }[] = await dataSource.query(`SELECT id FROM organisation`);
      for (const o of organisations) {
        const result = await anonymiseDue(dataSource, o.id, new Date());
        if (result.anonymised > 0)
          log.info(`retention: ${result.anonymised} complaints anonymised in organisation ${o.id}`);
      }
    } catch (error) {
      log.error('retention run failed', error);
    }
  };
  let daily: NodeJS.Timeout | undefined;
  const first = setTimeout(
    () => {
      void run();
      daily = setInterval(() => void run(), DAY);
      daily.unref();
    },
    60 * 60 * 1000,
  );
  first.unref();
  return {
    stop() {
      clearTimeout(first);
      if (daily) clearInterval(daily);
    },
  };
}
