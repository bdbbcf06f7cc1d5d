import { Role } from '../../src/core/role';
import { recordComplaint } from '../support/complaints';
import { rootCauseIds } from '../support/root-causes';
import { call, type OperationCase } from './operation-case';

/**
 * Who handles a complaint and what caused it: assigning a handler, setting root causes.
 * The suites' clock stands at Monday 2 March 2026 10:00Z and complaints are received at 09:00Z
 * that morning: stage 1 day 5 is Friday 6 March, day 10 is Friday 13 March.
 */
const MANAGERS = [Role.admin, Role.senior_manager, Role.manager];
const HANDLERS = [...MANAGERS, Role.handler];

const ASSIGN =
  'mutation($id: ID!, $version: Int!, $handlerId: ID!) { assignComplaintHandler(id: $id, version: $version, handlerId: $handlerId) { id version } }';
const ROOT_CAUSES =
  'mutation($id: ID!, $version: Int!, $ids: [ID!]!) { setComplaintRootCauses(id: $id, version: $version, rootCauseIds: $ids) { id version } }';

export const complaintHandlingOperations: OperationCase[] = [
  {
    name: 'assignComplaintHandler',
    kind: 'mutation',
    allowed: MANAGERS,
    valid: async (world, org) =>
      call(ASSIGN, { ...(await recordComplaint(world, org)), handlerId: org.people.manager.id }),
    invalid: [
      {
        description: 'a member of staff who does not handle complaints',
        build: async (world, org) =>
          call(ASSIGN, { ...(await recordComplaint(world, org)), handlerId: org.people.staff.id }),
        code: 'BAD_USER_INPUT',
        field: 'handlerId',
        rule: 'handlesComplaints',
      },
      {
        description: 'a handler of another organisation',
        build: async (world, org) =>
          call(ASSIGN, {
            ...(await recordComplaint(world, org)),
            handlerId: world.other.people.handler.id,
          }),
        code: 'BAD_USER_INPUT',
        field: 'handlerId',
        rule: 'sameOrganisation',
      },
    ],
  },
  {
    name: 'setComplaintRootCauses',
    kind: 'mutation',
    allowed: HANDLERS,
    valid: async (world, org) =>
      call(ROOT_CAUSES, {
        ...(await recordComplaint(world, org)),
        ids: await rootCauseIds(world, org),
      }),
    invalid: [
      {
        description: "another organisation's root cause",
        build: async (world, org) =>
          call(ROOT_CAUSES, {
            ...(await recordComplaint(world, org)),
            ids: await rootCauseIds(world, world.other),
          }),
        code: 'BAD_USER_INPUT',
        field: 'rootCauseIds',
        rule: 'sameOrganisation',
      },
      {
        description: 'the same root cause twice',
        build: async (world, org) => {
          const [id] = await rootCauseIds(world, org, 1);
          return call(ROOT_CAUSES, { ...(await recordComplaint(world, org)), ids: [id, id] });
        },
        code: 'BAD_USER_INPUT',
        field: 'rootCauseIds',
        rule: 'arrayUnique',
      },
    ],
  },
];
