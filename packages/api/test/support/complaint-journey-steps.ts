import { expect } from 'vitest';
import { complaintInput, RECORD } from './complaints';
import { walkCalls, type WalkedComplaint } from './walked-complaint';
import type { World } from './world';

/**
 * The steps complaint-journey.stage-one and .stage-two take, replayed with the same dates, people
 * and inputs so that the next file starts where the previous one stopped. The checks are in
 * those files; here every step must only succeed.
 */

/** Received Monday 2 March 2026 10:00Z (the world's clock), closed not upheld Thursday 5 March. */
export async function walkStageOne(world: World, walked: WalkedComplaint): Promise<void> {
  const { run } = walkCalls(() => world, walked);
  const res = await world.gql<any>(
    RECORD,
    {
      input: complaintInput(world.org, {
        receivedAt: '2026-03-02T10:00:00Z',
        awareOn: '2026-02-27',
        namedStaffIds: [world.org.people.staff.id],
      }),
    },
    world.org.people.handler,
  );
  expect(res.body.errors).toBeUndefined();
  ({ id: walked.id, version: walked.version } = res.body.data.recordComplaint);
  world.setNow('2026-03-05T15:00:00Z');
  await run(
    'mutation($id: ID!, $version: Int!, $input: CloseComplaintInput!) { closeComplaint(id: $id, version: $version, input: $input) { version } }',
    {
      input: {
        outcome: 'not_upheld',
        spsoSignposted: false,
        reasons: 'We checked the repair record.',
        communicatedBy: 'phone',
      },
    },
  );
}

/**
 * Escalated 1 April, acknowledged 6 April, three points agreed 7 April, extended by a manager to
 * 26 May, a contact update on 20 May, signed off by a manager on Friday 22 May at 10:00Z.
 */
export async function walkStageTwoToSignOff(world: World, walked: WalkedComplaint): Promise<void> {
  const { run } = walkCalls(() => world, walked);
  world.setNow('2026-04-01T10:00:00Z');
  await run(
    'mutation($id: ID!, $version: Int!) { escalateComplaint(id: $id, version: $version) { version } }',
    {},
  );
  world.setNow('2026-04-06T09:00:00Z');
  await run(
    'mutation($id: ID!, $version: Int!) { acknowledgeComplaint(id: $id, version: $version) { version } }',
    {},
  );
  world.setNow('2026-04-07T11:00:00Z');
  await run(
    'mutation($id: ID!, $version: Int!, $points: [String!]!) { agreePointsOfComplaint(id: $id, version: $version, points: $points) { version } }',
    {
      points: ['The boiler repair was not done', 'Nobody returned calls', 'The surveyor was rude'],
    },
  );
  world.setNow('2026-04-27T10:00:00Z');
  await run(
    'mutation($id: ID!, $version: Int!) { extendComplaint(id: $id, version: $version, dueOn: "2026-05-26", reason: "Independent surveyor report") { version } }',
    {},
    world.org.people.manager,
  );
  world.setNow('2026-05-20T10:00:00Z');
  await run(
    'mutation($id: ID!, $version: Int!, $note: String!) { recordContactUpdate(id: $id, version: $version, note: $note) { version } }',
    { note: 'Wrote to Ms Tenant and to the surveyor: report received, response by 26 May' },
  );
  world.setNow('2026-05-22T10:00:00Z');
  await run(
    'mutation($id: ID!, $version: Int!) { signOffResponse(id: $id, version: $version) { version } }',
    {},
    world.org.people.manager,
  );
}
