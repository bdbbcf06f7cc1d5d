import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Importing complaints (docs/procedure.md, Importing complaints): the source system's reference
 * on each imported complaint (unique per organisation, so importing a file again changes nothing)
 * with a fingerprint of the row it came from; the column mapping saved per organisation; and the
 * imports run, with their progress and report.
 */
export class ComplaintImport1795487000000 implements MigrationInterface {
  name = 'ComplaintImport1795487000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE complaint ADD COLUMN source_reference varchar(100),
      ADD COLUMN import_fingerprint char(64)`);
    await q.query(`CREATE UNIQUE INDEX complaint_source_reference_key ON complaint (organisation_id, source_reference)
      WHERE source_reference IS NOT NULL`);
    await q.query(`
      CREATE TABLE import_mapping (
        organisation_id uuid PRIMARY KEY REFERENCES organisation(id),
        mapping jsonb NOT NULL DEFAULT '{}',
        updated_by_id uuid,
        updated_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (organisation_id, updated_by_id) REFERENCES person(organisation_id, id)
      )`);
    await q.query(`
      CREATE TABLE import_run (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        started_by_id uuid,
        file_name varchar(200) NOT NULL DEFAULT '',
        dry_run boolean NOT NULL,
        mode varchar(20) NOT NULL CHECK (mode IN ('all_or_nothing','valid_rows')),
        create_unknown boolean NOT NULL DEFAULT false,
        status varchar(20) NOT NULL CHECK (status IN ('running','finished','refused','failed')),
        rows_read integer NOT NULL DEFAULT 0,
        rows_imported integer NOT NULL DEFAULT 0,
        rows_unchanged integer NOT NULL DEFAULT 0,
        rows_refused integer NOT NULL DEFAULT 0,
        report jsonb,
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        PRIMARY KEY (organisation_id, id),
        FOREIGN KEY (organisation_id, started_by_id) REFERENCES person(organisation_id, id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE import_run`);
    await q.query(`DROP TABLE import_mapping`);
    await q.query(`DROP INDEX complaint_source_reference_key`);
    await q.query(
      `ALTER TABLE complaint DROP COLUMN import_fingerprint, DROP COLUMN source_reference`,
    );
  }
}
