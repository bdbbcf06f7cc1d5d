import { must } from './must';
import type { World, WorldOrganisation } from './world';

/** The work queue as the dashboard asks for it. */
export const MY_WORK = `{ myWork { today total counts { kind count } items { kind dueOn urgency workingDaysLeft link complaintId reference complaintVersion supportNeeds actionId publicationId title requestId requestedDueOn requestReason } } }`;

export const REQUEST_EXTENSION = `mutation($complaintId: ID!, $dueOn: LocalDate!, $reason: String!) { requestExtension(complaintId: $complaintId, dueOn: $dueOn, reason: $reason) { id kind stage dueOn reason complaintId } }`;

export const REQUEST_SIGN_OFF = `mutation($complaintId: ID!) { requestSignOff(complaintId: $complaintId) { id kind stage complaintId } }`;

/** The handler of `org` asks for a stage 1 extension of a complaint received 2 March (day 10 is 13 March). */
export async function requestedExtension(
  world: World,
  org: WorldOrganisation,
  complaintId: string,
  dueOn = '2026-03-10',
): Promise<string> {
  const data = await must(
    world,
    {
      query: REQUEST_EXTENSION,
      variables: { complaintId, dueOn, reason: 'The contractor’s report is not in yet' },
    },
    org.people.handler,
  );
  return data.requestExtension.id;
}

export const MY_CALENDAR_FEED = '{ myCalendarFeed { active issuedAt } }';
export const ISSUE_CALENDAR_FEED = 'mutation { issueCalendarFeed { path } }';
export const REVOKE_CALENDAR_FEED = 'mutation { revokeCalendarFeed }';
