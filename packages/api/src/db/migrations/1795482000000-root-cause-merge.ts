import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A merged root cause (docs/procedure.md, Root causes): it stays, retired, with the cause it was
 * merged into, so history and the audit log still name it while its complaints and actions count
 * under the survivor. A merged cause is always retired.
 */
export class RootCauseMerge1795482000000 implements MigrationInterface {
  name = 'RootCauseMerge1795482000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE root_cause ADD COLUMN merged_into_id uuid`);
    await q.query(`
      ALTER TABLE root_cause
        ADD CONSTRAINT root_cause_merged_into_fk FOREIGN KEY (organisation_id, merged_into_id)
          REFERENCES root_cause(organisation_id, id),
        ADD CONSTRAINT root_cause_merged_is_retired CHECK (merged_into_id IS NULL OR NOT active),
        ADD CONSTRAINT root_cause_not_merged_into_itself CHECK (merged_into_id IS DISTINCT FROM id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE root_cause DROP COLUMN merged_into_id`);
  }
}
