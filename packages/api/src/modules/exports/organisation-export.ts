import type { QueryRunner } from 'typeorm';
import { EXPORTED_TABLES, type ExportedTable } from './organisation-tables';
import { batches } from './snapshot';
import { cellOf, type TableFile } from './table-file';

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The table's columns as stored, in order, without its secret ones. */
async function columnsOf(runner: QueryRunner, t: ExportedTable): Promise<string[]> {
  const rows = (await runner.query(
    `SELECT column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
    [t.table],
  )) as { column_name: string }[];
  return rows.map((r) => r.column_name).filter((c) => !(t.secret ?? []).includes(c));
}

/**
 * One table as a file: the rows `t.where` picks with `params` (`$1` is always the organisation),
 * named `name` (default the table's), with `only` its columns when given.
 */
export async function tableFile(
  runner: QueryRunner,
  t: ExportedTable,
  params: unknown[],
  name = t.table,
  only?: readonly string[],
): Promise<TableFile> {
  const stored = await columnsOf(runner, t);
  const columns = only ? stored.filter((c) => only.includes(c)) : stored;
  const sql = `SELECT ${columns.map(quote).join(', ')} FROM ${quote(t.table)}
    WHERE ${t.where} ORDER BY ${t.orderBy}`;
  return {
    name,
    header: columns,
    rows: async function* () {
      for await (const rows of batches(runner, sql, params)) {
        yield rows.map((row) => columns.map((c) => cellOf(row[c])));
      }
    },
  };
}

/** Every exported table of the organisation, in the order of EXPORTED_TABLES. */
export async function organisationFiles(
  runner: QueryRunner,
  organisationId: string,
): Promise<TableFile[]> {
  const files: TableFile[] = [];
  for (const t of EXPORTED_TABLES) files.push(await tableFile(runner, t, [organisationId]));
  return files;
}

/** The README.txt of a zip: what the files are and their columns. */
export function readme(title: string, files: readonly TableFile[], notes: string[]): string {
  const lines = [
    title,
    '',
    'Each file is CSV (RFC 4180, UTF-8 with a byte-order mark, CRLF line ends). Instants are',
    'ISO 8601 in UTC; dates are YYYY-MM-DD; JSON columns hold JSON text. A cell that would start',
    "with = + - @ is prefixed with ' so that no spreadsheet runs it as a formula.",
    ...notes,
    '',
    'Files and columns:',
  ];
  for (const f of files) lines.push('', `${f.name}.csv`, `  ${f.header.join(', ')}`);
  return lines.join('\r\n') + '\r\n';
}
