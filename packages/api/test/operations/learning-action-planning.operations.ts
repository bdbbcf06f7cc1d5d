import { COMPLAINT_HANDLERS, MANAGERS, Role } from '../../src/core/role';
import {
  ACTION_FIELDS,
  PROPOSE,
  AUTHORISE,
  ASSIGN,
  proposedAction,
  authorisedAction,
  cancelledAction,
} from '../support/improvement-actions';
import { insertComplaint } from '../support/inserted-complaint';
import { defaultRootCause } from '../support/root-causes';
import { call, type OperationCase } from './operation-case';

/** Improvement actions read, proposed, authorised and assigned (Part 4, Learning from complaints). */
const ALL = Object.values(Role);

export const actionPlanningOperations: OperationCase[] = [
  {
    name: 'improvementActions',
    kind: 'query',
    allowed: ALL,
    valid: async () => ({
      query:
        '{ improvementActions(filter: { status: [proposed, authorised, in_progress] }, limit: 50) { totalCount items { id title deadlineStatus owner { name } serviceArea { name } rootCauses { name } } } }',
    }),
  },
  {
    name: 'improvementAction',
    kind: 'query',
    allowed: ALL,
    valid: async (world, org, as) =>
      call(
        `query($id: ID!) { improvementAction(id: $id) { ${ACTION_FIELDS} proposedBy { id } allowedSteps progressUpdates { note } } }`,
        { id: (await proposedAction(world, org, as.id)).id },
      ),
  },
  {
    name: 'proposeImprovementAction',
    kind: 'mutation',
    allowed: COMPLAINT_HANDLERS,
    valid: async (world, org) =>
      call(PROPOSE, {
        input: {
          title: 'Call tenants back within one working day',
          description: 'Repairs staff call back every tenant who reports a leak',
          serviceAreaId: org.serviceAreaIds[0],
          ownerId: org.people.staff.id,
          targetDate: '2026-06-30',
          complaintIds: [await insertComplaint(world, org)],
          rootCauseIds: [await defaultRootCause(world, org)],
          publicSummary: 'You said we did not call back; we now call back within one working day',
        },
      }),
    invalid: [
      {
        description: 'a target date before today',
        build: async (_w, org) =>
          call(PROPOSE, {
            input: {
              title: 'T',
              description: 'D',
              serviceAreaId: org.serviceAreaIds[0],
              ownerId: org.people.staff.id,
              targetDate: '2026-03-01',
            },
          }),
        code: 'BAD_USER_INPUT',
        field: 'targetDate',
        rule: 'TARGET_DATE_IN_PAST',
      },
      {
        description: 'a blank title',
        build: async (_w, org) =>
          call(PROPOSE, {
            input: {
              title: ' ',
              description: 'D',
              serviceAreaId: org.serviceAreaIds[0],
              ownerId: org.people.staff.id,
              targetDate: '2026-06-30',
            },
          }),
        code: 'BAD_USER_INPUT',
        field: 'title',
        rule: 'notBlank',
      },
      {
        description: 'an owner who is not staff of this organisation',
        build: async (world, org) =>
          call(PROPOSE, {
            input: {
              title: 'T',
              description: 'D',
              serviceAreaId: org.serviceAreaIds[0],
              ownerId: world.other.people.staff.id,
              targetDate: '2026-06-30',
            },
          }),
        code: 'BAD_USER_INPUT',
        field: 'ownerId',
        rule: 'exists',
      },
      {
        description: "another organisation's complaint",
        build: async (world, org) =>
          call(PROPOSE, {
            input: {
              title: 'T',
              description: 'D',
              serviceAreaId: org.serviceAreaIds[0],
              ownerId: org.people.staff.id,
              targetDate: '2026-06-30',
              complaintIds: [await insertComplaint(world, world.other)],
            },
          }),
        code: 'BAD_USER_INPUT',
        field: 'complaintIds',
        rule: 'exists',
      },
      {
        description: 'a complaint id that is not an id',
        build: async (_w, org) =>
          call(PROPOSE, {
            input: {
              title: 'T',
              description: 'D',
              serviceAreaId: org.serviceAreaIds[0],
              ownerId: org.people.staff.id,
              targetDate: '2026-06-30',
              complaintIds: ['C-1'],
            },
          }),
        code: 'BAD_USER_INPUT',
        field: 'complaintIds',
        rule: 'isUuid',
      },
    ],
  },
  {
    name: 'authoriseImprovementAction',
    kind: 'mutation',
    allowed: MANAGERS,
    valid: async (world, org) =>
      call(AUTHORISE, { ...(await proposedAction(world, org, org.people.staff.id)) }),
    invalid: [
      {
        description: 'a stale version',
        build: async (world, org) =>
          call(AUTHORISE, {
            id: (await proposedAction(world, org, org.people.staff.id)).id,
            version: 5,
          }),
        code: 'CONFLICT',
        rule: 'STALE_VERSION',
      },
      {
        description: 'an action already authorised',
        build: async (world, org) =>
          call(AUTHORISE, { ...(await authorisedAction(world, org, org.people.staff.id)) }),
        code: 'CONFLICT',
        rule: 'ACTION_ALREADY_AUTHORISED',
      },
    ],
  },
  {
    name: 'assignImprovementAction',
    kind: 'mutation',
    allowed: MANAGERS,
    valid: async (world, org) =>
      call(ASSIGN, {
        ...(await authorisedAction(world, org, org.people.staff.id)),
        ownerId: org.staff2.id,
        targetDate: '2026-07-31',
      }),
    invalid: [
      {
        description: 'a new target date before today',
        build: async (world, org) =>
          call(ASSIGN, {
            ...(await authorisedAction(world, org, org.people.staff.id)),
            ownerId: org.staff2.id,
            targetDate: '2026-02-27',
          }),
        code: 'BAD_USER_INPUT',
        field: 'targetDate',
        rule: 'TARGET_DATE_IN_PAST',
      },
      {
        description: 'an owner of another organisation',
        build: async (world, org) =>
          call(ASSIGN, {
            ...(await authorisedAction(world, org, org.people.staff.id)),
            ownerId: world.other.people.staff.id,
          }),
        code: 'BAD_USER_INPUT',
        field: 'ownerId',
        rule: 'exists',
      },
      {
        description: 'a cancelled action',
        build: async (world, org) =>
          call(ASSIGN, {
            ...(await cancelledAction(world, org, org.people.staff.id)),
            ownerId: org.staff2.id,
          }),
        code: 'CONFLICT',
        rule: 'ACTION_CLOSED',
      },
    ],
  },
];
