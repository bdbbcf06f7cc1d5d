import 'reflect-metadata';
import { loadConfig } from '../config';
import { createDataSource, migrate } from '../db/data-source';
import { anonymiseDue } from '../modules/retention';

/**
 * `npm run retention -- [--dry-run]` (docs/operations.md, Retention): runs the retention schedule
 * for every organisation now, as the server's nightly timer does. `--dry-run` lists what is due
 * and changes nothing. Uses DATABASE_URL, or the embedded PostgreSQL of a running `npm start`.
 */
async function main(): Promise<void> {
  const dryRun = process.argv.includes('--dry-run');
  const config = loadConfig();
  const url = config.databaseUrl ?? `postgres://chp:chp@127.0.0.1:${config.embeddedPgPort}/chp`;
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  try {
    await migrate(dataSource);
    const organisations: { id: string; name: string }[] = await dataSource.query(
      `SELECT id, name FROM organisation ORDER BY name`,
    );
    for (const o of organisations) {
      const run = await anonymiseDue(dataSource, o.id, new Date(), { dryRun });
      console.log(
        `${o.name}: ${run.due.length} due, ${run.heldBack} on legal hold, ` +
          (dryRun ? 'dry run: nothing changed' : `${run.anonymised} anonymised`),
      );
      if (dryRun)
        for (const d of run.due)
          console.log(`  ${d.reference} due ${d.dueOn}${d.legalHold ? ' (legal hold)' : ''}`);
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error('[retention]', error instanceof Error ? error.message : error);
  process.exit(1);
});
