import { ADMINISTRATORS, MANAGERS } from '../../src/core/role';
import { recordComplaint } from '../support/complaints';
import { uniqueCustomer } from '../support/restrictions';
import type { World, WorldOrganisation } from '../support/world';
import { call, must, type OperationCase } from './operation-case';

/**
 * Retention and erasure (docs/procedure.md, Retention and erasure): managers read the warning
 * list, set and lift legal holds and erase a customer on request; administrators run the
 * retention schedule now.
 */
const WARNINGS = '{ retentionWarnings { complaintId reference dueOn legalHold } }';
const RUN = 'mutation { runRetentionNow { anonymised heldBack } }';
const SET_HOLD =
  'mutation($id: ID!, $reason: String!) { setLegalHold(complaintId: $id, reason: $reason) { id } }';
const LIFT_HOLD =
  'mutation($id: ID!, $reason: String!) { liftLegalHold(complaintId: $id, reason: $reason) { id } }';
const ERASE =
  'mutation($id: ID!, $reason: String!) { eraseCustomer(customerId: $id, reason: $reason) { anonymised heldBack } }';

const withCustomer = async (world: World, org: WorldOrganisation) =>
  (await recordComplaint(world, org, { customer: uniqueCustomer() })).id;

const held = async (world: World, org: WorldOrganisation) => {
  const id = await withCustomer(world, org);
  await must(world, call(SET_HOLD, { id, reason: 'Claim lodged' }), org.people.manager);
  return id;
};

const customerOf = async (world: World, org: WorldOrganisation) => {
  const id = await withCustomer(world, org);
  const { complaint } = await must(
    world,
    call('query($id: ID!) { complaint(id: $id) { customer { id } } }', { id }),
    org.people.manager,
  );
  return complaint.customer.id as string;
};

export const retentionOperations: OperationCase[] = [
  {
    name: 'retentionWarnings',
    kind: 'query',
    allowed: MANAGERS,
    valid: async () => call(WARNINGS, {}),
  },
  {
    name: 'runRetentionNow',
    kind: 'mutation',
    allowed: ADMINISTRATORS,
    valid: async () => call(RUN, {}),
  },
  {
    name: 'setLegalHold',
    kind: 'mutation',
    allowed: MANAGERS,
    valid: async (world, org) =>
      call(SET_HOLD, { id: await withCustomer(world, org), reason: 'SPSO investigation' }),
    invalid: [
      {
        description: 'a reason of only spaces',
        build: async (world, org) =>
          call(SET_HOLD, { id: await withCustomer(world, org), reason: '   ' }),
        code: 'BAD_USER_INPUT',
        field: 'reason',
        rule: 'notBlank',
      },
      {
        description: 'a complaint already on legal hold',
        build: async (world, org) =>
          call(SET_HOLD, { id: await held(world, org), reason: 'Again' }),
        code: 'CONFLICT',
        rule: 'LEGAL_HOLD_EXISTS',
      },
      {
        description: "another organisation's complaint",
        build: async (world) =>
          call(SET_HOLD, { id: await withCustomer(world, world.other), reason: 'Claim' }),
        code: 'NOT_FOUND',
      },
      {
        description: 'an id that is not a complaint id',
        build: async () => call(SET_HOLD, { id: 'not-an-id', reason: 'Claim' }),
        code: 'NOT_FOUND',
      },
    ],
  },
  {
    name: 'liftLegalHold',
    kind: 'mutation',
    allowed: MANAGERS,
    valid: async (world, org) =>
      call(LIFT_HOLD, { id: await held(world, org), reason: 'Claim settled' }),
    invalid: [
      {
        description: 'a complaint not on legal hold',
        build: async (world, org) =>
          call(LIFT_HOLD, { id: await withCustomer(world, org), reason: 'Settled' }),
        code: 'CONFLICT',
        rule: 'NO_LEGAL_HOLD',
      },
      {
        description: 'a reason of only spaces',
        build: async (world, org) => call(LIFT_HOLD, { id: await held(world, org), reason: '  ' }),
        code: 'BAD_USER_INPUT',
        field: 'reason',
        rule: 'notBlank',
      },
    ],
  },
  {
    name: 'eraseCustomer',
    kind: 'mutation',
    allowed: MANAGERS,
    valid: async (world, org) =>
      call(ERASE, { id: await customerOf(world, org), reason: 'Erasure request of 1 March' }),
    invalid: [
      {
        description: 'a reason of only spaces',
        build: async (world, org) => call(ERASE, { id: await customerOf(world, org), reason: ' ' }),
        code: 'BAD_USER_INPUT',
        field: 'reason',
        rule: 'notBlank',
      },
      {
        description: "another organisation's customer",
        build: async (world) =>
          call(ERASE, { id: await customerOf(world, world.other), reason: 'Request' }),
        code: 'NOT_FOUND',
      },
    ],
  },
];
