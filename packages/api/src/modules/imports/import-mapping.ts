import { IMPORT_FIELDS, type ImportField, type ImportMapping } from '@chp/domain';
import type { EntityManager } from 'typeorm';
import type { Tx } from '../../core/mutation';

/** The organisation's saved column mapping (fields not in it are read from their own column). */
export async function loadImportMapping(
  em: EntityManager,
  organisationId: string,
): Promise<ImportMapping> {
  const [row] = await em.query<{ mapping: ImportMapping }[]>(
    `SELECT mapping FROM import_mapping WHERE organisation_id = $1`,
    [organisationId],
  );
  return row?.mapping ?? {};
}

export const mappingOf = (columns: readonly { field: string; column: string }[]): ImportMapping =>
  Object.fromEntries(
    columns
      .filter((c) => (IMPORT_FIELDS as readonly string[]).includes(c.field))
      .map((c) => [c.field as ImportField, c.column.trim()]),
  );

export const columnsOf = (mapping: ImportMapping): { field: string; column: string }[] =>
  IMPORT_FIELDS.filter((f) => mapping[f]).map((f) => ({ field: f, column: mapping[f]! }));

/** Saves the mapping in place of the one before (audited). */
export async function saveImportMapping(tx: Tx, mapping: ImportMapping): Promise<ImportMapping> {
  const organisationId = tx.viewer.organisationId;
  await tx.em.query(
    `INSERT INTO import_mapping (organisation_id, mapping, updated_by_id, updated_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (organisation_id) DO UPDATE SET mapping = EXCLUDED.mapping, updated_by_id = EXCLUDED.updated_by_id, updated_at = EXCLUDED.updated_at`,
    [organisationId, JSON.stringify(mapping), tx.viewer.personId, tx.now],
  );
  await tx.audit({
    organisationId,
    entity: 'import_mapping',
    entityId: organisationId,
    changes: { mapping },
  });
  return mapping;
}
