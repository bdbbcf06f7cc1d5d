import type { World, WorldOrganisation } from './world';
import { must, type Call } from './must';

// The publication mutations, fresh periods, and publications brought to each status through the API.

export const PUBLICATION_FIELDS =
  'id version status kind period title introduction items { id position youSaid weDid actions { id } serviceAreas { name } }';
export const CREATE = `mutation($kind: PublicationKind!, $period: String!, $title: String!) { createPublication(kind: $kind, period: $period, title: $title) { ${PUBLICATION_FIELDS} } }`;
export const UPDATE = `mutation($id: ID!, $version: Int!, $title: String, $introduction: String, $learning: String, $customerExperience: String, $staffTraining: String) {
  updatePublication(id: $id, version: $version, title: $title, introduction: $introduction, learning: $learning, customerExperience: $customerExperience, staffTraining: $staffTraining) { ${PUBLICATION_FIELDS} } }`;
export const ADD_ITEM = `mutation($id: ID!, $version: Int!, $youSaid: String!, $weDid: String!, $actionIds: [ID!]) { addPublicationItem(id: $id, version: $version, youSaid: $youSaid, weDid: $weDid, actionIds: $actionIds) { ${PUBLICATION_FIELDS} } }`;
export const UPDATE_ITEM = `mutation($id: ID!, $version: Int!, $itemId: ID!, $youSaid: String, $weDid: String, $actionIds: [ID!]) { updatePublicationItem(id: $id, version: $version, itemId: $itemId, youSaid: $youSaid, weDid: $weDid, actionIds: $actionIds) { ${PUBLICATION_FIELDS} } }`;
export const REMOVE_ITEM = `mutation($id: ID!, $version: Int!, $itemId: ID!) { removePublicationItem(id: $id, version: $version, itemId: $itemId) { ${PUBLICATION_FIELDS} } }`;
export const SUBMIT = `mutation($id: ID!, $version: Int!) { submitPublicationForReview(id: $id, version: $version) { ${PUBLICATION_FIELDS} } }`;
export const APPROVE = `mutation($id: ID!, $version: Int!) { approvePublication(id: $id, version: $version) { ${PUBLICATION_FIELDS} approvedBy { id } frozenFigures { smallNumberThreshold current { label received { value display } closed { value display } } } } }`;
export const PUBLISH = `mutation($id: ID!, $version: Int!) { publishPublication(id: $id, version: $version) { ${PUBLICATION_FIELDS} publishedAt } }`;
export const WITHDRAW = `mutation($id: ID!, $version: Int!, $reason: String!) { withdrawPublication(id: $id, version: $version, reason: $reason) { ${PUBLICATION_FIELDS} withdrawnAt withdrawnReason } }`;

export type Pub = { id: string; version: number; items: { id: string }[] };

/**
 * A quarter (or financial year) no other publication of this test process uses: one live
 * publication per kind and period (PUBLICATION_EXISTS), and the suites create many.
 */
let periods = 0;
export const freshQuarter = (): string => {
  const n = periods++;
  return `${2000 + Math.floor(n / 4)}-Q${(n % 4) + 1}`;
};
let years = 0;
export const freshFinancialYear = (): string => {
  const y = 1990 + years++;
  return `${y}/${String((y + 1) % 100).padStart(2, '0')}`;
};
const call = (query: string, variables: Record<string, unknown>): Call => ({ query, variables });

/** A draft of `org` by its communications officer, with an introduction and one item (no action linked). */
export async function draftPublication(
  world: World,
  org: WorldOrganisation,
  withItem = true,
): Promise<Pub> {
  const as = org.people.communications;
  let p: Pub = (
    await must(
      world,
      call(CREATE, {
        kind: 'quarterly',
        period: freshQuarter(),
        title: 'You said, we did: January to March 2026',
      }),
      as,
    )
  ).createPublication;
  p = (
    await must(
      world,
      call(UPDATE, { ...p, introduction: 'What your complaints changed this quarter.' }),
      as,
    )
  ).updatePublication;
  if (withItem)
    p = (
      await must(
        world,
        call(ADD_ITEM, {
          ...p,
          youSaid: 'Repairs took too long to book',
          weDid: 'We opened online booking',
        }),
        as,
      )
    ).addPublicationItem;
  return p;
}

export async function inReview(world: World, org: WorldOrganisation): Promise<Pub> {
  const p = await draftPublication(world, org);
  return (await must(world, call(SUBMIT, p), org.people.communications)).submitPublicationForReview;
}

export async function approved(world: World, org: WorldOrganisation): Promise<Pub> {
  const p = await inReview(world, org);
  return (await must(world, call(APPROVE, p), org.people.manager)).approvePublication;
}

export async function published(world: World, org: WorldOrganisation): Promise<Pub> {
  const p = await approved(world, org);
  return (await must(world, call(PUBLISH, p), org.people.communications)).publishPublication;
}

/**
 * Moves the clock to `instant`, after the period a test publishes has ended (publications cover
 * complete periods only), keeping everyone signed in: the sessions (12 hours) would not outlive
 * the jump.
 */
export async function afterThePeriod(
  world: World,
  instant = '2026-04-01T10:00:00Z',
): Promise<void> {
  await world.db.dataSource.query(
    `UPDATE person_session SET expires_at = $1::timestamptz + interval '1 day'`,
    [instant],
  );
  world.setNow(instant);
}

export const SEND_BACK = `mutation($id: ID!, $version: Int!, $comment: String!) { sendBackPublication(id: $id, version: $version, comment: $comment) { ${PUBLICATION_FIELDS} lastEditedBy { id } reviewComments { id comment sentBackAt sentBackBy { id } } } }`;
