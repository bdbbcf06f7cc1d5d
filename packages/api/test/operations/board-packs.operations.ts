import { Role } from '../../src/core/role';
import {
  APPROVE_BOARD_PACK,
  BOARD_PACKS,
  DRAFT_BOARD_PACK,
  REFRESH_BOARD_PACK,
  SEND_BACK_BOARD_PACK,
  SUBMIT_BOARD_PACK,
  UPDATE_BOARD_PACK,
  WITHDRAW_BOARD_PACK,
} from '../support/board-packs';
import type { World, WorldOrganisation } from '../support/world';
import { call, must, type OperationCase } from './operation-case';

/**
 * The quarterly board pack (docs/procedure.md, The quarterly board pack): managers draft, edit,
 * submit and withdraw; senior managers and managers approve (not their own); communications
 * staff read. Each call uses a quarter of its own (quarters of years long ended), so calls repeat.
 */
const AUTHORS = [Role.admin, Role.senior_manager, Role.manager];
const APPROVERS = [Role.senior_manager, Role.manager];
const READERS = [...AUTHORS, Role.communications];

let quarters = 0;
const freshQuarter = () => {
  const n = quarters++;
  return `FY${2000 + Math.floor(n / 4)}-Q${(n % 4) + 1}`;
};

type Ref = { id: string; version: number };
const ref = (p: Ref): Ref => ({ id: p.id, version: p.version });

/** A draft by the organisation's administrator (so a manager may approve it). */
async function drafted(world: World, org: WorldOrganisation): Promise<Ref> {
  const p = (
    await must(world, call(DRAFT_BOARD_PACK, { quarter: freshQuarter() }), org.people.admin)
  ).draftBoardPack;
  return ref(p);
}
async function inReview(world: World, org: WorldOrganisation): Promise<Ref> {
  return ref(
    (await must(world, call(SUBMIT_BOARD_PACK, await drafted(world, org)), org.people.admin))
      .submitBoardPackForReview,
  );
}
async function approved(world: World, org: WorldOrganisation): Promise<Ref> {
  return ref(
    (await must(world, call(APPROVE_BOARD_PACK, await inReview(world, org)), org.people.manager))
      .approveBoardPack,
  );
}

export const boardPackOperations: OperationCase[] = [
  {
    name: 'boardPacks',
    kind: 'query',
    allowed: READERS,
    valid: async (world, org) => {
      await drafted(world, org);
      return call(BOARD_PACKS, {});
    },
  },
  {
    name: 'boardPack',
    kind: 'query',
    allowed: READERS,
    valid: async (world, org) =>
      call(`query($id: ID!) { boardPack(id: $id) { id status } }`, {
        id: (await drafted(world, org)).id,
      }),
    invalid: [
      {
        description: 'an unknown id',
        build: async () =>
          call(`query($id: ID!) { boardPack(id: $id) { id } }`, {
            id: '00000000-0000-4000-8000-000000000000',
          }),
        code: 'NOT_FOUND',
      },
    ],
  },
  {
    name: 'draftBoardPack',
    kind: 'mutation',
    allowed: AUTHORS,
    valid: async () => call(DRAFT_BOARD_PACK, { quarter: freshQuarter() }),
    invalid: [
      {
        description: 'a quarter that has not ended',
        build: async () => call(DRAFT_BOARD_PACK, { quarter: 'FY2030-Q1' }),
        code: 'BAD_USER_INPUT',
        rule: 'completedPeriod',
        field: 'quarter',
      },
      {
        description: 'a calendar quarter instead of a quarter of the reporting year',
        build: async () => call(DRAFT_BOARD_PACK, { quarter: '2025-Q1' }),
        code: 'BAD_USER_INPUT',
        rule: 'matches',
      },
      {
        description: 'a second pack for a quarter already in draft',
        build: async (world, org) => {
          const quarter = freshQuarter();
          await must(world, call(DRAFT_BOARD_PACK, { quarter }), org.people.admin);
          return call(DRAFT_BOARD_PACK, { quarter });
        },
        code: 'CONFLICT',
        rule: 'BOARD_PACK_EXISTS',
      },
    ],
  },
  {
    name: 'updateBoardPackNarrative',
    kind: 'mutation',
    allowed: AUTHORS,
    valid: async (world, org) =>
      call(UPDATE_BOARD_PACK, {
        ...(await drafted(world, org)),
        summary: 'Fewer complaints about repairs this quarter.',
        commentary: [{ section: 'rootCauses', text: 'Missed appointments fell.' }],
      }),
    invalid: [
      {
        description: 'commentary for a section the pack does not have',
        build: async (world, org) =>
          call(UPDATE_BOARD_PACK, {
            ...(await drafted(world, org)),
            commentary: [{ section: 'gossip', text: 'x' }],
          }),
        code: 'BAD_USER_INPUT',
      },
      {
        description: 'a summary over 10,000 characters',
        build: async (world, org) =>
          call(UPDATE_BOARD_PACK, { ...(await drafted(world, org)), summary: 'x'.repeat(10_001) }),
        code: 'BAD_USER_INPUT',
        field: 'summary',
      },
      {
        description: 'an approved pack',
        build: async (world, org) =>
          call(UPDATE_BOARD_PACK, { ...(await approved(world, org)), summary: 'Rewritten' }),
        code: 'CONFLICT',
        rule: 'BOARD_PACK_FROZEN',
      },
      {
        description: 'a stale version',
        build: async (world, org) =>
          call(UPDATE_BOARD_PACK, { ...(await drafted(world, org)), version: 99, summary: 'Late' }),
        code: 'CONFLICT',
        rule: 'STALE_VERSION',
      },
    ],
  },
  {
    name: 'refreshBoardPackFigures',
    kind: 'mutation',
    allowed: AUTHORS,
    valid: async (world, org) => call(REFRESH_BOARD_PACK, await drafted(world, org)),
    invalid: [
      {
        description: 'an approved pack',
        build: async (world, org) => call(REFRESH_BOARD_PACK, await approved(world, org)),
        code: 'CONFLICT',
        rule: 'BOARD_PACK_FROZEN',
      },
    ],
  },
  {
    name: 'submitBoardPackForReview',
    kind: 'mutation',
    allowed: AUTHORS,
    valid: async (world, org) => call(SUBMIT_BOARD_PACK, await drafted(world, org)),
    invalid: [
      {
        description: 'submitting twice',
        build: async (world, org) => call(SUBMIT_BOARD_PACK, await inReview(world, org)),
        code: 'CONFLICT',
        rule: 'PUBLICATION_STATUS',
      },
    ],
  },
  {
    name: 'approveBoardPack',
    kind: 'mutation',
    allowed: APPROVERS,
    valid: async (world, org) => call(APPROVE_BOARD_PACK, await inReview(world, org)),
    invalid: [
      {
        description: 'a draft',
        build: async (world, org) => call(APPROVE_BOARD_PACK, await drafted(world, org)),
        code: 'CONFLICT',
        rule: 'PUBLICATION_STATUS',
      },
      {
        description: 'by its author',
        build: async (world, org) => {
          const p = (
            await must(
              world,
              call(DRAFT_BOARD_PACK, { quarter: freshQuarter() }),
              org.people.senior_manager,
            )
          ).draftBoardPack;
          const q = (await must(world, call(SUBMIT_BOARD_PACK, ref(p)), org.people.senior_manager))
            .submitBoardPackForReview;
          return call(APPROVE_BOARD_PACK, ref(q));
        },
        code: 'FORBIDDEN',
      },
    ],
  },
  {
    name: 'sendBackBoardPack',
    kind: 'mutation',
    allowed: APPROVERS,
    valid: async (world, org) =>
      call(SEND_BACK_BOARD_PACK, {
        ...(await inReview(world, org)),
        comment: 'Explain the Q2 rise',
      }),
    invalid: [
      {
        description: 'a blank comment',
        build: async (world, org) =>
          call(SEND_BACK_BOARD_PACK, { ...(await inReview(world, org)), comment: '  ' }),
        code: 'BAD_USER_INPUT',
        field: 'comment',
        rule: 'required',
      },
      {
        description: 'a comment over the maximum',
        build: async (world, org) =>
          call(SEND_BACK_BOARD_PACK, {
            ...(await inReview(world, org)),
            comment: 'x'.repeat(4001),
          }),
        code: 'BAD_USER_INPUT',
        field: 'comment',
        rule: 'maxLength',
      },
      {
        description: 'a draft',
        build: async (world, org) =>
          call(SEND_BACK_BOARD_PACK, { ...(await drafted(world, org)), comment: 'Too early' }),
        code: 'CONFLICT',
        rule: 'PUBLICATION_STATUS',
      },
      {
        description: 'an approved pack (frozen)',
        build: async (world, org) =>
          call(SEND_BACK_BOARD_PACK, { ...(await approved(world, org)), comment: 'Too late' }),
        code: 'CONFLICT',
        rule: 'BOARD_PACK_FROZEN',
      },
    ],
  },
  {
    name: 'withdrawBoardPack',
    kind: 'mutation',
    allowed: AUTHORS,
    valid: async (world, org) => call(WITHDRAW_BOARD_PACK, await inReview(world, org)),
    invalid: [
      {
        description: 'an approved pack (frozen)',
        build: async (world, org) => call(WITHDRAW_BOARD_PACK, await approved(world, org)),
        code: 'CONFLICT',
        rule: 'BOARD_PACK_FROZEN',
      },
    ],
  },
];
