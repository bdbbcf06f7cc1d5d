import type { World, WorldOrganisation } from './world';
import { recordComplaint, step, type ComplaintRef } from './complaints';

/** Closes a stage 1 complaint as not upheld (at `at`, default the clock), through the API. */
export const closeStageOne = (world: World, org: WorldOrganisation, c: ComplaintRef, at?: string) =>
  step(
    world,
    org,
    'closeComplaint',
    '$id: ID!, $version: Int!, $input: CloseComplaintInput!',
    'id: $id, version: $version, input: $input',
    {
      ...c,
      input: {
        outcome: 'not_upheld',
        spsoSignposted: false,
        reasons: 'We checked the repair record.',
        communicatedBy: 'phone',
        ...(at ? { at } : {}),
      },
    },
  );

/** A manager signs off the stage 2 response. */
export const signOff = (world: World, org: WorldOrganisation, c: ComplaintRef) =>
  step(
    world,
    org,
    'signOffResponse',
    '$id: ID!, $version: Int!',
    'id: $id, version: $version',
    c,
    org.people.manager,
  );

/** A stage 2 complaint (straight to investigation) signed off by a manager, ready to close. */
export async function signedOffStageTwo(
  world: World,
  org: WorldOrganisation,
): Promise<ComplaintRef> {
  return signOff(world, org, await recordComplaint(world, org, { stage: 2 }));
}

/** A stage 2 complaint closed as upheld, the SPSO signposted. */
export async function closedStageTwo(world: World, org: WorldOrganisation): Promise<ComplaintRef> {
  const c = await signedOffStageTwo(world, org);
  return step(
    world,
    org,
    'closeComplaint',
    '$id: ID!, $version: Int!, $input: CloseComplaintInput!',
    'id: $id, version: $version, input: $input',
    { ...c, input: { outcome: 'upheld', spsoSignposted: true, communicatedBy: 'letter' } },
  );
}
