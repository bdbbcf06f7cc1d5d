import { Role } from '../../src/core/role';
import { doneAction, proposedAction } from '../support/improvement-actions';
import {
  PUBLICATION_FIELDS,
  CREATE,
  UPDATE,
  ADD_ITEM,
  UPDATE_ITEM,
  REMOVE_ITEM,
  freshQuarter,
  freshFinancialYear,
  draftPublication,
  approved,
} from '../support/publications';
import { call, must, type OperationCase } from './operation-case';

/** Publications read and drafted: the lists, a new publication, its text and its items. Communications staff and managers edit. */
const EDITORS = [Role.admin, Role.senior_manager, Role.manager, Role.communications];

export const publicationDraftingOperations: OperationCase[] = [
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
      ...(
        [
          ['the current, unfinished quarter', 'quarterly', '2026-Q1'],
          ['a future quarter', 'quarterly', '2030-Q1'],
          ['the current, unfinished financial year', 'annual', '2025/26'],
        ] as const
      ).map(([description, kind, period]) => ({
        description,
        build: async () => call(CREATE, { kind, period, title: 'Too early' }),
        code: 'BAD_USER_INPUT' as const,
        field: 'period',
        rule: 'completedPeriod',
      })),
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
        rule: 'notBlank',
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
        rule: 'notBlank',
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
];
