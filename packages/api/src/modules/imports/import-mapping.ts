import { ACTION_IMPORT_FIELDS, IMPORT_FIELDS, type ImportMapping } from '@chp/domain';
import type { EntityManager } from 'typeorm';
import type { Tx } from '../../core/mutation';
import type { ImportKind } from './import-run';

/** A source column per field of one kind of file (fields not in it are read from their own column). */
export type ColumnMapping = Partial<Record<string, string>>;

/** The template's fields for each kind of file. */
export const FIELDS_OF: Record<ImportKind, readonly string[]> = {
  complaints: IMPORT_FIELDS,
  actions: ACTION_IMPORT_FIELDS,
};

/** Each kind's mapping is kept in its own column, so that saving one leaves the other alone. */
const COLUMN_OF: Record<ImportKind, 'mapping' | 'action_mapping'> = {
  complaints: 'mapping',
  actions: 'action_mapping',
};

/** The organisation's saved column mapping for a kind of file. */
export async function loadImportMapping(
  em: EntityManager,
  organisationId: string,
  kind: ImportKind = 'complaints',
): Promise<ImportMapping & ColumnMapping> {
  const [row] = await em.query<{ mapping: ColumnMapping }[]>(
    `SELECT ${COLUMN_OF[kind]} AS mapping FROM import_mapping WHERE organisation_id = $1`,
    [organisationId],
  );
  return row?.mapping ?? {};
}

export const mappingOf = (
  columns: readonly { field: string; column: string }[],
  kind: ImportKind = 'complaints',
): ImportMapping & ColumnMapping =>
  Object.fromEntries(
    columns.filter((c) => FIELDS_OF[kind].includes(c.field)).map((c) => [c.field, c.column.trim()]),
  );

export const columnsOf = (
  mapping: ColumnMapping,
  kind: ImportKind = 'complaints',
): { field: string; column: string }[] =>
  FIELDS_OF[kind].filter((f) => mapping[f]).map((f) => ({ field: f, column: mapping[f]! }));

/** Saves the kind's mapping in place of the one before (audited). */
export async function saveImportMapping(
  tx: Tx,
  mapping: ColumnMapping,
  kind: ImportKind = 'complaints',
): Promise<ColumnMapping> {
  const organisationId = tx.viewer.organisationId;
  const column = COLUMN_OF[kind];
  await tx.em.query(
    `INSERT INTO import_mapping (organisation_id, ${column}, updated_by_id, updated_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (organisation_id) DO UPDATE SET ${column} = EXCLUDED.${column}, updated_by_id = EXCLUDED.updated_by_id, updated_at = EXCLUDED.updated_at`,
    [organisationId, JSON.stringify(mapping), tx.viewer.personId, tx.now],
  );
  await tx.audit({
    organisationId,
    entity: 'import_mapping',
    entityId: organisationId,
    changes: kind === 'complaints' ? { mapping } : { kind, mapping },
  });
  return mapping;
}
