import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The investigation file of a stage 2 complaint (docs/procedure.md, The investigation file):
 * the plan (§50), meetings with the customer and their record (§58–59), alternative resolution
 * (§54–57), evidence files and the investigator's report. An evidence file's bytes live in a
 * table of their own, so no list ever reads them; with EVIDENCE_DIR set they are kept in that
 * folder instead and `storage` says so.
 */
export class InvestigationFile1795493700000 implements MigrationInterface {
  name = 'InvestigationFile1795493700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE investigation_plan (
        organisation_id uuid NOT NULL,
        complaint_id uuid NOT NULL,
        what_happened text NOT NULL DEFAULT '',
        what_should_have_happened text NOT NULL DEFAULT '',
        difference text NOT NULL DEFAULT '',
        evidence_needed text NOT NULL DEFAULT '',
        version integer NOT NULL DEFAULT 1,
        updated_by_id uuid NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (organisation_id, complaint_id),
        FOREIGN KEY (organisation_id, complaint_id) REFERENCES complaint(organisation_id, id),
        FOREIGN KEY (organisation_id, updated_by_id) REFERENCES person(organisation_id, id)
      )`);
    await q.query(`
      CREATE TABLE investigation_meeting (
        organisation_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        complaint_id uuid NOT NULL,
        held_on date NOT NULL,
        staff_present text NOT NULL,
        customer_side_present text NOT NULL,
        record_format varchar(20) NOT NULL CHECK (record_format IN ('written','other')),
        record_due_on date NOT NULL CHECK (record_due_on >= held_on),
        record_sent_on date CHECK (record_sent_on >= held_on),
        recorded_by_id uuid NOT NULL,
        recorded_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1,
        PRIMARY KEY (organisation_id, id),
        FOREIGN KEY (organisation_id, complaint_id) REFERENCES complaint(organisation_id, id),
        FOREIGN KEY (organisation_id, recorded_by_id) REFERENCES person(organisation_id, id)
      )`);
    await q.query(
      `CREATE INDEX investigation_meeting_complaint_idx ON investigation_meeting (organisation_id, complaint_id)`,
    );
    await q.query(`
      CREATE TABLE alternative_resolution (
        organisation_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        complaint_id uuid NOT NULL,
        approach varchar(30) NOT NULL
          CHECK (approach IN ('resolution_discussion','mediation','conciliation','other')),
        description text,
        started_on date NOT NULL,
        ended_on date CHECK (ended_on >= started_on),
        result text CHECK (result IS NULL OR ended_on IS NOT NULL),
        recorded_by_id uuid NOT NULL,
        recorded_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1,
        PRIMARY KEY (organisation_id, id),
        FOREIGN KEY (organisation_id, complaint_id) REFERENCES complaint(organisation_id, id),
        FOREIGN KEY (organisation_id, recorded_by_id) REFERENCES person(organisation_id, id)
      )`);
    await q.query(
      `CREATE INDEX alternative_resolution_complaint_idx ON alternative_resolution (organisation_id, complaint_id)`,
    );
    await q.query(`
      CREATE TABLE evidence_file (
        organisation_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        complaint_id uuid NOT NULL,
        file_name varchar(200) NOT NULL,
        kind varchar(10) NOT NULL
          CHECK (kind IN ('pdf','docx','xlsx','png','jpeg','txt','eml','msg')),
        size_bytes integer NOT NULL CHECK (size_bytes > 0),
        sha256 char(64) NOT NULL,
        storage varchar(10) NOT NULL CHECK (storage IN ('database','folder')),
        description text,
        uploaded_by_id uuid NOT NULL,
        uploaded_at timestamptz NOT NULL,
        PRIMARY KEY (organisation_id, id),
        FOREIGN KEY (organisation_id, complaint_id) REFERENCES complaint(organisation_id, id),
        FOREIGN KEY (organisation_id, uploaded_by_id) REFERENCES person(organisation_id, id)
      )`);
    await q.query(
      `CREATE INDEX evidence_file_complaint_idx ON evidence_file (organisation_id, complaint_id)`,
    );
    await q.query(`
      CREATE TABLE evidence_file_content (
        organisation_id uuid NOT NULL,
        file_id uuid NOT NULL,
        content bytea NOT NULL,
        PRIMARY KEY (organisation_id, file_id),
        FOREIGN KEY (organisation_id, file_id) REFERENCES evidence_file(organisation_id, id)
          ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE investigation_report (
        organisation_id uuid NOT NULL,
        complaint_id uuid NOT NULL,
        text text NOT NULL DEFAULT '',
        file_id uuid,
        written_on date NOT NULL,
        written_by_id uuid NOT NULL,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (organisation_id, complaint_id),
        FOREIGN KEY (organisation_id, complaint_id) REFERENCES complaint(organisation_id, id),
        FOREIGN KEY (organisation_id, written_by_id) REFERENCES person(organisation_id, id),
        FOREIGN KEY (organisation_id, file_id) REFERENCES evidence_file(organisation_id, id),
        CHECK (text <> '' OR file_id IS NOT NULL)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'investigation_report',
      'evidence_file_content',
      'evidence_file',
      'alternative_resolution',
      'investigation_meeting',
      'investigation_plan',
    ])
      await q.query(`DROP TABLE ${table}`);
  }
}
