import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff complained about (docs/procedure.md, Staff complained about; §25, §33, §48, §62, §68):
 * - for each named member of staff, when they were named, when and how they were told, what of
 *   the complaint was shared (in full, a summary, or nothing with the compelling reason), their
 *   support contact, and the day the part of the response about them was shared;
 * - the updates sent to them (§62), counted apart from the customer's; removed with the naming.
 */
export class StaffComplainedAbout1795493400000 implements MigrationInterface {
  name = 'StaffComplainedAbout1795493400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE complaint_staff_member
        ADD COLUMN named_at timestamptz,
        ADD COLUMN told_at timestamptz,
        ADD COLUMN told_how varchar(20)
          CHECK (told_how IN ('in_person','phone','video_call','email','letter')),
        ADD COLUMN shared varchar(10) CHECK (shared IN ('in_full','summary','nothing')),
        ADD COLUMN not_shared_reason text,
        ADD COLUMN support_contact_id uuid,
        ADD COLUMN response_shared_on date,
        ADD CONSTRAINT complaint_staff_member_support_contact FOREIGN KEY (organisation_id, support_contact_id)
          REFERENCES person(organisation_id, id),
        ADD CONSTRAINT complaint_staff_member_told_whole
          CHECK ((told_at IS NULL) = (told_how IS NULL) AND (told_at IS NULL) = (shared IS NULL)),
        ADD CONSTRAINT complaint_staff_member_not_shared_reason
          CHECK ((shared = 'nothing') = (not_shared_reason IS NOT NULL))`);
    await q.query(`
      CREATE TABLE complaint_staff_update (
        organisation_id uuid NOT NULL,
        complaint_id uuid NOT NULL,
        person_id uuid NOT NULL,
        at timestamptz NOT NULL,
        how varchar(20) NOT NULL CHECK (how IN ('in_person','phone','video_call','email','letter')),
        recorded_by_id uuid NOT NULL,
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (organisation_id, complaint_id, person_id, at),
        FOREIGN KEY (organisation_id, complaint_id, person_id)
          REFERENCES complaint_staff_member(organisation_id, complaint_id, person_id) ON DELETE CASCADE,
        FOREIGN KEY (organisation_id, recorded_by_id) REFERENCES person(organisation_id, id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE complaint_staff_update`);
    await q.query(`
      ALTER TABLE complaint_staff_member
        DROP CONSTRAINT complaint_staff_member_not_shared_reason,
        DROP CONSTRAINT complaint_staff_member_told_whole,
        DROP CONSTRAINT complaint_staff_member_support_contact,
        DROP COLUMN response_shared_on, DROP COLUMN support_contact_id, DROP COLUMN not_shared_reason,
        DROP COLUMN shared, DROP COLUMN told_how, DROP COLUMN told_at, DROP COLUMN named_at`);
  }
}
