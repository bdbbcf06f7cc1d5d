import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * SPSO recommendations (docs/procedure.md, SPSO recommendations): what the SPSO recommended on a
 * complaint, with a due date and an owner, tracked until completed with evidence.
 */
export class SpsoRecommendations1795494110000 implements MigrationInterface {
  name = 'SpsoRecommendations1795494110000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE spso_recommendation (
        organisation_id uuid NOT NULL,
        id uuid NOT NULL,
        complaint_id uuid NOT NULL,
        recommendation text NOT NULL,
        due_on date NOT NULL,
        owner_id uuid NOT NULL,
        completed_on date,
        evidence text,
        recorded_by_id uuid NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (organisation_id, id),
        FOREIGN KEY (organisation_id, complaint_id) REFERENCES complaint(organisation_id, id),
        FOREIGN KEY (organisation_id, owner_id) REFERENCES person(organisation_id, id),
        FOREIGN KEY (organisation_id, recorded_by_id) REFERENCES person(organisation_id, id),
        CHECK ((completed_on IS NULL) = (evidence IS NULL))
      )`);
    await q.query(
      `CREATE INDEX spso_recommendation_open_idx ON spso_recommendation (organisation_id, due_on) WHERE completed_on IS NULL`,
    );
    await q.query(
      `CREATE INDEX spso_recommendation_complaint_idx ON spso_recommendation (organisation_id, complaint_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE spso_recommendation`);
  }
}
