import { recordComplaint, step, type ComplaintRef } from './complaints';
import { closeStageOne } from './complaint-stages';
import type { World, WorldOrganisation } from './world';

/**
 * First contacts and the outcomes beyond the four (docs/procedure.md, Before stage 1), recorded
 * through the API: what the indicator and per-contractor tests need present beside ordinary
 * complaints.
 */

/** Ends a record with an outcome beyond the four (`at` defaults to the clock). */
export const recordOtherOutcome = (
  world: World,
  org: WorldOrganisation,
  c: ComplaintRef,
  variables: { outcome: string; reason: string; duplicateOfId?: string; at?: string },
) =>
  step(
    world,
    org,
    'recordOtherOutcome',
    '$id: ID!, $version: Int!, $outcome: OtherOutcome!, $reason: String!, $duplicateOfId: ID, $at: DateTime',
    'id: $id, version: $version, outcome: $outcome, reason: $reason, duplicateOfId: $duplicateOfId, at: $at',
    { ...c, ...variables },
  );

export const escalate = (world: World, org: WorldOrganisation, c: ComplaintRef, at: string) =>
  step(
    world,
    org,
    'escalateComplaint',
    '$id: ID!, $version: Int!, $at: DateTime',
    'id: $id, version: $version, at: $at',
    { ...c, at },
  );

/**
 * One of each outcome beyond the four in 2025 (one on the festive days, one after a stage 1
 * response), a late complaint taken on, and a withdrawal in the quarter still in progress.
 * Clock: 20 November 2026. Returns how many records it made.
 */
export async function recordFirstContacts(world: World, org: WorldOrganisation): Promise<number> {
  const rec = (overrides: Record<string, unknown>) => recordComplaint(world, org, overrides);
  // an enquiry on Wednesday 14 May 2025: not a complaint, signposted (§12)
  await rec({
    receivedAt: '2025-05-14T10:00:00Z',
    contactType: 'enquiry',
    signposting: 'Gave the rent account line',
  });
  // a request for service on Christmas Eve 2025 at 17:30
  await rec({
    receivedAt: '2025-12-24T17:30:00Z',
    contactType: 'service_request',
    signposting: 'Passed to the repairs desk',
    contractor: 'Acme Roofing',
  });
  // withdrawn two days after it was made (Q2 2025), about a contractor
  const withdrawn = await rec({ receivedAt: '2025-06-02T08:00:00Z', contractor: 'ACME roofing' });
  await recordOtherOutcome(world, org, withdrawn, {
    outcome: 'withdrawn',
    reason: 'Repair done',
    at: '2025-06-04T10:00:00Z',
  });
  // made on 1 July 2025 about something known since 1 October 2024: out of time (§11)
  await rec({
    receivedAt: '2025-07-01T09:00:00Z',
    awareOn: '2024-10-01',
    outOfTimeReason: 'Told the limit is six months',
    contractor: 'Clyde  Gas ',
  });
  // late too, taken on with its special circumstances; a later record duplicates it
  const original = await rec({
    receivedAt: '2025-07-02T09:00:00Z',
    awareOn: '2024-10-01',
    specialCircumstances: 'In hospital until June',
    contractor: 'Acme Roofing',
  });
  const repeat = await rec({ receivedAt: '2025-12-22T10:00:00Z', contractor: 'Acme Roofing' });
  await recordOtherOutcome(world, org, repeat, {
    outcome: 'duplicate',
    reason: 'Same boiler, same visit',
    duplicateOfId: original.id,
    at: '2025-12-23T10:00:00Z',
  });
  // answered at stage 1, escalated, then withdrawn during the investigation (Q4 2025)
  let answered = await rec({ receivedAt: '2025-09-01T09:00:00Z' });
  answered = await closeStageOne(world, org, answered, '2025-09-03T10:00:00Z');
  answered = await escalate(world, org, answered, '2025-09-10T10:00:00Z');
  await recordOtherOutcome(world, org, answered, {
    outcome: 'withdrawn',
    reason: 'Moved away',
    at: '2025-10-02T10:00:00Z',
  });
  // withdrawn in the quarter still in progress
  const recent = await rec({ receivedAt: '2026-11-02T09:00:00Z' });
  await recordOtherOutcome(world, org, recent, { outcome: 'withdrawn', reason: 'Sorted' });
  return 8;
}
