import type { World, WorldOrganisation } from './world';
import { must } from './must';

/**
 * Recording a complaint and taking a step on it, through the API. The suites' clock stands at
 * Monday 2 March 2026 10:00Z, so complaints are received at 09:00Z that morning: stage 1 day 5 is
 * Friday 6 March, day 10 is Friday 13 March.
 */
export const RECEIVED_AT = '2026-03-02T09:00:00Z';

export interface ComplaintRef {
  id: string;
  version: number;
}

export const RECORD =
  'mutation($input: RecordComplaintInput!) { recordComplaint(input: $input) { id version reference } }';

export function complaintInput(org: WorldOrganisation, overrides: Record<string, unknown> = {}) {
  return {
    receivedAt: RECEIVED_AT,
    channel: 'email',
    serviceAreaId: org.serviceAreaIds[0],
    category: 'Repairs',
    summary: 'The boiler repair was promised twice and nobody came',
    outcomeSought: 'A working boiler',
    stage: 1,
    customer: {
      name: 'Morag Tenant',
      email: 'morag@example.org',
      postcode: 'G2 4AB',
      preferredContact: 'email',
    },
    ...overrides,
  };
}

/** Records a complaint in `org` as its handler and returns its id and version. */
export async function recordComplaint(
  world: World,
  org: WorldOrganisation,
  overrides: Record<string, unknown> = {},
): Promise<ComplaintRef> {
  const { recordComplaint } = await must(
    world,
    { query: RECORD, variables: { input: complaintInput(org, overrides) } },
    org.people.handler,
  );
  return { id: recordComplaint.id, version: recordComplaint.version };
}

/** Runs one lifecycle mutation (as `as`, default the handler) and returns the new ref. */
export async function step(
  world: World,
  org: WorldOrganisation,
  mutation: string,
  signature: string,
  args: string,
  variables: object,
  as = org.people.handler,
): Promise<ComplaintRef> {
  const data = await must(
    world,
    {
      query: `mutation(${signature}) { ${mutation}(${args}) { id version } }`,
      variables: { ...variables },
    },
    as,
  );
  return data[mutation];
}
