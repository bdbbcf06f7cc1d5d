import { Role } from '../../src/core/role';
import type { World, WorldOrganisation } from '../support/world';
import { doneAction, proposedAction } from './learning.operations';
import { must, type Call, type OperationCase } from './operation-case';

/** Communications staff and managers edit publications; managers and senior managers approve. */
const EDITORS = [Role.admin, Role.senior_manager, Role.manager, Role.communications];
const APPROVERS = [Role.senior_manager, Role.manager];

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

/** A signed-out call to the public surface (/public/graphql). */
export async function publicGql(world: World, query: string, variables: object = {}): Promise<any> {
  const res = await fetch(`${world.url}/public/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

type Pub = { id: string; version: number; items: { id: string }[] };

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

export const publicationOperations: OperationCase[] = [
  {
    name: 'publications',
    kind: 'query',
    allowed: EDITORS,
    valid: async () => ({
      query:
        '{ publications(filter: { status: [draft, published] }, limit: 10) { totalCount items { id title status author { name } items { youSaid } } } }',
    }),
  },
  {
    name: 'publication',
    kind: 'query',
    allowed: EDITORS,
    valid: async (world, org) =>
      call(
        `query($id: ID!) { publication(id: $id) { ${PUBLICATION_FIELDS} allowedSteps personalDataFindings { field kind } frozenFigures { current { label } } } }`,
        { id: (await draftPublication(world, org)).id },
      ),
    invalid: [
      {
        description: 'an id that is not a publication',
        build: async () => call('query($id: ID!) { publication(id: $id) { id } }', { id: 'nope' }),
        code: 'NOT_FOUND',
      },
    ],
  },
  {
    name: 'publicationCandidates',
    kind: 'query',
    allowed: EDITORS,
    valid: async (world, org) => {
      await doneAction(world, org, org.people.staff.id);
      return {
        query:
          '{ publicationCandidates(quarter: "2026-Q1") { totalCount items { id publicSummary completedOn serviceArea { name } rootCauses { name } } } }',
      };
    },
    invalid: [
      {
        description: 'a malformed quarter',
        build: async () => ({
          query: '{ publicationCandidates(quarter: "2026-Q5") { totalCount } }',
        }),
        code: 'BAD_USER_INPUT',
        field: 'quarter.quarter',
        rule: 'matches',
      },
    ],
  },
  {
    name: 'createPublication',
    kind: 'mutation',
    allowed: EDITORS,
    valid: async () =>
      call(CREATE, {
        kind: 'annual',
        period: freshFinancialYear(),
        title: 'Complaints performance report',
      }),
    invalid: [
      {
        description: 'a quarter that does not exist',
        build: async () => call(CREATE, { kind: 'quarterly', period: '2026-Q7', title: 'x' }),
        code: 'BAD_USER_INPUT',
        rule: 'matches',
      },
      {
        description: 'an annual period that is not a financial year',
        build: async () => call(CREATE, { kind: 'annual', period: '2026/29', title: 'x' }),
        code: 'BAD_USER_INPUT',
        field: 'period',
        rule: 'matches',
      },
      {
        description: 'a blank title',
        build: async () => call(CREATE, { kind: 'quarterly', period: freshQuarter(), title: '  ' }),
        code: 'BAD_USER_INPUT',
        field: 'title',
        rule: 'matches',
      },
      {
        description: 'a second publication for a quarter that already has one',
        build: async (world, org) => {
          const period = freshQuarter();
          await must(
            world,
            call(CREATE, { kind: 'quarterly', period, title: 'First' }),
            org.people.communications,
          );
          return call(CREATE, { kind: 'quarterly', period, title: 'Second' });
        },
        code: 'CONFLICT',
        rule: 'PUBLICATION_EXISTS',
      },
    ],
  },
  {
    name: 'updatePublication',
    kind: 'mutation',
    allowed: EDITORS,
    valid: async (world, org) =>
      call(UPDATE, { ...(await draftPublication(world, org, false)), title: 'A new title' }),
    invalid: [
      {
        description: 'a stale version',
        build: async (world, org) =>
          call(UPDATE, {
            id: (await draftPublication(world, org, false)).id,
            version: 99,
            title: 'x',
          }),
        code: 'CONFLICT',
        rule: 'STALE_VERSION',
      },
      {
        description: 'annual narrative on a quarterly publication',
        build: async (world, org) =>
          call(UPDATE, { ...(await draftPublication(world, org, false)), learning: 'x' }),
        code: 'BAD_USER_INPUT',
        field: 'learning',
        rule: 'annualOnly',
      },
      {
        description: 'editing an approved publication',
        build: async (world, org) => call(UPDATE, { ...(await approved(world, org)), title: 'x' }),
        code: 'CONFLICT',
        rule: 'PUBLICATION_STATUS',
      },
    ],
  },
  {
    name: 'addPublicationItem',
    kind: 'mutation',
    allowed: EDITORS,
    valid: async (world, org) => {
      const action = await doneAction(world, org, org.people.staff.id);
      return call(ADD_ITEM, {
        ...(await draftPublication(world, org, false)),
        youSaid: 'Nobody called back',
        weDid: 'We now call back within a day',
        actionIds: [action.id],
      });
    },
    invalid: [
      {
        description: 'an action that is not done',
        build: async (world, org) =>
          call(ADD_ITEM, {
            ...(await draftPublication(world, org, false)),
            youSaid: 'a',
            weDid: 'b',
            actionIds: [(await proposedAction(world, org, org.people.staff.id)).id],
          }),
        code: 'BAD_USER_INPUT',
        field: 'actionIds',
        rule: 'completed',
      },
      {
        description: "another organisation's action",
        build: async (world, org) =>
          call(ADD_ITEM, {
            ...(await draftPublication(world, org, false)),
            youSaid: 'a',
            weDid: 'b',
            actionIds: [(await doneAction(world, world.other, world.other.people.staff.id)).id],
          }),
        code: 'BAD_USER_INPUT',
        field: 'actionIds',
        rule: 'exists',
      },
      {
        description: 'a blank you said',
        build: async (world, org) =>
          call(ADD_ITEM, {
            ...(await draftPublication(world, org, false)),
            youSaid: ' ',
            weDid: 'b',
          }),
        code: 'BAD_USER_INPUT',
        field: 'youSaid',
        rule: 'matches',
      },
    ],
  },
  {
    name: 'updatePublicationItem',
    kind: 'mutation',
    allowed: EDITORS,
    valid: async (world, org) => {
      const p = await draftPublication(world, org);
      return call(UPDATE_ITEM, {
        id: p.id,
        version: p.version,
        itemId: p.items[0]!.id,
        weDid: 'We opened online booking, open all day',
      });
    },
    invalid: [
      {
        description: 'an item of another publication',
        build: async (world, org) => {
          const p = await draftPublication(world, org);
          const q = await draftPublication(world, org);
          return call(UPDATE_ITEM, {
            id: p.id,
            version: p.version,
            itemId: q.items[0]!.id,
            weDid: 'x',
          });
        },
        code: 'NOT_FOUND',
      },
    ],
  },
  {
    name: 'removePublicationItem',
    kind: 'mutation',
    allowed: EDITORS,
    valid: async (world, org) => {
      const p = await draftPublication(world, org);
      return call(REMOVE_ITEM, { id: p.id, version: p.version, itemId: p.items[0]!.id });
    },
  },
  {
    name: 'submitPublicationForReview',
    kind: 'mutation',
    allowed: EDITORS,
    valid: async (world, org) => call(SUBMIT, await draftPublication(world, org)),
    invalid: [
      {
        description: 'a text with an e-mail address',
        build: async (world, org) => {
          const p = await draftPublication(world, org);
          const q = (
            await must(
              world,
              call(UPDATE, { ...p, introduction: 'Write to jane.smith@example.com' }),
              org.people.communications,
            )
          ).updatePublication;
          return call(SUBMIT, q);
        },
        code: 'BAD_USER_INPUT',
        rule: 'PERSONAL_DATA',
      },
      {
        description: 'submitting twice',
        build: async (world, org) => call(SUBMIT, await inReview(world, org)),
        code: 'CONFLICT',
        rule: 'PUBLICATION_STATUS',
      },
    ],
  },
  {
    name: 'approvePublication',
    kind: 'mutation',
    allowed: APPROVERS,
    valid: async (world, org) => call(APPROVE, await inReview(world, org)),
    invalid: [
      {
        description: 'a draft',
        build: async (world, org) => call(APPROVE, await draftPublication(world, org)),
        code: 'CONFLICT',
        rule: 'PUBLICATION_STATUS',
      },
      {
        description: 'by its author',
        build: async (world, org) => {
          let p: Pub = (
            await must(
              world,
              call(CREATE, { kind: 'quarterly', period: freshQuarter(), title: 'Mine' }),
              org.people.senior_manager,
            )
          ).createPublication;
          p = (
            await must(
              world,
              call(UPDATE, { ...p, introduction: 'Intro' }),
              org.people.senior_manager,
            )
          ).updatePublication;
          p = (await must(world, call(SUBMIT, p), org.people.senior_manager))
            .submitPublicationForReview;
          return call(APPROVE, p);
        },
        code: 'FORBIDDEN',
      },
    ],
  },
  {
    name: 'publishPublication',
    kind: 'mutation',
    allowed: EDITORS,
    valid: async (world, org) => call(PUBLISH, await approved(world, org)),
    invalid: [
      {
        description: 'a publication in review',
        build: async (world, org) => call(PUBLISH, await inReview(world, org)),
        code: 'CONFLICT',
        rule: 'PUBLICATION_STATUS',
      },
    ],
  },
  {
    name: 'withdrawPublication',
    kind: 'mutation',
    allowed: EDITORS,
    valid: async (world, org) =>
      call(WITHDRAW, { ...(await published(world, org)), reason: 'A figure was wrong' }),
    invalid: [
      {
        description: 'one already withdrawn',
        build: async (world, org) => {
          const p = await draftPublication(world, org);
          const gone = (
            await must(
              world,
              call(WITHDRAW, { ...p, reason: 'Wrong quarter' }),
              org.people.communications,
            )
          ).withdrawPublication;
          return call(WITHDRAW, { ...gone, reason: 'x' });
        },
        code: 'CONFLICT',
        rule: 'PUBLICATION_STATUS',
      },
      {
        description: 'a blank reason',
        build: async (world, org) =>
          call(WITHDRAW, { ...(await published(world, org)), reason: ' ' }),
        code: 'BAD_USER_INPUT',
        field: 'reason',
        rule: 'matches',
      },
    ],
  },
];
