import { Role } from '../../src/core/role';
import { recordComplaint } from '../support/complaints';
import { closeStageOne } from '../support/complaint-stages';
import type { World, WorldOrganisation } from '../support/world';
import { call, type OperationCase } from './operation-case';

/**
 * Staff complained about (docs/procedure.md, Staff complained about; §37, §48, §62, §68). The
 * suites' clock stands at Monday 2 March 2026 10:00Z; complaints are received at 09:00Z that
 * morning by the handler, who handles them. The member of staff complained about is the
 * organisation's action-only member of staff.
 */
const HANDLERS = [Role.admin, Role.senior_manager, Role.manager, Role.handler];

const REF = '$id: ID!, $version: Int!, $personId: ID!';
const ARGS = 'id: $id, version: $version, personId: $personId';
const NAME = `mutation(${REF}) { nameStaffMember(${ARGS}) { id version } }`;
const REMOVE = `mutation(${REF}) { removeNamedStaff(${ARGS}) { id version } }`;
const TOLD = `mutation(${REF}, $at: DateTime, $how: StaffContactMethod!, $shared: StaffSharing!, $notSharedReason: String) { recordStaffNotified(${ARGS}, at: $at, how: $how, shared: $shared, notSharedReason: $notSharedReason) { id version } }`;
const SUPPORT = `mutation(${REF}, $supportContactId: ID!) { setSupportContact(${ARGS}, supportContactId: $supportContactId) { id version } }`;
const UPDATE = `mutation(${REF}, $at: DateTime, $how: StaffContactMethod!) { recordStaffUpdate(${ARGS}, at: $at, how: $how) { id version } }`;
const SHARED = `mutation(${REF}, $sharedOn: LocalDate!) { recordResponseSharedWithStaff(${ARGS}, sharedOn: $sharedOn) { id version } }`;

/** A complaint naming the organisation's action-only member of staff. */
export const complaintNamingStaff = async (
  world: World,
  org: WorldOrganisation,
  overrides: Record<string, unknown> = {},
) => ({
  ...(await recordComplaint(world, org, { namedStaffIds: [org.people.staff.id], ...overrides })),
  personId: org.people.staff.id,
});

export const complaintStaffOperations: OperationCase[] = [
  {
    name: 'nameStaffMember',
    kind: 'mutation',
    allowed: HANDLERS,
    valid: async (world, org) =>
      call(NAME, { ...(await recordComplaint(world, org)), personId: org.people.staff.id }),
    invalid: [
      {
        description: 'a member of staff already named',
        build: async (world, org) => call(NAME, await complaintNamingStaff(world, org)),
        code: 'BAD_USER_INPUT',
        field: 'personId',
        rule: 'ALREADY_NAMED',
      },
      {
        description: 'a member of staff of another organisation',
        build: async (world, org) =>
          call(NAME, {
            ...(await recordComplaint(world, org)),
            personId: world.other.people.staff.id,
          }),
        code: 'BAD_USER_INPUT',
        field: 'personId',
        rule: 'sameOrganisation',
      },
      {
        description: 'the investigator of a stage 2 complaint (§37)',
        build: async (world, org) =>
          call(NAME, {
            ...(await recordComplaint(world, org, { stage: 2 })),
            personId: org.people.handler.id,
          }),
        code: 'BAD_USER_INPUT',
        field: 'personId',
        rule: 'INVESTIGATOR_NAMED_IN_COMPLAINT',
      },
    ],
  },
  {
    name: 'removeNamedStaff',
    kind: 'mutation',
    allowed: HANDLERS,
    valid: async (world, org) => call(REMOVE, await complaintNamingStaff(world, org)),
    invalid: [
      {
        description: 'someone not named in the complaint',
        build: async (world, org) =>
          call(REMOVE, { ...(await recordComplaint(world, org)), personId: org.people.staff.id }),
        code: 'BAD_USER_INPUT',
        field: 'personId',
        rule: 'NOT_NAMED',
      },
    ],
  },
  {
    name: 'recordStaffNotified',
    kind: 'mutation',
    allowed: HANDLERS,
    valid: async (world, org) =>
      call(TOLD, { ...(await complaintNamingStaff(world, org)), how: 'phone', shared: 'summary' }),
    invalid: [
      {
        description: 'nothing shared without the compelling reason (§48)',
        build: async (world, org) =>
          call(TOLD, {
            ...(await complaintNamingStaff(world, org)),
            how: 'phone',
            shared: 'nothing',
          }),
        code: 'BAD_USER_INPUT',
        field: 'notSharedReason',
        rule: 'NOT_SHARED_NEEDS_REASON',
      },
      {
        description: 'told in the future',
        build: async (world, org) =>
          call(TOLD, {
            ...(await complaintNamingStaff(world, org)),
            at: '2026-03-03T09:00:00Z',
            how: 'phone',
            shared: 'in_full',
          }),
        code: 'BAD_USER_INPUT',
        field: 'at',
        rule: 'notInFuture',
      },
      {
        description: 'told before the complaint was received',
        build: async (world, org) =>
          call(TOLD, {
            ...(await complaintNamingStaff(world, org)),
            at: '2026-03-01T09:00:00Z',
            how: 'phone',
            shared: 'in_full',
          }),
        code: 'BAD_USER_INPUT',
        field: 'at',
        rule: 'notBeforeReceipt',
      },
    ],
  },
  {
    name: 'setSupportContact',
    kind: 'mutation',
    allowed: HANDLERS,
    valid: async (world, org) =>
      call(SUPPORT, {
        ...(await complaintNamingStaff(world, org)),
        supportContactId: org.people.senior_manager.id,
      }),
    invalid: [
      {
        description: 'the investigator as support contact (§48)',
        build: async (world, org) =>
          call(SUPPORT, {
            ...(await complaintNamingStaff(world, org)),
            supportContactId: org.people.handler.id,
          }),
        code: 'BAD_USER_INPUT',
        field: 'supportContactId',
        rule: 'SUPPORT_CONTACT_INVESTIGATES',
      },
      {
        description: 'the member of staff as their own support contact (§48)',
        build: async (world, org) =>
          call(SUPPORT, {
            ...(await complaintNamingStaff(world, org)),
            supportContactId: org.people.staff.id,
          }),
        code: 'BAD_USER_INPUT',
        field: 'supportContactId',
        rule: 'SUPPORT_CONTACT_IS_STAFF_MEMBER',
      },
      {
        description: 'a support contact of another organisation',
        build: async (world, org) =>
          call(SUPPORT, {
            ...(await complaintNamingStaff(world, org)),
            supportContactId: world.other.people.manager.id,
          }),
        code: 'BAD_USER_INPUT',
        field: 'supportContactId',
        rule: 'sameOrganisation',
      },
    ],
  },
  {
    name: 'recordStaffUpdate',
    kind: 'mutation',
    allowed: HANDLERS,
    valid: async (world, org) =>
      call(UPDATE, { ...(await complaintNamingStaff(world, org, { stage: 2 })), how: 'email' }),
    invalid: [
      {
        description: 'an update to someone not named',
        build: async (world, org) =>
          call(UPDATE, {
            ...(await recordComplaint(world, org, { stage: 2 })),
            personId: org.people.staff.id,
            how: 'email',
          }),
        code: 'BAD_USER_INPUT',
        field: 'personId',
        rule: 'NOT_NAMED',
      },
      {
        description: 'an update on a closed complaint',
        build: async (world, org) => {
          const c = await complaintNamingStaff(world, org);
          return call(UPDATE, {
            ...(await closeStageOne(world, org, c)),
            personId: c.personId,
            how: 'email',
          });
        },
        code: 'CONFLICT',
        rule: 'ALREADY_CLOSED',
      },
    ],
  },
  {
    name: 'recordResponseSharedWithStaff',
    kind: 'mutation',
    allowed: HANDLERS,
    valid: async (world, org) =>
      call(SHARED, { ...(await complaintNamingStaff(world, org)), sharedOn: '2026-03-02' }),
    invalid: [
      {
        description: 'shared in the future',
        build: async (world, org) =>
          call(SHARED, { ...(await complaintNamingStaff(world, org)), sharedOn: '2026-03-03' }),
        code: 'BAD_USER_INPUT',
        field: 'sharedOn',
        rule: 'notInFuture',
      },
    ],
  },
];
