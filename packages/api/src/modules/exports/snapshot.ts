import type { DataSource, QueryRunner } from 'typeorm';

/** Rows fetched from a cursor at a time: a large register never sits in memory whole. */
export const BATCH_ROWS = 1000;

/**
 * Runs `work` in one read-only REPEATABLE READ transaction, so every file of an export shows the
 * data as it stood at one instant, whatever is written meanwhile.
 */
export async function inSnapshot<T>(
  dataSource: DataSource,
  work: (runner: QueryRunner) => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('START TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const result = await work(runner);
    await runner.query('COMMIT');
    return result;
  } catch (error) {
    await runner.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}

let cursors = 0;

/**
 * The rows of `sql` in batches of {@link BATCH_ROWS} through a server-side cursor (inside the
 * snapshot's transaction): memory stays flat however many rows match.
 */
export async function* batches(
  runner: QueryRunner,
  sql: string,
  params: unknown[],
): AsyncGenerator<Record<string, unknown>[]> {
  const name = `export_${++cursors}`;
  await runner.query(`DECLARE ${name} NO SCROLL CURSOR FOR ${sql}`, params);
  try {
    for (;;) {
      const rows = (await runner.query(`FETCH ${BATCH_ROWS} FROM ${name}`)) as Record<
        string,
        unknown
      >[];
      if (rows.length === 0) return;
      yield rows;
      if (rows.length < BATCH_ROWS) return;
    }
  } finally {
    await runner.query(`CLOSE ${name}`).catch(() => undefined);
  }
}
