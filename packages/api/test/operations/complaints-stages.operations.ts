import { randomUUID } from 'node:crypto';
import { Role } from '../../src/core/role';
import { recordComplaint, step } from '../support/complaints';
import { closeStageOne } from '../support/complaint-stages';
import { call, type OperationCase } from './operation-case';

/**
 * Moving a complaint through its stages: extending, escalating, acknowledging at stage 2.
 * The suites' clock stands at Monday 2 March 2026 10:00Z and complaints are received at 09:00Z
 * that morning: stage 1 day 5 is Friday 6 March, day 10 is Friday 13 March.
 */
const MANAGERS = [Role.admin, Role.senior_manager, Role.manager];
const HANDLERS = [...MANAGERS, Role.handler];

const EXTEND =
  'mutation($id: ID!, $version: Int!, $dueOn: LocalDate!, $reason: String!) { extendComplaint(id: $id, version: $version, dueOn: $dueOn, reason: $reason) { id version } }';
const ESCALATE =
  'mutation($id: ID!, $version: Int!, $at: DateTime, $ec: String, $awareOn: LocalDate) { escalateComplaint(id: $id, version: $version, at: $at, exceptionalCircumstances: $ec, awareOn: $awareOn) { id version } }';
const ACKNOWLEDGE =
  'mutation($id: ID!, $version: Int!, $at: DateTime) { acknowledgeComplaint(id: $id, version: $version, at: $at) { id version } }';

export const complaintStageOperations: OperationCase[] = [
  {
    name: 'extendComplaint',
    kind: 'mutation',
    allowed: MANAGERS,
    valid: async (world, org) =>
      call(EXTEND, {
        ...(await recordComplaint(world, org)),
        dueOn: '2026-03-11',
        reason: 'Waiting for the contractor report',
      }),
    invalid: [
      {
        description: 'a stage 1 extension past day 10 (Fri 13 March)',
        build: async (world, org) =>
          call(EXTEND, {
            ...(await recordComplaint(world, org)),
            dueOn: '2026-03-16',
            reason: 'More time',
          }),
        code: 'BAD_USER_INPUT',
        field: 'dueOn',
        rule: 'STAGE1_EXTENSION_PAST_DAY_10',
      },
      {
        description: 'an extension to a Saturday',
        build: async (world, org) =>
          call(EXTEND, {
            ...(await recordComplaint(world, org)),
            dueOn: '2026-03-07',
            reason: 'More time',
          }),
        code: 'BAD_USER_INPUT',
        field: 'dueOn',
        rule: 'EXTENSION_NOT_WORKING_DAY',
      },
      {
        description: 'an extension not after day 5',
        build: async (world, org) =>
          call(EXTEND, {
            ...(await recordComplaint(world, org)),
            dueOn: '2026-03-05',
            reason: 'More time',
          }),
        code: 'BAD_USER_INPUT',
        field: 'dueOn',
        rule: 'STAGE1_EXTENSION_NOT_LATER',
      },
      {
        description: 'a second stage 1 extension',
        build: async (world, org) => {
          const c = await recordComplaint(world, org);
          const once = await step(
            world,
            org,
            'extendComplaint',
            '$id: ID!, $version: Int!, $dueOn: LocalDate!, $reason: String!',
            'id: $id, version: $version, dueOn: $dueOn, reason: $reason',
            { ...c, dueOn: '2026-03-10', reason: 'Contractor' },
            org.people.manager,
          );
          return call(EXTEND, { ...once, dueOn: '2026-03-12', reason: 'Again' });
        },
        code: 'CONFLICT',
        rule: 'STAGE1_ONE_EXTENSION_ONLY',
      },
      {
        description: 'a stale version',
        build: async (world, org) =>
          call(EXTEND, {
            ...(await recordComplaint(world, org)),
            version: 7,
            dueOn: '2026-03-10',
            reason: 'More time',
          }),
        code: 'CONFLICT',
        rule: 'STALE_VERSION',
      },
      {
        description: 'a negative version',
        build: async (world, org) =>
          call(EXTEND, {
            id: (await recordComplaint(world, org)).id,
            version: -1,
            dueOn: '2026-03-10',
            reason: 'More time',
          }),
        code: 'BAD_USER_INPUT',
        field: 'version',
        rule: 'min',
      },
      {
        description: 'an id that is not a uuid',
        build: async () =>
          call(EXTEND, {
            id: 'CMP-2026-00001',
            version: 1,
            dueOn: '2026-03-10',
            reason: 'More time',
          }),
        code: 'BAD_USER_INPUT',
        field: 'id',
        rule: 'isUuid',
      },
      {
        description: 'an empty reason',
        build: async (world, org) =>
          call(EXTEND, { ...(await recordComplaint(world, org)), dueOn: '2026-03-10', reason: '' }),
        code: 'BAD_USER_INPUT',
        field: 'reason',
        rule: 'notBlank',
      },
      {
        description: 'a date that does not exist',
        build: async (world, org) =>
          call(EXTEND, {
            ...(await recordComplaint(world, org)),
            dueOn: '2026-02-30',
            reason: 'More time',
          }),
        code: 'BAD_USER_INPUT',
        field: 'dueOn',
        rule: 'LocalDate',
      },
      {
        description: 'an unknown complaint',
        build: async () =>
          call(EXTEND, { id: randomUUID(), version: 1, dueOn: '2026-03-10', reason: 'More time' }),
        code: 'NOT_FOUND',
      },
    ],
  },
  {
    name: 'escalateComplaint',
    kind: 'mutation',
    allowed: HANDLERS,
    valid: async (world, org) => call(ESCALATE, { ...(await recordComplaint(world, org)) }),
    invalid: [
      {
        description: 'escalating twice',
        build: async (world, org) =>
          call(ESCALATE, {
            ...(await step(
              world,
              org,
              'escalateComplaint',
              '$id: ID!, $version: Int!',
              'id: $id, version: $version',
              await recordComplaint(world, org),
            )),
          }),
        code: 'CONFLICT',
        rule: 'ALREADY_ESCALATED',
      },
      {
        description: 'a complaint that went straight to stage 2',
        build: async (world, org) =>
          call(ESCALATE, { ...(await recordComplaint(world, org, { stage: 2 })) }),
        code: 'CONFLICT',
        rule: 'ESCALATION_NOT_FROM_STAGE_1',
      },
      {
        description:
          'a request three months after the stage 1 response, without exceptional circumstances',
        build: async (world, org) => {
          const c = await recordComplaint(world, org, {
            receivedAt: '2025-12-01T10:00:00Z',
            awareOn: '2025-06-01',
          });
          return call(ESCALATE, {
            ...(await closeStageOne(world, org, c, '2025-12-05T10:00:00Z')),
          });
        },
        code: 'BAD_USER_INPUT',
        field: 'exceptionalCircumstances',
        rule: 'ESCALATION_OUT_OF_TIME',
      },
      {
        description: 'an awareness date after the date of receipt (§36)',
        build: async (world, org) =>
          call(ESCALATE, { ...(await recordComplaint(world, org)), awareOn: '2026-03-03' }),
        code: 'BAD_USER_INPUT',
        field: 'awareOn',
        rule: 'notAfterReceipt',
      },
      {
        description: 'an awareness date other than the one recorded with the complaint',
        build: async (world, org) =>
          call(ESCALATE, {
            ...(await recordComplaint(world, org, { awareOn: '2026-02-20' })),
            awareOn: '2026-02-01',
          }),
        code: 'BAD_USER_INPUT',
        field: 'awareOn',
        rule: 'alreadyRecorded',
      },
      {
        description: 'an awareness date that is not a date',
        build: async (world, org) =>
          call(ESCALATE, { ...(await recordComplaint(world, org)), awareOn: '2026-02-30' }),
        code: 'BAD_USER_INPUT',
        field: 'awareOn',
      },
      {
        description: 'a request dated in the future',
        build: async (world, org) =>
          call(ESCALATE, { ...(await recordComplaint(world, org)), at: '2026-03-04T09:00:00Z' }),
        code: 'BAD_USER_INPUT',
        field: 'at',
        rule: 'notInFuture',
      },
      {
        description: 'a request dated before the receipt',
        build: async (world, org) =>
          call(ESCALATE, { ...(await recordComplaint(world, org)), at: '2026-03-02T08:00:00Z' }),
        code: 'CONFLICT',
        rule: 'EVENT_BEFORE_PREVIOUS',
      },
    ],
  },
  {
    name: 'acknowledgeComplaint',
    kind: 'mutation',
    allowed: HANDLERS,
    valid: async (world, org) =>
      call(ACKNOWLEDGE, { ...(await recordComplaint(world, org, { stage: 2 })) }),
    invalid: [
      {
        description: 'acknowledging at stage 1',
        build: async (world, org) => call(ACKNOWLEDGE, { ...(await recordComplaint(world, org)) }),
        code: 'CONFLICT',
        rule: 'ACKNOWLEDGED_AT_STAGE_1',
      },
      {
        description: 'acknowledging twice',
        build: async (world, org) =>
          call(ACKNOWLEDGE, {
            ...(await step(
              world,
              org,
              'acknowledgeComplaint',
              '$id: ID!, $version: Int!',
              'id: $id, version: $version',
              await recordComplaint(world, org, { stage: 2 }),
            )),
          }),
        code: 'CONFLICT',
        rule: 'ALREADY_ACKNOWLEDGED',
      },
    ],
  },
];
