import { randomBytes } from 'node:crypto';
import type { World, WorldOrganisation } from './world';
import { must } from './must';

// The improvement-action mutations, and actions brought to each status through the API.

const unique = () => randomBytes(4).toString('hex');

export const ACTION_FIELDS = 'id version status title targetDate deadlineStatus owner { id name }';
export const PROPOSE = `mutation($input: ProposeImprovementActionInput!) { proposeImprovementAction(input: $input) { ${ACTION_FIELDS} } }`;
export const AUTHORISE = `mutation($id: ID!, $version: Int!) { authoriseImprovementAction(id: $id, version: $version) { ${ACTION_FIELDS} } }`;
export const ASSIGN = `mutation($id: ID!, $version: Int!, $ownerId: ID!, $targetDate: LocalDate) { assignImprovementAction(id: $id, version: $version, ownerId: $ownerId, targetDate: $targetDate) { ${ACTION_FIELDS} } }`;
export const PROGRESS = `mutation($id: ID!, $version: Int!, $note: String!) { recordActionProgress(id: $id, version: $version, note: $note) { ${ACTION_FIELDS} progressUpdates { note author { id } } } }`;
export const COMPLETE = `mutation($id: ID!, $version: Int!, $evidence: String!, $completedOn: LocalDate, $monitoringUntil: LocalDate, $learningShared: String) {
  completeImprovementAction(id: $id, version: $version, evidence: $evidence, completedOn: $completedOn, monitoringUntil: $monitoringUntil, learningShared: $learningShared) { ${ACTION_FIELDS} completedOn monitoringUntil } }`;
export const VERIFY = `mutation($id: ID!, $version: Int!, $effectiveness: Effectiveness!, $note: String!) { verifyImprovementActionEffect(id: $id, version: $version, effectiveness: $effectiveness, note: $note) { ${ACTION_FIELDS} effectiveness verifiedOn } }`;
export const CANCEL = `mutation($id: ID!, $version: Int!, $reason: String!) { cancelImprovementAction(id: $id, version: $version, reason: $reason) { ${ACTION_FIELDS} cancelledReason } }`;
export const SUMMARY = `mutation($id: ID!, $version: Int!, $publicSummary: String, $learningShared: String, $description: String) {
  updateImprovementActionSummary(id: $id, version: $version, publicSummary: $publicSummary, learningShared: $learningShared, description: $description) { ${ACTION_FIELDS} publicSummary } }`;

export type Ref = { id: string; version: number };

/** A proposed action of `org` owned by `ownerId` (by the handler, linked to nothing unless given). */
export async function proposedAction(
  world: World,
  org: WorldOrganisation,
  ownerId: string,
  input: Record<string, unknown> = {},
): Promise<Ref> {
  const { proposeImprovementAction } = await must(
    world,
    {
      query: PROPOSE,
      variables: {
        input: {
          title: `Action ${unique()}`,
          description: 'Call tenants back within one working day',
          serviceAreaId: org.serviceAreaIds[0],
          ownerId,
          targetDate: '2026-06-30',
          complaintIds: [],
          rootCauseIds: [],
          ...input,
        },
      },
    },
    org.people.handler,
  );
  return proposeImprovementAction;
}

/** A proposed action a manager has authorised. */
export async function authorisedAction(
  world: World,
  org: WorldOrganisation,
  ownerId: string,
): Promise<Ref> {
  const a = await proposedAction(world, org, ownerId);
  return (await must(world, { query: AUTHORISE, variables: a }, org.people.manager))
    .authoriseImprovementAction;
}

/** An authorised action a manager has completed (monitoring until `monitoringUntil`, if given). */
export async function doneAction(
  world: World,
  org: WorldOrganisation,
  ownerId: string,
  monitoringUntil: string | null = null,
): Promise<Ref> {
  const a = await authorisedAction(world, org, ownerId);
  return (
    await must(
      world,
      {
        query: COMPLETE,
        variables: { ...a, evidence: 'New call-back rota in place', monitoringUntil },
      },
      org.people.manager,
    )
  ).completeImprovementAction;
}

/** A proposed action a manager has cancelled. */
export async function cancelledAction(
  world: World,
  org: WorldOrganisation,
  ownerId: string,
): Promise<Ref> {
  const a = await proposedAction(world, org, ownerId);
  return (
    await must(
      world,
      { query: CANCEL, variables: { ...a, reason: 'Superseded' } },
      org.people.manager,
    )
  ).cancelImprovementAction;
}
