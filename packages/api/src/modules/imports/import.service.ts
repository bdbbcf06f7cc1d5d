import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import {
  IMPORT_FIELDS,
  IMPORT_PROBLEM_MESSAGES,
  checkImportRow,
  localDate,
  readList,
  sourceColumn,
  type ImportField,
  type ImportMapping,
} from '@chp/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { runImport, type ImportActor, type ImportKind } from './import-run';
export type { ImportActor } from './import-run';
import { ImportLookups } from './import-lookups';
import { readRows, type ImportFormat } from './import-reader';
import { correctFromFile } from './import-corrections';
import { ReferenceNumbers, writeBatch, type CheckedRow, type ImportStamp } from './import-writer';

export type ImportMode = 'all_or_nothing' | 'valid_rows';

export interface ImportOptions {
  dryRun: boolean;
  mode: ImportMode;
  /** Create the service areas and root causes the file names but the organisation lacks. */
  createUnknown: boolean;
  /** Source column per field; omitted fields are read from the column of their own name. */
  mapping?: ImportMapping;
  fileName?: string;
  /** The run's id chosen by the caller (the dashboard polls `importRun` with it while the file uploads). */
  runId?: string;
}

export interface ImportProblemRow {
  row: number;
  /** The column as the file names it, and the field it maps to. */
  column: string;
  field: string;
  code: string;
  message: string;
}

export interface ImportUpdateRow {
  row: number;
  sourceReference: string;
  /** The complaint's reference (or the improvement action's id) in this system. */
  reference: string;
  /** The columns corrected. */
  fields: string[];
}

export interface ImportReport {
  runId: string;
  kind: ImportKind;
  dryRun: boolean;
  mode: ImportMode;
  status: 'finished' | 'refused';
  rowsRead: number;
  /** Rows that pass every check and are new (imported unless the run is a dry run or refused). */
  rowsValid: number;
  rowsImported: number;
  /** Rows imported before with the same values: nothing to do. */
  rowsUnchanged: number;
  /**
   * Rows imported before whose correctable details differ in the file and pass every check:
   * each is corrected as on the complaint page (a `corrected` step, audited). Written unless the
   * run is a dry run or refused.
   */
  rowsUpdated: number;
  /** Each updated row and the columns it corrected (at most 10,000 listed). */
  updates: ImportUpdateRow[];
  rowsRefused: number;
  problems: ImportProblemRow[];
  /** Names the organisation does not have yet (created only when the import is confirmed). */
  unknownServiceAreas: string[];
  unknownRootCauses: string[];
  /** People (handlers, owners) named in the file whom the organisation does not have: never created. */
  unknownPeople: string[];
}

export interface ImportSource {
  input: string | Readable;
  format: ImportFormat;
}

const BATCH = 2000;
const MAX_PROBLEMS_KEPT = 10_000;

/**
 * Imports complaints from a spreadsheet (docs/procedure.md, Importing complaints): every row is
 * checked by @chp/domain with the forms' rules; a dry run writes nothing; `all_or_nothing`
 * writes nothing if any row is refused; `valid_rows` writes the rows that pass and reports the
 * others. One transaction; rows are streamed and written in batches. Importing the same rows
 * again changes nothing (source references are unique per organisation).
 * `onProgress` is told the rows read so far (for the progress bar).
 */
export async function importComplaints(
  dataSource: DataSource,
  actor: ImportActor,
  source: ImportSource,
  options: ImportOptions,
  onProgress: (rowsRead: number) => void | Promise<void> = () => {},
): Promise<ImportReport> {
  return runImport(
    dataSource,
    actor,
    { ...options, kind: 'complaints' },
    onProgress,
    (em, stamp, progress) => importInTransaction(em, stamp, source, options, progress),
  );
}

async function importInTransaction(
  em: EntityManager,
  stamp: ImportStamp,
  source: ImportSource,
  options: ImportOptions,
  onProgress: (rowsRead: number) => void | Promise<void>,
): Promise<ImportReport> {
  const lookups = await ImportLookups.load(em, stamp.organisationId);
  const today = localDate(stamp.now.toISOString());
  const context = { ...lookups.context, today, createUnknown: options.createUnknown };
  const mapping = options.mapping ?? {};
  const columnOf = (f: ImportField) => sourceColumn(f, mapping);
  const references = new ReferenceNumbers(em, stamp.organisationId);

  const seen = new Set<string>();
  const problems: ImportProblemRow[] = [];
  const updates: ImportUpdateRow[] = [];
  const unknownAreas = new Set<string>();
  const unknownCauses = new Set<string>();
  const unknownPeople = new Set<string>();
  const counts = { read: 0, valid: 0, imported: 0, unchanged: 0, updated: 0, refused: 0 };
  const refuse = (row: number, field: ImportField, code: string, message: string) => {
    if (problems.length < MAX_PROBLEMS_KEPT)
      problems.push({ row, column: columnOf(field), field, code, message });
  };

  const correct = async (b: Checked, before: ImportedBefore) => {
    const c = b.checked.complaint;
    if (options.createUnknown) await lookups.createMissing([c.serviceArea], []);
    const result = await correctFromFile(
      em,
      { ...stamp, fileName: options.fileName ?? '' },
      lookups,
      before.id,
      before.version,
      c,
      b.rowNumber,
    );
    if (result.kind === 'refused') {
      counts.refused++;
      refuse(b.rowNumber, result.field as ImportField, result.code, result.message);
      return;
    }
    // the file's values are now the complaint's: the same file again changes nothing
    await em.query(
      `UPDATE complaint SET import_fingerprint = $3 WHERE organisation_id = $1 AND id = $2`,
      [stamp.organisationId, before.id, b.checked.fingerprint],
    );
    if (result.kind === 'unchanged') {
      counts.unchanged++;
      return;
    }
    counts.updated++;
    if (updates.length < MAX_PROBLEMS_KEPT)
      updates.push({
        row: b.rowNumber,
        sourceReference: c.sourceReference,
        reference: before.reference,
        fields: result.fields,
      });
  };

  let batches = 0;
  let nextAnalyze = 1;
  const batch: Checked[] = [];
  let writing: Promise<void> = Promise.resolve();
  const flush = async (rows: Checked[]) => {
    if (rows.length === 0) return;
    const existing = new Map(
      (
        await em.query<ImportedBefore[]>(
          `SELECT source_reference AS ref, import_fingerprint AS fingerprint, id, version, reference
             FROM complaint WHERE organisation_id = $1 AND source_reference = ANY($2::text[])`,
          [stamp.organisationId, rows.map((b) => b.checked.complaint.sourceReference)],
        )
      ).map((r) => [r.ref, r]),
    );
    const fresh: CheckedRow[] = [];
    for (const b of rows) {
      const before = existing.get(b.checked.complaint.sourceReference);
      if (before === undefined) fresh.push(b.checked);
      else if (sameRow(before.fingerprint, b.checked)) counts.unchanged++;
      else if (!sameJourney(before.fingerprint, b.checked.fingerprint)) {
        // docs/procedure.md, Importing complaints: a changed journey is changed on the complaint page
        counts.refused++;
        refuse(
          b.rowNumber,
          'source_reference',
          'IMPORT_ALREADY_IMPORTED_DIFFERENT',
          IMPORT_PROBLEM_MESSAGES.IMPORT_ALREADY_IMPORTED_DIFFERENT,
        );
      } else await correct(b, before);
    }
    counts.valid += fresh.length;
    const toWrite = !options.dryRun && (options.mode === 'valid_rows' || counts.refused === 0);
    if (!toWrite || fresh.length === 0) return;
    if (options.createUnknown)
      await lookups.createMissing(
        fresh.map((r) => r.complaint.serviceArea),
        fresh.flatMap((r) => r.complaint.rootCauses),
      );
    // the foreign-key checks plan on the tables' statistics: refreshed as the import doubles them
    const analyze = ++batches === nextAnalyze;
    if (analyze) nextAnalyze *= 2;
    await writeBatch(em, stamp, lookups, references, fresh, analyze);
    counts.imported += fresh.length;
  };

  try {
    for await (const { rowNumber, cells } of readRows(source.input, source.format)) {
      counts.read++;
      const values = Object.fromEntries(
        IMPORT_FIELDS.map((f) => [f, (cells[columnOf(f)] ?? '').trim()]),
      ) as Record<ImportField, string>;
      for (const name of [values.service_area].filter((n) => n && !lookups.isKnownServiceArea(n)))
        unknownAreas.add(name);
      for (const name of readList(values.root_causes).filter((n) => !lookups.isKnownRootCause(n)))
        unknownCauses.add(name);
      if (values.handler && !lookups.isKnownHandler(values.handler))
        unknownPeople.add(values.handler);
      const reference = values.source_reference;
      if (reference && seen.has(reference)) {
        counts.refused++;
        refuse(
          rowNumber,
          'source_reference',
          'IMPORT_DUPLICATE_REFERENCE',
          IMPORT_PROBLEM_MESSAGES.IMPORT_DUPLICATE_REFERENCE,
        );
        continue;
      }
      if (reference) seen.add(reference);
      const { complaint, problems: found } = checkImportRow(values, context);
      if (!complaint) {
        counts.refused++;
        for (const p of found) refuse(rowNumber, p.field, p.code, p.message);
        continue;
      }
      batch.push({
        rowNumber,
        checked: {
          complaint,
          fingerprint: fingerprintOf(values),
          wholeRowFingerprint: wholeRowFingerprintOf(values),
        },
      });
      if (batch.length >= BATCH) {
        // the database writes this batch while the next one is read and checked (2 cores: one each)
        await writing;
        const rowsRead = counts.read;
        writing = flush(batch.splice(0)).then(() => onProgress(rowsRead));
        writing.catch(() => {}); // awaited before the next batch is written and at the end
      }
    }
  } catch (e) {
    // a file unreadable further on: the batch being written finishes before the transaction is
    // rolled back, so that none of its statements can run after the rollback
    await writing.catch(() => {});
    throw e;
  }
  await writing;
  await flush(batch.splice(0));
  await references.giveBack();
  await onProgress(counts.read);

  const refused = options.mode === 'all_or_nothing' && counts.refused > 0;
  return {
    runId: stamp.runId,
    kind: 'complaints',
    dryRun: options.dryRun,
    mode: options.mode,
    status: refused ? 'refused' : 'finished',
    rowsRead: counts.read,
    rowsValid: counts.valid,
    rowsImported: options.dryRun || refused ? 0 : counts.imported,
    rowsUnchanged: counts.unchanged,
    rowsUpdated: options.dryRun || refused ? 0 : counts.updated,
    // a batch's problems found when it is written come after the next batch's checks: row order
    updates: updates.sort((a, b) => a.row - b.row),
    rowsRefused: counts.refused,
    problems: problems.sort((a, b) => a.row - b.row),
    unknownServiceAreas: [...unknownAreas].sort(),
    unknownRootCauses: [...unknownCauses].sort(),
    unknownPeople: [...unknownPeople].sort(),
  };
}

interface Checked {
  rowNumber: number;
  checked: CheckedRow;
}

interface ImportedBefore {
  ref: string;
  fingerprint: string;
  id: string;
  version: number;
  reference: string;
}

/** The fields a corrected file corrects (as on the complaint page); every other field is the journey's. */
export const CORRECTABLE_FIELDS: readonly ImportField[] = [
  'service_area',
  'category',
  'channel',
  'summary',
  'outcome_sought',
  'customer_name',
  'customer_email',
  'customer_phone',
  'aware_on',
  'handler',
];
const JOURNEY_FIELDS = IMPORT_FIELDS.filter((f) => !CORRECTABLE_FIELDS.includes(f));

const hash = (values: Record<ImportField, string>, fields: readonly ImportField[]) =>
  createHash('sha256')
    .update(JSON.stringify(fields.map((f) => values[f])))
    .digest('hex');

/**
 * The row's values as imported: the same row again has the same fingerprint. Its first half
 * hashes the correctable details, its second half the journey (steps, points, root causes), so
 * a corrected file tells which of the two changed.
 */
export function fingerprintOf(values: Record<ImportField, string>): string {
  return hash(values, CORRECTABLE_FIELDS).slice(0, 32) + hash(values, JOURNEY_FIELDS).slice(0, 32);
}

/** The fingerprint imports stored before it had two halves: one hash of every field. */
export const wholeRowFingerprintOf = (values: Record<ImportField, string>): string =>
  hash(values, IMPORT_FIELDS);

const sameRow = (stored: string, row: CheckedRow) =>
  stored === row.fingerprint || stored === row.wholeRowFingerprint;

const sameJourney = (stored: string, fingerprint: string) =>
  stored.slice(32) === fingerprint.slice(32);
