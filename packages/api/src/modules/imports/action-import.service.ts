import { createHash } from 'node:crypto';
import {
  ACTION_IMPORT_FIELDS,
  ACTION_IMPORT_PROBLEM_MESSAGES,
  checkActionImportRow,
  localDate,
  readList,
  type ActionImportField,
  type ImportedAction,
} from '@chp/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { ImportLookups } from './import-lookups';
import type { ColumnMapping } from './import-mapping';
import { readRows } from './import-reader';
import { runImport, type ImportActor } from './import-run';
import type {
  ImportOptions,
  ImportProblemRow,
  ImportReport,
  ImportSource,
  ImportUpdateRow,
} from './import.service';
import type { ImportStamp } from './import-writer';
import { correctAction, writeActions, type StoredAction } from './action-import-writer';

const BATCH = 500;
const MAX_KEPT = 10_000;

/**
 * Imports improvement actions from a spreadsheet (docs/procedure.md, Importing improvement
 * actions), in the same run as complaints: every row checked by @chp/domain with the action
 * forms' rules, a dry run writes nothing, `all_or_nothing` nothing if any row is refused,
 * `valid_rows` the rows that pass. The same row again changes nothing; a corrected row corrects
 * the action the file imported (audited), unless it was changed on the dashboard since.
 */
export async function importActions(
  dataSource: DataSource,
  actor: ImportActor,
  source: ImportSource,
  options: ImportOptions,
  onProgress: (rowsRead: number) => void | Promise<void> = () => {},
): Promise<ImportReport> {
  return runImport(
    dataSource,
    actor,
    { ...options, kind: 'actions' },
    onProgress,
    (em, stamp, progress) => importInTransaction(em, stamp, source, options, progress),
  );
}

async function importInTransaction(
  em: EntityManager,
  stamp: ImportStamp,
  source: ImportSource,
  options: ImportOptions,
  onProgress: (rowsRead: number) => Promise<void>,
): Promise<ImportReport> {
  const lookups = await ImportLookups.load(em, stamp.organisationId);
  const context = {
    today: localDate(stamp.now.toISOString()),
    serviceAreas: lookups.context.serviceAreas,
    rootCauses: lookups.context.rootCauses,
    people: lookups.ownerNames,
    createUnknown: options.createUnknown,
  };
  const mapping = (options.mapping ?? {}) as ColumnMapping;
  const columnOf = (f: ActionImportField) => mapping[f]?.trim() || f;
  const toWrite = () => !options.dryRun && (options.mode === 'valid_rows' || counts.refused === 0);

  const seen = new Set<string>();
  const problems: ImportProblemRow[] = [];
  const updates: ImportUpdateRow[] = [];
  const unknown = {
    areas: new Set<string>(),
    causes: new Set<string>(),
    people: new Set<string>(),
  };
  const counts = { read: 0, valid: 0, imported: 0, unchanged: 0, updated: 0, refused: 0 };
  const refuse = (row: number, field: ActionImportField, code: string, message: string) => {
    if (problems.length < MAX_KEPT)
      problems.push({ row, column: columnOf(field), field, code, message });
  };

  const flush = async (rows: Checked[]) => {
    if (rows.length === 0) return;
    const existing = new Map(
      (
        await em.query<StoredAction[]>(
          `SELECT source_reference AS "sourceReference", id, version, imported_version AS "importedVersion",
                  import_fingerprint AS fingerprint
             FROM improvement_action WHERE organisation_id = $1 AND source_reference = ANY($2::text[])`,
          [stamp.organisationId, rows.map((r) => r.action.sourceReference)],
        )
      ).map((r) => [r.sourceReference, r]),
    );
    const fresh: Checked[] = [];
    const corrected: { row: Checked; before: StoredAction }[] = [];
    for (const r of rows) {
      const before = existing.get(r.action.sourceReference);
      if (!before) fresh.push(r);
      else if (before.fingerprint === r.fingerprint) counts.unchanged++;
      else if (before.version !== before.importedVersion) {
        // docs/procedure.md, Importing improvement actions: the dashboard's changes are not overwritten
        counts.refused++;
        refuse(
          r.rowNumber,
          'source_reference',
          'IMPORT_ACTION_CHANGED_SINCE_IMPORT',
          ACTION_IMPORT_PROBLEM_MESSAGES.IMPORT_ACTION_CHANGED_SINCE_IMPORT,
        );
      } else corrected.push({ row: r, before });
    }
    counts.valid += fresh.length;
    const write = toWrite();
    if (write && options.createUnknown) {
      const all = [...fresh, ...corrected.map((c) => c.row)];
      await lookups.createMissing(
        all.map((r) => r.action.serviceArea),
        all.flatMap((r) => r.action.rootCauses),
      );
    }
    if (write) {
      await writeActions(em, stamp, lookups, fresh);
      counts.imported += fresh.length;
    }
    const file = { ...stamp, fileName: options.fileName ?? '' };
    for (const { row, before } of corrected) {
      const fields = await correctAction(em, file, lookups, before, row, write);
      if (fields.length === 0) counts.unchanged++;
      else {
        counts.updated++;
        noteUpdate(row, before, fields);
      }
    }
  };
  const noteUpdate = (row: Checked, before: StoredAction, fields: string[]) => {
    if (updates.length < MAX_KEPT)
      updates.push({
        row: row.rowNumber,
        sourceReference: row.action.sourceReference,
        reference: before.id,
        fields,
      });
  };

  const batch: Checked[] = [];
  for await (const { rowNumber, cells } of readRows(source.input, source.format)) {
    counts.read++;
    const values = Object.fromEntries(
      ACTION_IMPORT_FIELDS.map((f) => [f, (cells[columnOf(f)] ?? '').trim()]),
    ) as Record<ActionImportField, string>;
    if (values.service_area && !lookups.isKnownServiceArea(values.service_area))
      unknown.areas.add(values.service_area);
    for (const name of readList(values.root_causes).filter((n) => !lookups.isKnownRootCause(n)))
      unknown.causes.add(name);
    if (values.owner && !lookups.isKnownOwner(values.owner)) unknown.people.add(values.owner);
    const reference = values.source_reference;
    if (reference && seen.has(reference)) {
      counts.refused++;
      refuse(
        rowNumber,
        'source_reference',
        'IMPORT_DUPLICATE_REFERENCE',
        ACTION_IMPORT_PROBLEM_MESSAGES.IMPORT_DUPLICATE_REFERENCE,
      );
      continue;
    }
    if (reference) seen.add(reference);
    const { action, problems: found } = checkActionImportRow(values, context);
    if (!action) {
      counts.refused++;
      for (const p of found) refuse(rowNumber, p.field, p.code, p.message);
      continue;
    }
    batch.push({ rowNumber, action, fingerprint: fingerprintOf(values) });
    if (batch.length >= BATCH) {
      await flush(batch.splice(0));
      await onProgress(counts.read);
    }
  }
  await flush(batch.splice(0));
  await onProgress(counts.read);

  const refused = options.mode === 'all_or_nothing' && counts.refused > 0;
  const written = !options.dryRun && !refused;
  return {
    runId: stamp.runId,
    kind: 'actions',
    dryRun: options.dryRun,
    mode: options.mode,
    status: refused ? 'refused' : 'finished',
    rowsRead: counts.read,
    rowsValid: counts.valid,
    rowsImported: written ? counts.imported : 0,
    rowsUnchanged: counts.unchanged,
    rowsUpdated: written ? counts.updated : 0,
    updates: updates.sort((a, b) => a.row - b.row),
    rowsRefused: counts.refused,
    problems: problems.sort((a, b) => a.row - b.row),
    unknownServiceAreas: [...unknown.areas].sort(),
    unknownRootCauses: [...unknown.causes].sort(),
    unknownPeople: [...unknown.people].sort(),
  };
}

export interface Checked {
  rowNumber: number;
  action: ImportedAction;
  fingerprint: string;
}

/** The row's values as imported: the same row again has the same fingerprint. */
const fingerprintOf = (values: Record<ActionImportField, string>): string =>
  createHash('sha256')
    .update(JSON.stringify(ACTION_IMPORT_FIELDS.map((f) => values[f])))
    .digest('hex');
