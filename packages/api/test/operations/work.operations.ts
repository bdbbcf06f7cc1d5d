import { ROLES } from '@chp/domain';
import { COMPLAINT_HANDLERS } from '../../src/core/role';
import { closeStageOne } from '../support/complaint-stages';
import { recordComplaint } from '../support/complaints';
import {
  ISSUE_CALENDAR_FEED,
  MY_CALENDAR_FEED,
  MY_WORK,
  REQUEST_EXTENSION,
  REQUEST_SIGN_OFF,
  REVOKE_CALENDAR_FEED,
  requestedExtension,
} from '../support/work';
import { call, type OperationCase } from './operation-case';

/**
 * Work queues (docs/procedure.md, Work queues): everyone reads their own queue; handlers and
 * managers ask for an extension (§27, §62) or a sign-off (§65). The clock stands at Monday 2 March
 * 2026; a complaint recorded then has day 5 on Friday 6 March and day 10 on Friday 13 March.
 */
const extension = (complaintId: string, dueOn = '2026-03-10', reason = 'Waiting for a report') =>
  call(REQUEST_EXTENSION, { complaintId, dueOn, reason });

export const workOperations: OperationCase[] = [
  {
    name: 'myWork',
    kind: 'query',
    allowed: ROLES,
    valid: async () => ({ query: MY_WORK }),
  },
  {
    name: 'requestExtension',
    kind: 'mutation',
    allowed: COMPLAINT_HANDLERS,
    valid: async (world, org) => extension((await recordComplaint(world, org)).id),
    invalid: [
      {
        description: 'Saturday 7 March: not a working day (§27)',
        build: async (world, org) =>
          extension((await recordComplaint(world, org)).id, '2026-03-07'),
        code: 'BAD_USER_INPUT',
        field: 'dueOn',
        rule: 'EXTENSION_NOT_WORKING_DAY',
      },
      {
        description: 'Thursday 5 March: not later than day 5 (§27)',
        build: async (world, org) =>
          extension((await recordComplaint(world, org)).id, '2026-03-05'),
        code: 'BAD_USER_INPUT',
        field: 'dueOn',
        rule: 'STAGE1_EXTENSION_NOT_LATER',
      },
      {
        description: 'Monday 16 March: past day 10 (§27)',
        build: async (world, org) =>
          extension((await recordComplaint(world, org)).id, '2026-03-16'),
        code: 'BAD_USER_INPUT',
        field: 'dueOn',
        rule: 'STAGE1_EXTENSION_PAST_DAY_10',
      },
      {
        description: 'a blank reason',
        build: async (world, org) =>
          extension((await recordComplaint(world, org)).id, '2026-03-10', '   '),
        code: 'BAD_USER_INPUT',
        field: 'reason',
      },
      {
        description: 'a second request while the first waits',
        build: async (world, org) => {
          const c = await recordComplaint(world, org);
          await requestedExtension(world, org, c.id);
          return extension(c.id, '2026-03-11');
        },
        code: 'CONFLICT',
        rule: 'REQUEST_PENDING',
      },
      {
        description: 'a closed complaint',
        build: async (world, org) =>
          extension((await closeStageOne(world, org, await recordComplaint(world, org))).id),
        code: 'CONFLICT',
        rule: 'NOT_OPEN',
      },
      {
        description: "another organisation's complaint",
        build: async (world) => extension((await recordComplaint(world, world.other)).id),
        code: 'NOT_FOUND',
      },
    ],
  },
  {
    name: 'requestSignOff',
    kind: 'mutation',
    allowed: COMPLAINT_HANDLERS,
    valid: async (world, org) =>
      call(REQUEST_SIGN_OFF, { complaintId: (await recordComplaint(world, org, { stage: 2 })).id }),
    invalid: [
      {
        description: 'a stage 1 complaint (§65 signs off stage 2)',
        build: async (world, org) =>
          call(REQUEST_SIGN_OFF, { complaintId: (await recordComplaint(world, org)).id }),
        code: 'CONFLICT',
        rule: 'NOT_AT_STAGE_2',
      },
      {
        description: 'a second request while the first waits',
        build: async (world, org) => {
          const c = await recordComplaint(world, org, { stage: 2 });
          await world.gql(REQUEST_SIGN_OFF, { complaintId: c.id }, org.people.handler);
          return call(REQUEST_SIGN_OFF, { complaintId: c.id });
        },
        code: 'CONFLICT',
        rule: 'REQUEST_PENDING',
      },
      {
        description: 'an id that is not a UUID',
        build: async () => call(REQUEST_SIGN_OFF, { complaintId: 'not-an-id' }),
        code: 'BAD_USER_INPUT',
        field: 'complaintId',
      },
    ],
  },
  // calendar feeds: everyone has their own; no argument can be bad, so no bad-input rows
  {
    name: 'myCalendarFeed',
    kind: 'query',
    allowed: ROLES,
    valid: async () => ({ query: MY_CALENDAR_FEED }),
  },
  {
    name: 'issueCalendarFeed',
    kind: 'mutation',
    allowed: ROLES,
    valid: async () => ({ query: ISSUE_CALENDAR_FEED }),
  },
  {
    name: 'revokeCalendarFeed',
    kind: 'mutation',
    allowed: ROLES,
    valid: async () => ({ query: REVOKE_CALENDAR_FEED }),
  },
];
