import { randomUUID } from 'node:crypto';
import { Role } from '../../src/core/role';
import { recordComplaint } from '../support/complaints';
import { closeStageOne } from '../support/complaint-stages';
import { escalate } from '../support/first-contacts';
import { call, type OperationCase } from './operation-case';

/**
 * The outcomes beyond the four (docs/procedure.md, Before stage 1). The suites' clock stands at
 * Monday 2 March 2026 10:00Z and complaints are received at 09:00Z that morning.
 */
const HANDLERS = [Role.admin, Role.senior_manager, Role.manager, Role.handler];

export const OTHER_OUTCOME =
  'mutation($id: ID!, $version: Int!, $outcome: OtherOutcome!, $reason: String!, $duplicateOfId: ID) { recordOtherOutcome(id: $id, version: $version, outcome: $outcome, reason: $reason, duplicateOfId: $duplicateOfId) { id version status otherOutcome } }';

export const complaintFirstContactOperations: OperationCase[] = [
  {
    name: 'recordOtherOutcome',
    kind: 'mutation',
    allowed: HANDLERS,
    valid: async (world, org) =>
      call(OTHER_OUTCOME, {
        ...(await recordComplaint(world, org)),
        outcome: 'duplicate',
        reason: 'The same repair reported twice',
        duplicateOfId: (await recordComplaint(world, org)).id,
      }),
    invalid: [
      {
        description: 'an outcome that does not exist',
        build: async (world, org) =>
          call(OTHER_OUTCOME, {
            ...(await recordComplaint(world, org)),
            outcome: 'lost',
            reason: 'x',
          }),
        code: 'BAD_USER_INPUT',
        field: 'outcome',
      },
      {
        description: 'not a complaint without the signposting given (§12)',
        build: async (world, org) =>
          call(OTHER_OUTCOME, {
            ...(await recordComplaint(world, org)),
            outcome: 'not_a_complaint',
            reason: ' ',
          }),
        code: 'BAD_USER_INPUT',
        field: 'reason',
        rule: 'notBlank',
      },
      {
        description: 'a duplicate that names no complaint',
        build: async (world, org) =>
          call(OTHER_OUTCOME, {
            ...(await recordComplaint(world, org)),
            outcome: 'duplicate',
            reason: 'Same',
          }),
        code: 'BAD_USER_INPUT',
        field: 'duplicateOfId',
        rule: 'DUPLICATE_NEEDS_ORIGINAL',
      },
      {
        description: "a duplicate of another organisation's complaint",
        build: async (world, org) =>
          call(OTHER_OUTCOME, {
            ...(await recordComplaint(world, org)),
            outcome: 'duplicate',
            reason: 'Same',
            duplicateOfId: (await recordComplaint(world, world.other)).id,
          }),
        code: 'BAD_USER_INPUT',
        field: 'duplicateOfId',
        rule: 'sameOrganisation',
      },
      {
        description: 'a duplicate of itself',
        build: async (world, org) => {
          const c = await recordComplaint(world, org);
          return call(OTHER_OUTCOME, {
            ...c,
            outcome: 'duplicate',
            reason: 'Same',
            duplicateOfId: c.id,
          });
        },
        code: 'BAD_USER_INPUT',
        field: 'duplicateOfId',
        rule: 'DUPLICATE_OF_ITSELF',
      },
      {
        description: 'out of time for a complaint whose awareness date is not recorded (§11)',
        build: async (world, org) =>
          call(OTHER_OUTCOME, {
            ...(await recordComplaint(world, org)),
            outcome: 'out_of_time',
            reason: 'Too late',
          }),
        code: 'BAD_USER_INPUT',
        field: 'outcome',
        rule: 'NOT_OUT_OF_TIME',
      },
      {
        description: 'not a complaint after the stage 1 response (§11–12)',
        build: async (world, org) => {
          const answered = await closeStageOne(world, org, await recordComplaint(world, org));
          return call(OTHER_OUTCOME, {
            ...(await escalate(world, org, answered, '2026-03-02T10:00:00Z')),
            outcome: 'not_a_complaint',
            reason: 'An appeal',
          });
        },
        code: 'CONFLICT',
        rule: 'OTHER_OUTCOME_AFTER_RESPONSE',
      },
      {
        description: 'a second outcome after withdrawal',
        build: async (world, org) => {
          const c = await recordComplaint(world, org, {
            contactType: 'enquiry',
            signposting: 'Rent line',
          });
          return call(OTHER_OUTCOME, { ...c, outcome: 'withdrawn', reason: 'Changed mind' });
        },
        code: 'CONFLICT',
        rule: 'ALREADY_ENDED',
      },
      {
        description: 'a complaint that does not exist',
        build: async () =>
          call(OTHER_OUTCOME, { id: randomUUID(), version: 1, outcome: 'withdrawn', reason: 'x' }),
        code: 'NOT_FOUND',
      },
    ],
  },
];
