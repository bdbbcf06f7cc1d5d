import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contact restrictions under the unacceptable actions policy (Part 1 §12–13): how a customer may
 * contact the organisation, proposed on one of their complaints, approved by a manager, the
 * customer told of the review and of the SPSO, reviewed by a date. The partial index serves the
 * managers' "restriction reviews due" list; the customer index, a complaint's restrictions.
 */
export class ContactRestrictions1795472000000 implements MigrationInterface {
  name = 'ContactRestrictions1795472000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE contact_restriction (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL,
        complaint_id uuid NOT NULL,
        kind varchar(20) NOT NULL CHECK (kind IN ('letter_only','named_officer','limited_times')),
        details text NOT NULL,
        reason text NOT NULL,
        status varchar(20) NOT NULL CHECK (status IN ('proposed','in_force','declined','lifted')),
        proposed_by_id uuid NOT NULL,
        proposed_on date NOT NULL,
        review_on date NOT NULL,
        decided_by_id uuid,
        decided_on date,
        customer_told_on date,
        told_of_review boolean NOT NULL DEFAULT false,
        told_of_spso boolean NOT NULL DEFAULT false,
        last_reviewed_on date,
        last_decision varchar(20) CHECK (last_decision IN ('continue','vary','lift')),
        decision_note text,
        lifted_on date,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, id),
        FOREIGN KEY (organisation_id, customer_id) REFERENCES customer(organisation_id, id),
        FOREIGN KEY (organisation_id, complaint_id) REFERENCES complaint(organisation_id, id),
        FOREIGN KEY (organisation_id, proposed_by_id) REFERENCES person(organisation_id, id),
        FOREIGN KEY (organisation_id, decided_by_id) REFERENCES person(organisation_id, id),
        -- in force only once the customer was told of the review and of the SPSO (Part 1 §12–13)
        CHECK (status <> 'in_force' OR (customer_told_on IS NOT NULL AND told_of_review AND told_of_spso))
      )`);
    await q.query(
      `CREATE INDEX contact_restriction_review_due ON contact_restriction (organisation_id, review_on) WHERE status = 'in_force'`,
    );
    await q.query(
      `CREATE INDEX contact_restriction_customer ON contact_restriction (organisation_id, customer_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE contact_restriction`);
  }
}
