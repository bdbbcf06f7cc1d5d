import { randomUUID } from 'node:crypto';
import { Role } from '../../src/core/role';
import { recordComplaint } from '../support/complaints';
import { closeStageOne, closedStageTwo } from '../support/complaint-stages';
import { call, type OperationCase } from './operation-case';

/**
 * The steps while a complaint is handled: points of complaint, contact, notes, sign-off.
 * The suites' clock stands at Monday 2 March 2026 10:00Z and complaints are received at 09:00Z
 * that morning: stage 1 day 5 is Friday 6 March, day 10 is Friday 13 March.
 */
const MANAGERS = [Role.admin, Role.senior_manager, Role.manager];
const HANDLERS = [...MANAGERS, Role.handler];
const SIGNERS = [Role.senior_manager, Role.manager];

const AGREE =
  'mutation($id: ID!, $version: Int!, $points: [String!]!) { agreePointsOfComplaint(id: $id, version: $version, points: $points) { id version } }';
const CONTACT =
  'mutation($id: ID!, $version: Int!, $note: String!, $at: DateTime) { recordContactUpdate(id: $id, version: $version, note: $note, at: $at) { id version } }';
const NOTE =
  'mutation($id: ID!, $version: Int!, $note: String!) { addComplaintNote(id: $id, version: $version, note: $note) { id version } }';
const SIGN_OFF =
  'mutation($id: ID!, $version: Int!) { signOffResponse(id: $id, version: $version) { id version } }';

export const complaintStepOperations: OperationCase[] = [
  {
    name: 'agreePointsOfComplaint',
    kind: 'mutation',
    allowed: HANDLERS,
    valid: async (world, org) =>
      call(AGREE, {
        ...(await recordComplaint(world, org, { stage: 2 })),
        points: ['The repair was not done', 'Nobody called back'],
      }),
    invalid: [
      {
        description: 'points at stage 1',
        build: async (world, org) =>
          call(AGREE, { ...(await recordComplaint(world, org)), points: ['A point'] }),
        code: 'CONFLICT',
        rule: 'NOT_AT_STAGE_2',
      },
      {
        description: 'points after the stage 2 closure',
        build: async (world, org) =>
          call(AGREE, { ...(await closedStageTwo(world, org)), points: ['A point'] }),
        code: 'CONFLICT',
        rule: 'ALREADY_CLOSED',
      },
      {
        description: 'no points',
        build: async (world, org) =>
          call(AGREE, { ...(await recordComplaint(world, org, { stage: 2 })), points: [] }),
        code: 'BAD_USER_INPUT',
        field: 'points',
        rule: 'arrayMinSize',
      },
      {
        description: 'a blank point',
        build: async (world, org) =>
          call(AGREE, {
            ...(await recordComplaint(world, org, { stage: 2 })),
            points: ['A point', ' '],
          }),
        code: 'BAD_USER_INPUT',
        field: 'points',
        rule: 'notBlank',
      },
      {
        description: 'the same point twice (ignoring case and spaces)',
        build: async (world, org) =>
          call(AGREE, {
            ...(await recordComplaint(world, org, { stage: 2 })),
            points: ['Nobody called back', 'The repair was late', ' nobody called BACK '],
          }),
        code: 'BAD_USER_INPUT',
        field: 'points',
        rule: 'distinct',
      },
    ],
  },
  {
    name: 'recordContactUpdate',
    kind: 'mutation',
    allowed: HANDLERS,
    valid: async (world, org) =>
      call(CONTACT, {
        ...(await recordComplaint(world, org, { stage: 2 })),
        note: 'Phoned: the surveyor visits on Thursday',
      }),
    invalid: [
      {
        description: 'an update on a closed complaint',
        build: async (world, org) =>
          call(CONTACT, {
            ...(await closeStageOne(world, org, await recordComplaint(world, org))),
            note: 'Update',
          }),
        code: 'CONFLICT',
        rule: 'ALREADY_CLOSED',
      },
      {
        description: 'an empty note',
        build: async (world, org) =>
          call(CONTACT, { ...(await recordComplaint(world, org)), note: '' }),
        code: 'BAD_USER_INPUT',
        field: 'note',
        rule: 'notBlank',
      },
      {
        description: 'an update dated before the receipt',
        build: async (world, org) =>
          call(CONTACT, {
            ...(await recordComplaint(world, org)),
            note: 'Update',
            at: '2026-03-01T09:00:00Z',
          }),
        code: 'BAD_USER_INPUT',
        field: 'at',
        rule: 'notBeforeReceipt',
      },
    ],
  },
  {
    name: 'addComplaintNote',
    kind: 'mutation',
    allowed: HANDLERS,
    valid: async (world, org) =>
      call(NOTE, {
        ...(await recordComplaint(world, org)),
        note: 'Customer prefers calls after 3pm',
      }),
    invalid: [
      {
        description: 'an empty note',
        build: async (world, org) =>
          call(NOTE, { ...(await recordComplaint(world, org)), note: '  ' }),
        code: 'BAD_USER_INPUT',
        field: 'note',
        rule: 'notBlank',
      },
      {
        description: 'an unknown complaint',
        build: async () => call(NOTE, { id: randomUUID(), version: 1, note: 'Note' }),
        code: 'NOT_FOUND',
      },
      {
        description: 'a stale version',
        build: async (world, org) =>
          call(NOTE, { ...(await recordComplaint(world, org)), version: 2, note: 'Note' }),
        code: 'CONFLICT',
        rule: 'STALE_VERSION',
      },
    ],
  },
  {
    name: 'signOffResponse',
    kind: 'mutation',
    allowed: SIGNERS,
    valid: async (world, org) =>
      call(SIGN_OFF, { ...(await recordComplaint(world, org, { stage: 2 })) }),
    invalid: [
      {
        description: 'signing off at stage 1',
        build: async (world, org) => call(SIGN_OFF, { ...(await recordComplaint(world, org)) }),
        code: 'CONFLICT',
        rule: 'NOT_AT_STAGE_2',
      },
      {
        description: 'signing off after the stage 2 closure',
        build: async (world, org) => call(SIGN_OFF, { ...(await closedStageTwo(world, org)) }),
        code: 'CONFLICT',
        rule: 'ALREADY_CLOSED',
      },
    ],
  },
];
