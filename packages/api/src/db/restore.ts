import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import type { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { MigrationExecutor, type QueryRunner } from 'typeorm';
import { appTables, BACKUP_HEADER, quoteIdent, type BackupManifest } from './backup';
import { otherSessions, tablesWithRows } from './backup-sql';
import { createDataSource } from './data-source';
import { migrations as knownMigrations } from './migrations';

export interface RestoreOptions {
  /** Replace a database that holds rows (its data is lost). */
  force: boolean;
}

export interface RestoreResult {
  manifest: BackupManifest;
  rows: number;
}

/** A backup file as lines: the manifest first, then each table's COPY rows. */
async function openBackup(file: string) {
  const lines = createInterface({
    input: createReadStream(file).pipe(createGunzip()),
    crlfDelay: Infinity,
  })[Symbol.asyncIterator]();
  const next = async (): Promise<string | undefined> => {
    const r = await lines.next();
    return r.done ? undefined : r.value;
  };
  const header = await next().catch(() => undefined);
  if (header !== BACKUP_HEADER) throw new Error(`${file} is not a CHP Insight backup`);
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse((await next()) ?? '') as BackupManifest;
  } catch {
    throw new Error(`${file} is damaged: its manifest cannot be read`);
  }
  if (manifest.format !== 'chp-insight-backup' || manifest.version !== 1)
    throw new Error(`${file} has an unknown backup format`);
  return { manifest, next, close: () => lines.return?.() };
}

/** The app's migrations up to the backup's: the schema its rows belong to. */
function migrationsFor(manifest: BackupManifest): (typeof knownMigrations)[number][] {
  const known = knownMigrations.map((m) => m.name);
  const names = manifest.migrations;
  const prefix = names.every((n, i) => known[i] === n);
  if (!prefix) {
    throw new Error(
      `the backup's schema (migrations ${names.join(', ')}) is not one this version of CHP ` +
        'Insight knows: restore it with the version that made it (or a newer one)',
    );
  }
  return knownMigrations.slice(0, names.length);
}

/** The rows of the backup whose manifest has been read, table by table, into the open transaction. */
async function loadRows(
  client: ClientBase,
  manifest: BackupManifest,
  next: () => Promise<string | undefined>,
): Promise<number> {
  let total = 0;
  for (const t of manifest.tables) {
    const cols = t.columns.map(quoteIdent).join(', ');
    const sink = client.query(copyFrom(`COPY public.${quoteIdent(t.name)} (${cols}) FROM STDIN`));
    const done = finished(sink);
    for (;;) {
      const line = await next();
      if (line === undefined) {
        sink.destroy();
        await done.catch(() => {});
        throw new Error(`the backup ends inside table ${t.name}: it is incomplete`);
      }
      if (line === '\\.') break;
      if (!sink.write(`${line}\n`)) await once(sink, 'drain');
    }
    sink.end();
    await done;
    if (sink.rowCount !== t.rows)
      throw new Error(`table ${t.name}: the backup holds ${t.rows} rows, ${sink.rowCount} loaded`);
    total += t.rows;
  }
  return total;
}

async function rebuildSchema(runner: QueryRunner, manifest: BackupManifest): Promise<void> {
  await runner.query(`DROP SCHEMA IF EXISTS public CASCADE`);
  await runner.query(`CREATE SCHEMA public`);
  const executor = new MigrationExecutor(runner.connection, runner);
  executor.transaction = 'all'; // inside the restore's transaction, which is already open
  await executor.executePendingMigrations();
  const client = (await runner.connect()) as ClientBase;
  const present = new Set(await appTables(client));
  const missing = manifest.tables.filter((t) => !present.has(t.name)).map((t) => t.name);
  if (missing.length > 0)
    throw new Error(`the rebuilt schema lacks the backup's tables ${missing.join(', ')}`);
  // Rows the migrations insert (app_meta, the migrations list) come from the backup instead.
  await runner.query(`TRUNCATE ${[...present].map((t) => `public.${quoteIdent(t)}`).join(', ')}`);
}

/**
 * Restores `file` into the database at `url`, all in one transaction: drop the public schema,
 * rebuild it with the backup's migrations, load every table with its triggers off (the rows
 * already hold what the triggers would compute), set the sequences, commit. Any failure rolls
 * everything back. Refuses while another session uses the database (a running platform), and
 * refuses a database holding rows unless `force`.
 */
export async function restoreBackup(
  url: string,
  file: string,
  options: RestoreOptions,
): Promise<RestoreResult> {
  const backup = await openBackup(file);
  try {
    const manifest = backup.manifest;
    const ds = createDataSource(url, { migrations: migrationsFor(manifest) });
    await ds.initialize();
    const runner = ds.createQueryRunner();
    try {
      const client = (await runner.connect()) as ClientBase;
      const others = await otherSessions(client);
      if (others.length > 0) {
        throw new Error(
          `${others.length} other session(s) use this database (${[...new Set(others.map((o) => o.app || 'unnamed'))].join(', ')}): ` +
            'stop the platform (and anything else connected) before restoring',
        );
      }
      const filled = await tablesWithRows(client);
      if (filled.length > 0 && !options.force) {
        throw new Error(
          `the database is not empty (${filled.length} tables hold rows, e.g. ${filled.slice(0, 3).join(', ')}): ` +
            'nothing was changed. Add --force to replace its contents with the backup',
        );
      }
      await runner.startTransaction();
      try {
        await rebuildSchema(runner, manifest);
        for (const t of manifest.tables)
          await runner.query(`ALTER TABLE public.${quoteIdent(t.name)} DISABLE TRIGGER USER`);
        const rows = await loadRows(client, manifest, backup.next);
        for (const t of manifest.tables)
          await runner.query(`ALTER TABLE public.${quoteIdent(t.name)} ENABLE TRIGGER USER`);
        for (const s of manifest.sequences) {
          if (s.lastValue === null) continue;
          await runner.query(`SELECT setval(pg_get_serial_sequence($1, $2), $3::bigint, true)`, [
            `public.${quoteIdent(s.table)}`,
            s.column,
            s.lastValue,
          ]);
        }
        await runner.commitTransaction();
        return { manifest, rows };
      } catch (error) {
        await runner.rollbackTransaction().catch(() => {});
        throw error;
      }
    } finally {
      await runner.release();
      await ds.destroy();
    }
  } finally {
    await backup.close();
  }
}
