import { randomBytes, randomUUID } from 'node:crypto';
import type { World, WorldOrganisation } from './world';

const unique = () => randomBytes(4).toString('hex');

/** A received stage 1 complaint of `org`, written straight to the tables (the learning module only links to it). */
export async function insertComplaint(
  world: World,
  org: WorldOrganisation,
  receivedAt = '2026-02-23T10:00:00Z',
): Promise<string> {
  const id = randomUUID();
  await world.db.dataSource.query(
    `INSERT INTO complaint (organisation_id, id, reference, received_at, channel, service_area_id, category, summary, route, current_stage, status, stage1_day_one, stage1_due_on)
     VALUES ($1, $2, $3, $4, 'phone', $5, 'Repairs', 'Repair to a leaking roof not done', 'stage1', 1, 'open', $4::timestamptz::date, ($4::timestamptz::date + 7))`,
    [org.id, id, `LRN-${unique()}`, receivedAt, org.serviceAreaIds[0]],
  );
  await world.db.dataSource.query(
    `INSERT INTO complaint_event (organisation_id, complaint_id, sequence, type, at, stage) VALUES ($1, $2, 1, 'received', $3, 1)`,
    [org.id, id, receivedAt],
  );
  return id;
}
