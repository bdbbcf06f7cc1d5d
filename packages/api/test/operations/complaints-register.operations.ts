import { Role } from '../../src/core/role';
import { recordComplaint } from '../support/complaints';
import { call, type InvalidCase, type OperationCase } from './operation-case';

/**
 * The register as a handler works it: the `complaints` list's search, caseload, closure and sort
 * arguments (bad input only: the list itself is in complaints-recording.operations.ts), and the
 * duplicate check made while recording.
 */
const HANDLERS = [Role.admin, Role.senior_manager, Role.manager, Role.handler];

const LIST =
  'query($search: String, $mine: Boolean, $closedAt: ClosureBucket, $closedFrom: LocalDate, $closedTo: LocalDate, $closureOutcome: Outcome, $closedWithinTimescale: Boolean, $closedExtended: Boolean, $sort: RegisterSort, $direction: SortDirection) { complaints(search: $search, mine: $mine, closedAt: $closedAt, closedFrom: $closedFrom, closedTo: $closedTo, closureOutcome: $closureOutcome, closedWithinTimescale: $closedWithinTimescale, closedExtended: $closedExtended, sort: $sort, direction: $direction) { totalCount } }';
const list = (variables: Record<string, unknown>) => async () => call(LIST, variables);

/** Bad arguments of the register's `complaints` list. */
export const registerFilterCases: InvalidCase[] = [
  {
    description: 'a search longer than 100 characters',
    build: list({ search: 'x'.repeat(101) }),
    code: 'BAD_USER_INPUT',
    field: 'search',
    rule: 'maxLength',
  },
  {
    description: 'a caseload flag that is not true or false',
    build: list({ mine: 'yes' }),
    code: 'BAD_USER_INPUT',
    field: 'mine',
  },
  {
    description: 'a closure bucket that does not exist',
    build: list({ closedAt: 'stage3' }),
    code: 'BAD_USER_INPUT',
    field: 'closedAt',
  },
  {
    description: 'a closure period without the stage whose closures it means',
    build: list({ closedFrom: '2026-01-01', closedTo: '2026-03-31' }),
    code: 'BAD_USER_INPUT',
    field: 'closedAt',
    rule: 'required',
  },
  {
    description: 'a closure outcome without the stage whose closures it means',
    build: list({ closureOutcome: 'upheld' }),
    code: 'BAD_USER_INPUT',
    field: 'closedAt',
    rule: 'required',
  },
  {
    description: 'closures within timescale without the stage whose closures it means',
    build: list({ closedWithinTimescale: true }),
    code: 'BAD_USER_INPUT',
    field: 'closedAt',
    rule: 'required',
  },
  {
    description: 'extended closures without the stage whose closures it means',
    build: list({ closedExtended: false }),
    code: 'BAD_USER_INPUT',
    field: 'closedAt',
    rule: 'required',
  },
  {
    description: 'a closure timescale flag that is not true or false',
    build: list({ closedAt: 'stage1', closedWithinTimescale: 'yes' }),
    code: 'BAD_USER_INPUT',
    field: 'closedWithinTimescale',
  },
  {
    description: 'a closure period that ends before it starts',
    build: list({ closedAt: 'stage1', closedFrom: '2026-03-31', closedTo: '2026-01-01' }),
    code: 'BAD_USER_INPUT',
    field: 'closedTo',
    rule: 'notBeforeFrom',
  },
  {
    description: 'a closure date that is not a date',
    build: list({ closedAt: 'stage1', closedFrom: '2026-02-30' }),
    code: 'BAD_USER_INPUT',
    field: 'closedFrom',
  },
  {
    description: 'a closure outcome that does not exist',
    build: list({ closedAt: 'stage1', closureOutcome: 'dismissed' }),
    code: 'BAD_USER_INPUT',
    field: 'closureOutcome',
  },
  {
    description: 'a column the register does not have',
    build: list({ sort: 'customer_name' }),
    code: 'BAD_USER_INPUT',
    field: 'sort',
  },
  {
    description: 'a direction that is neither ascending nor descending',
    build: list({ sort: 'due', direction: 'sideways' }),
    code: 'BAD_USER_INPUT',
    field: 'direction',
  },
];

const LOOKUP =
  'query($email: String, $name: String, $postcode: String) { openComplaintsOfCustomer(email: $email, name: $name, postcode: $postcode) { id reference } }';

export const complaintRegisterOperations: OperationCase[] = [
  {
    name: 'openComplaintsOfCustomer',
    kind: 'query',
    allowed: HANDLERS,
    valid: async (world, org) => {
      await recordComplaint(world, org);
      return call(LOOKUP, { email: 'morag@example.org', name: 'Morag Tenant', postcode: 'G2 4AB' });
    },
    invalid: [
      {
        description: 'an e-mail that is not one',
        build: async () => call(LOOKUP, { email: 'morag-at-example' }),
        code: 'BAD_USER_INPUT',
        field: 'email',
        rule: 'isEmail',
      },
      {
        description: 'a postcode that is not a UK one',
        build: async () => call(LOOKUP, { name: 'Morag Tenant', postcode: '90210' }),
        code: 'BAD_USER_INPUT',
        field: 'postcode',
        rule: 'matches',
      },
      {
        description: 'a name of only spaces',
        build: async () => call(LOOKUP, { name: '   ', postcode: 'G2 4AB' }),
        code: 'BAD_USER_INPUT',
        field: 'name',
        rule: 'notBlank',
      },
      {
        description: 'a name longer than 200 characters',
        build: async () => call(LOOKUP, { name: 'M'.repeat(201), postcode: 'G2 4AB' }),
        code: 'BAD_USER_INPUT',
        field: 'name',
        rule: 'maxLength',
      },
    ],
  },
];
