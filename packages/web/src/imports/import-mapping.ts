/*
 * The import page's pure logic (docs/procedure.md, Importing complaints): the column mapping's
 * first choices, the dry run's problems by row, and the addresses of the import endpoints.
 */

export interface TemplateField {
  field: string;
  hint: string;
  required: boolean;
}

export interface MappedColumn {
  field: string;
  column: string;
}

/** 'Date received', 'date_received' and 'DATE-RECEIVED' are the same column name. */
const comparable = (name: string) =>
  name
    .toLowerCase()
    .replace(/[\s_\-.]+/g, ' ')
    .trim();

/**
 * The file's column for each template field: the saved mapping's when the file has that column,
 * else the column named like the field, else none (''). A column is chosen for one field only.
 */
export function prefillMapping(
  fields: readonly TemplateField[],
  saved: readonly MappedColumn[],
  columns: readonly string[],
): Record<string, string> {
  const savedFor = new Map(saved.map((m) => [m.field, m.column]));
  const taken = new Set<string>();
  const out: Record<string, string> = {};
  for (const { field } of fields) {
    const fromSaved = savedFor.get(field);
    const column =
      (fromSaved !== undefined ? columns.find((c) => c === fromSaved) : undefined) ??
      columns.find((c) => comparable(c) === comparable(field));
    out[field] = column && !taken.has(column) ? column : '';
    if (out[field]) taken.add(out[field]);
  }
  return out;
}

/** The mapping to save: every field given a column (the others read the column of their name). */
export function mappingToSave(choice: Record<string, string>): MappedColumn[] {
  return Object.entries(choice)
    .filter(([, column]) => column !== '')
    .map(([field, column]) => ({ field, column }));
}

/** Required fields without a column: the import would refuse every row. */
export function missingRequired(
  fields: readonly TemplateField[],
  choice: Record<string, string>,
): string[] {
  return fields.filter((f) => f.required && !choice[f.field]).map((f) => f.field);
}

/** Columns chosen for two fields or more. */
export function columnsChosenTwice(choice: Record<string, string>): string[] {
  const seen = new Map<string, number>();
  for (const c of Object.values(choice)) if (c) seen.set(c, (seen.get(c) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([c]) => c);
}

export interface ReportProblem {
  row: number;
  column: string;
  field: string;
  code: string;
  message: string;
}

/** The problems in file order, by row then column; rows with several problems keep them together. */
export function problemsInFileOrder(problems: readonly ReportProblem[]): ReportProblem[] {
  return [...problems].sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
}

/** How many rows have a problem (a row may have several). */
export const rowsWithProblems = (problems: readonly ReportProblem[]): number =>
  new Set(problems.map((p) => p.row)).size;

export type ImportFileFormat = 'csv' | 'xlsx';

export const formatOfFile = (name: string): ImportFileFormat =>
  name.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';

/** POST /imports with its options (docs/api.md, Importing complaints). */
export function importUrl(o: {
  kind?: 'complaints' | 'actions';
  format: ImportFileFormat;
  fileName: string;
  dryRun: boolean;
  mode: 'all_or_nothing' | 'valid_rows';
  createUnknown: boolean;
  runId?: string;
}): string {
  const q = new URLSearchParams({
    format: o.format,
    mode: o.mode,
    dryRun: String(o.dryRun),
    createUnknown: String(o.createUnknown),
    fileName: o.fileName.slice(0, 200),
  });
  if (o.kind === 'actions') q.set('kind', 'actions');
  if (o.runId) q.set('runId', o.runId);
  return `/imports?${q.toString()}`;
}

/** A random (version 4) UUID from 16 random bytes: the run id the page follows while it uploads. */
export function uuidFrom(bytes: Uint8Array): string {
  const b = Array.from(bytes.slice(0, 16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
