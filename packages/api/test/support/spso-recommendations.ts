import { randomUUID } from 'node:crypto';
import { insertComplaint } from './inserted-complaint';
import type { World, WorldOrganisation } from './world';

/** A complaint of `org` the SPSO decided on (upheld, 10 February 2026). */
export async function spsoDecidedComplaint(world: World, org: WorldOrganisation): Promise<string> {
  const id = await insertComplaint(world, org, '2025-06-02T10:00:00Z');
  await world.db.dataSource.query(
    `UPDATE complaint SET stage1_outcome = 'not_upheld', spso_decision = 'upheld', spso_decided_on = '2026-02-10'
      WHERE organisation_id = $1 AND id = $2`,
    [org.id, id],
  );
  return id;
}

/** An open recommendation on such a complaint, owned by `ownerId`, written straight to the table. */
export async function openRecommendation(
  world: World,
  org: WorldOrganisation,
  ownerId: string,
  dueOn = '2026-04-30',
): Promise<{ id: string; version: number }> {
  const complaintId = await spsoDecidedComplaint(world, org);
  const id = randomUUID();
  await world.db.dataSource.query(
    `INSERT INTO spso_recommendation (organisation_id, id, complaint_id, recommendation, due_on, owner_id, recorded_by_id, version, created_at, updated_at)
     VALUES ($1, $2, $3, 'Apologise and review the repairs call-back process', $4, $5, $5, 1, now(), now())`,
    [org.id, id, complaintId, dueOn, ownerId],
  );
  return { id, version: 1 };
}
