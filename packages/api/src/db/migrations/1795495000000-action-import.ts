import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Importing improvement actions (docs/procedure.md, Importing improvement actions): the source
 * system's reference on each imported action (unique per organisation, so importing a file again
 * changes nothing), a fingerprint of the row it came from and the action's version the import
 * left (a corrected file corrects only an action nobody has changed since); the action column
 * mapping, saved apart from the complaint mapping; and what each import run held.
 */
export class ActionImport1795495000000 implements MigrationInterface {
  name = 'ActionImport1795495000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE improvement_action ADD COLUMN source_reference varchar(100),
      ADD COLUMN import_fingerprint char(64), ADD COLUMN imported_version integer`);
    await q.query(`CREATE UNIQUE INDEX improvement_action_source_reference_key
      ON improvement_action (organisation_id, source_reference) WHERE source_reference IS NOT NULL`);
    await q.query(
      `ALTER TABLE import_mapping ADD COLUMN action_mapping jsonb NOT NULL DEFAULT '{}'`,
    );
    await q.query(`ALTER TABLE import_run ADD COLUMN kind varchar(20) NOT NULL DEFAULT 'complaints'
      CHECK (kind IN ('complaints','actions'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE import_run DROP COLUMN kind`);
    await q.query(`ALTER TABLE import_mapping DROP COLUMN action_mapping`);
    await q.query(`DROP INDEX improvement_action_source_reference_key`);
    await q.query(`ALTER TABLE improvement_action DROP COLUMN imported_version,
      DROP COLUMN import_fingerprint, DROP COLUMN source_reference`);
  }
}
