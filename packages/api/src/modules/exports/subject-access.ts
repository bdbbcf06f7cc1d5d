import type { QueryRunner } from 'typeorm';
import { tableFile } from './organisation-export';
import type { TableFile } from './table-file';

/**
 * Everything held about one person, for a subject access request (UK GDPR Article 15;
 * docs/procedure.md, Exports): the files of the zip, each restricted to that person's rows of
 * organisation `$1`.
 */

/**
 * A customer: the record chosen and any other record of the organisation with the same e-mail
 * (the same person recorded twice), their complaints with journeys and points, contact
 * restrictions, and the audit entries about those records.
 */
export async function customerFiles(
  runner: QueryRunner,
  organisationId: string,
  customerId: string,
): Promise<TableFile[] | null> {
  const ids = (await runner.query(
    `SELECT c.id FROM customer c
      WHERE c.organisation_id = $1
        AND (c.id = $2 OR (c.email IS NOT NULL AND lower(c.email) = (
          SELECT lower(email) FROM customer WHERE organisation_id = $1 AND id = $2)))
      ORDER BY c.created_at, c.id`,
    [organisationId, customerId],
  )) as { id: string }[];
  if (ids.length === 0) return null;
  const p = [organisationId, ids.map((r) => r.id)];
  const theirs = 'organisation_id = $1 AND customer_id = ANY($2::uuid[])';
  const ofComplaints = `organisation_id = $1 AND complaint_id IN (SELECT id FROM complaint WHERE ${theirs})`;
  return [
    await tableFile(
      runner,
      { table: 'customer', where: 'organisation_id = $1 AND id = ANY($2::uuid[])', orderBy: 'id' },
      p,
    ),
    await tableFile(runner, { table: 'complaint', where: theirs, orderBy: 'received_at, id' }, p),
    await tableFile(
      runner,
      { table: 'complaint_event', where: ofComplaints, orderBy: 'complaint_id, sequence' },
      p,
    ),
    await tableFile(
      runner,
      { table: 'complaint_point', where: ofComplaints, orderBy: 'complaint_id, position' },
      p,
    ),
    await tableFile(
      runner,
      { table: 'contact_restriction', where: theirs, orderBy: 'created_at, id' },
      p,
    ),
    await tableFile(
      runner,
      {
        table: 'audit_log',
        where: `organisation_id = $1 AND (entity_id = ANY($2::text[])
          OR entity_id IN (SELECT id::text FROM complaint WHERE ${theirs}))`,
        orderBy: 'at, id',
      },
      p,
    ),
  ];
}

/** The complaint columns a member of staff receives: what the complaint is, not the customer's details or words. */
const COMPLAINT_OUTLINE = [
  'id',
  'reference',
  'received_at',
  'service_area_id',
  'category',
  'current_stage',
  'status',
  'handler_id',
  'stage1_closed_on',
  'stage2_closed_on',
] as const;

/**
 * A member of staff: their person record (no password hash), mail preferences, the complaints they
 * handle and those they are named in (outline only: the customer's details are another person's
 * data, Article 15(4)), the journey steps they recorded (without details), their improvement
 * actions and progress notes, calendar feeds (no token), and the audit entries by or about them.
 */
export async function staffFiles(
  runner: QueryRunner,
  organisationId: string,
  personId: string,
): Promise<TableFile[] | null> {
  const found = (await runner.query(`SELECT 1 FROM person WHERE organisation_id = $1 AND id = $2`, [
    organisationId,
    personId,
  ])) as unknown[];
  if (found.length === 0) return null;
  const p = [organisationId, personId];
  return [
    await tableFile(
      runner,
      {
        table: 'person',
        where: 'organisation_id = $1 AND id = $2',
        orderBy: 'id',
        secret: ['password_hash'],
      },
      p,
    ),
    await tableFile(
      runner,
      {
        table: 'mail_preference',
        where: 'organisation_id = $1 AND person_id = $2',
        orderBy: 'person_id',
      },
      p,
    ),
    await tableFile(
      runner,
      {
        table: 'complaint',
        where: 'organisation_id = $1 AND handler_id = $2',
        orderBy: 'received_at, id',
      },
      p,
      'complaints_handled',
      COMPLAINT_OUTLINE,
    ),
    await tableFile(
      runner,
      {
        table: 'complaint',
        where: `organisation_id = $1 AND id IN (SELECT complaint_id FROM complaint_staff_member
          WHERE organisation_id = $1 AND person_id = $2)`,
        orderBy: 'received_at, id',
      },
      p,
      'complaints_named_in',
      COMPLAINT_OUTLINE,
    ),
    await tableFile(
      runner,
      {
        table: 'complaint_event',
        where: 'organisation_id = $1 AND recorded_by_id = $2',
        orderBy: 'recorded_at, id',
      },
      p,
      'journey_steps_recorded',
      ['complaint_id', 'sequence', 'type', 'at', 'stage', 'recorded_at'],
    ),
    await tableFile(
      runner,
      {
        table: 'improvement_action',
        where:
          'organisation_id = $1 AND (owner_id = $2 OR proposed_by_id = $2 OR authorised_by_id = $2)',
        orderBy: 'created_at, id',
      },
      p,
    ),
    await tableFile(
      runner,
      {
        table: 'improvement_action_progress',
        where: 'organisation_id = $1 AND author_id = $2',
        orderBy: 'recorded_at, id',
      },
      p,
    ),
    await tableFile(
      runner,
      {
        table: 'calendar_feed',
        where: 'organisation_id = $1 AND person_id = $2',
        orderBy: 'issued_at, id',
        secret: ['token_hash'],
      },
      p,
    ),
    await tableFile(
      runner,
      {
        table: 'audit_log',
        where:
          'organisation_id = $1 AND (entity_id = $2::text OR actor_id = CAST($2::text AS uuid))',
        orderBy: 'at, id',
      },
      p,
    ),
  ];
}
