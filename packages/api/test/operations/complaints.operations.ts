import { randomUUID } from 'node:crypto';
import { Role } from '../../src/core/role';
import type { World, WorldOrganisation } from '../support/world';
import { must, type Call, type OperationCase } from './operation-case';

/**
 * The complaints module's queries and mutations. The suites' clock stands at Monday 2 March 2026
 * 10:00Z, so complaints are received at 09:00Z that morning: stage 1 day 5 is Friday 6 March,
 * day 10 is Friday 13 March.
 */
const MANAGERS = [Role.admin, Role.senior_manager, Role.manager];
const HANDLERS = [...MANAGERS, Role.handler];
const READERS = [...HANDLERS, Role.communications];
const SIGNERS = [Role.senior_manager, Role.manager];

export const RECEIVED_AT = '2026-03-02T09:00:00Z';

export interface ComplaintRef {
  id: string;
  version: number;
}

export const RECORD =
  'mutation($input: RecordComplaintInput!) { recordComplaint(input: $input) { id version reference } }';

export function complaintInput(org: WorldOrganisation, overrides: Record<string, unknown> = {}) {
  return {
    receivedAt: RECEIVED_AT,
    channel: 'email',
    serviceAreaId: org.serviceAreaIds[0],
    category: 'Repairs',
    summary: 'The boiler repair was promised twice and nobody came',
    outcomeSought: 'A working boiler',
    stage: 1,
    customer: {
      name: 'Morag Tenant',
      email: 'morag@example.org',
      postcode: 'G2 4AB',
      preferredContact: 'email',
    },
    ...overrides,
  };
}

/** Records a complaint in `org` as its handler and returns its id and version. */
export async function recordComplaint(
  world: World,
  org: WorldOrganisation,
  overrides: Record<string, unknown> = {},
): Promise<ComplaintRef> {
  const { recordComplaint } = await must(
    world,
    { query: RECORD, variables: { input: complaintInput(org, overrides) } },
    org.people.handler,
  );
  return { id: recordComplaint.id, version: recordComplaint.version };
}

/** Runs one lifecycle mutation (as `as`, default the handler) and returns the new ref. */
export async function step(
  world: World,
  org: WorldOrganisation,
  mutation: string,
  signature: string,
  args: string,
  variables: object,
  as = org.people.handler,
): Promise<ComplaintRef> {
  const data = await must(
    world,
    {
      query: `mutation(${signature}) { ${mutation}(${args}) { id version } }`,
      variables: { ...variables },
    },
    as,
  );
  return data[mutation];
}

const closeStageOne = (world: World, org: WorldOrganisation, c: ComplaintRef, at?: string) =>
  step(
    world,
    org,
    'closeComplaint',
    '$id: ID!, $version: Int!, $input: CloseComplaintInput!',
    'id: $id, version: $version, input: $input',
    { ...c, input: { outcome: 'not_upheld', spsoSignposted: false, ...(at ? { at } : {}) } },
  );

const signOff = (world: World, org: WorldOrganisation, c: ComplaintRef) =>
  step(
    world,
    org,
    'signOffResponse',
    '$id: ID!, $version: Int!',
    'id: $id, version: $version',
    c,
    org.people.manager,
  );

/** A stage 2 complaint (straight to investigation) signed off by a manager, ready to close. */
async function signedOffStageTwo(world: World, org: WorldOrganisation): Promise<ComplaintRef> {
  return signOff(world, org, await recordComplaint(world, org, { stage: 2 }));
}

async function closedStageTwo(world: World, org: WorldOrganisation): Promise<ComplaintRef> {
  const c = await signedOffStageTwo(world, org);
  return step(
    world,
    org,
    'closeComplaint',
    '$id: ID!, $version: Int!, $input: CloseComplaintInput!',
    'id: $id, version: $version, input: $input',
    { ...c, input: { outcome: 'upheld', spsoSignposted: true } },
  );
}

async function rootCauseIds(world: World, org: WorldOrganisation, n = 2): Promise<string[]> {
  const rows: { id: string }[] = await world.db.dataSource.query(
    `SELECT id FROM root_cause WHERE organisation_id = $1 AND parent_id IS NOT NULL ORDER BY name LIMIT $2`,
    [org.id, n],
  );
  return rows.map((r) => r.id);
}

const EXTEND =
  'mutation($id: ID!, $version: Int!, $dueOn: LocalDate!, $reason: String!) { extendComplaint(id: $id, version: $version, dueOn: $dueOn, reason: $reason) { id version } }';
const ESCALATE =
  'mutation($id: ID!, $version: Int!, $at: DateTime, $ec: String) { escalateComplaint(id: $id, version: $version, at: $at, exceptionalCircumstances: $ec) { id version } }';
const ACKNOWLEDGE =
  'mutation($id: ID!, $version: Int!, $at: DateTime) { acknowledgeComplaint(id: $id, version: $version, at: $at) { id version } }';
const AGREE =
  'mutation($id: ID!, $version: Int!, $points: [String!]!) { agreePointsOfComplaint(id: $id, version: $version, points: $points) { id version } }';
const CONTACT =
  'mutation($id: ID!, $version: Int!, $note: String!, $at: DateTime) { recordContactUpdate(id: $id, version: $version, note: $note, at: $at) { id version } }';
const NOTE =
  'mutation($id: ID!, $version: Int!, $note: String!) { addComplaintNote(id: $id, version: $version, note: $note) { id version } }';
const SIGN_OFF =
  'mutation($id: ID!, $version: Int!) { signOffResponse(id: $id, version: $version) { id version } }';
const CLOSE =
  'mutation($id: ID!, $version: Int!, $input: CloseComplaintInput!) { closeComplaint(id: $id, version: $version, input: $input) { id version status } }';
const SPSO =
  'mutation($id: ID!, $version: Int!, $decision: SpsoDecision!, $decidedOn: LocalDate!) { recordSpsoDecision(id: $id, version: $version, decision: $decision, decidedOn: $decidedOn) { id version spsoDecision } }';
const POST_CLOSURE =
  'mutation($id: ID!, $version: Int!, $note: String!, $dissatisfied: Boolean!) { recordPostClosureContact(id: $id, version: $version, note: $note, dissatisfied: $dissatisfied) { id version } }';
const ASSIGN =
  'mutation($id: ID!, $version: Int!, $handlerId: ID!) { assignComplaintHandler(id: $id, version: $version, handlerId: $handlerId) { id version } }';
const ROOT_CAUSES =
  'mutation($id: ID!, $version: Int!, $ids: [ID!]!) { setComplaintRootCauses(id: $id, version: $version, rootCauseIds: $ids) { id version } }';

const call = (query: string, variables: Record<string, unknown>): Call => ({ query, variables });

export const complaintOperations: OperationCase[] = [
  {
    name: 'complaints',
    kind: 'query',
    allowed: READERS,
    valid: async () => ({
      query:
        '{ complaints(limit: 5) { totalCount items { id reference status timeline { stage1 { dueOn status } } } } }',
    }),
    invalid: [
      {
        description: 'a page larger than 100',
        build: async () => ({ query: '{ complaints(limit: 500) { totalCount } }' }),
        code: 'BAD_USER_INPUT',
        field: 'limit',
        rule: 'max',
      },
      {
        description: 'a stage that does not exist',
        build: async () => ({ query: '{ complaints(stage: 3) { totalCount } }' }),
        code: 'BAD_USER_INPUT',
        field: 'stage',
        rule: 'isIn',
      },
    ],
  },
  {
    name: 'complaint',
    kind: 'query',
    allowed: READERS,
    valid: async (world, org) => {
      const c = await recordComplaint(world, org);
      return call(
        'query($id: ID!) { complaint(id: $id) { id reference version timeline { stage1 { dayOne dueOn } } } }',
        { id: c.id },
      );
    },
    invalid: [
      {
        description: 'an id that is no complaint',
        build: async () =>
          call('query($id: ID!) { complaint(id: $id) { id } }', { id: randomUUID() }),
        code: 'NOT_FOUND',
      },
    ],
  },
  {
    name: 'recordComplaint',
    kind: 'mutation',
    allowed: HANDLERS,
    valid: async (_world, org) =>
      call(RECORD, {
        input: complaintInput(org, { namedStaffIds: [org.people.staff.id], awareOn: '2026-02-20' }),
      }),
    invalid: [
      {
        description: "another organisation's service area",
        build: async (world, org) =>
          call(RECORD, {
            input: complaintInput(org, { serviceAreaId: world.other.serviceAreaIds[0] }),
          }),
        code: 'BAD_USER_INPUT',
        field: 'serviceAreaId',
        rule: 'activeServiceArea',
      },
      {
        description: 'received in the future',
        build: async (_w, org) =>
          call(RECORD, { input: complaintInput(org, { receivedAt: '2026-03-03T09:00:00Z' }) }),
        code: 'BAD_USER_INPUT',
        field: 'receivedAt',
        rule: 'notInFuture',
      },
      {
        description: 'a stage 3',
        build: async (_w, org) => call(RECORD, { input: complaintInput(org, { stage: 3 }) }),
        code: 'BAD_USER_INPUT',
        field: 'stage',
        rule: 'isIn',
      },
      {
        description: 'an empty summary',
        build: async (_w, org) => call(RECORD, { input: complaintInput(org, { summary: '   ' }) }),
        code: 'BAD_USER_INPUT',
        field: 'summary',
        rule: 'notBlank',
      },
      {
        description: 'a channel that does not exist',
        build: async (_w, org) => call(RECORD, { input: complaintInput(org, { channel: 'fax' }) }),
        code: 'BAD_USER_INPUT',
        field: 'channel',
      },
      {
        description: 'a receipt time without a date',
        build: async (_w, org) =>
          call(RECORD, { input: complaintInput(org, { receivedAt: '09:00' }) }),
        code: 'BAD_USER_INPUT',
        field: 'receivedAt',
      },
      {
        description: 'a customer e-mail that is not one',
        build: async (_w, org) =>
          call(RECORD, { input: complaintInput(org, { customer: { email: 'morag-at-example' } }) }),
        code: 'BAD_USER_INPUT',
        field: 'customer.email',
        rule: 'isEmail',
      },
      {
        description: 'a postcode that is not a UK one',
        build: async (_w, org) =>
          call(RECORD, { input: complaintInput(org, { customer: { postcode: '90210' } }) }),
        code: 'BAD_USER_INPUT',
        field: 'customer.postcode',
        rule: 'matches',
      },
      {
        description: 'a phone number with letters',
        build: async (_w, org) =>
          call(RECORD, { input: complaintInput(org, { customer: { phone: 'call me' } }) }),
        code: 'BAD_USER_INPUT',
        field: 'customer.phone',
        rule: 'matches',
      },
      {
        description: 'aware of the problem after complaining',
        build: async (_w, org) =>
          call(RECORD, { input: complaintInput(org, { awareOn: '2026-03-05' }) }),
        code: 'BAD_USER_INPUT',
        field: 'awareOn',
        rule: 'notAfterReceipt',
      },
      {
        description: 'a handler who does not handle complaints',
        build: async (_w, org) =>
          call(RECORD, { input: complaintInput(org, { handlerId: org.people.staff.id }) }),
        code: 'BAD_USER_INPUT',
        field: 'handlerId',
        rule: 'handlesComplaints',
      },
      {
        description: 'named staff of another organisation',
        build: async (world, org) =>
          call(RECORD, {
            input: complaintInput(org, { namedStaffIds: [world.other.people.staff.id] }),
          }),
        code: 'BAD_USER_INPUT',
        field: 'namedStaffIds',
        rule: 'sameOrganisation',
      },
    ],
  },
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
  {
    name: 'closeComplaint',
    kind: 'mutation',
    allowed: HANDLERS,
    valid: async (world, org) =>
      call(CLOSE, {
        ...(await recordComplaint(world, org)),
        input: {
          outcome: 'not_upheld',
          spsoSignposted: false,
          rootCauseIds: await rootCauseIds(world, org, 1),
        },
      }),
    invalid: [
      {
        description: 'closing stage 1 twice',
        build: async (world, org) =>
          call(CLOSE, {
            ...(await closeStageOne(world, org, await recordComplaint(world, org))),
            input: { outcome: 'upheld', spsoSignposted: false },
          }),
        code: 'CONFLICT',
        rule: 'ALREADY_CLOSED',
      },
      {
        description: 'closing stage 2 without a sign-off',
        build: async (world, org) =>
          call(CLOSE, {
            ...(await recordComplaint(world, org, { stage: 2 })),
            input: { outcome: 'upheld', spsoSignposted: true },
          }),
        code: 'BAD_USER_INPUT',
        field: 'signOff',
        rule: 'SIGN_OFF_REQUIRED',
      },
      {
        description: 'closing stage 2 without SPSO signposting',
        build: async (world, org) =>
          call(CLOSE, {
            ...(await signedOffStageTwo(world, org)),
            input: { outcome: 'upheld', spsoSignposted: false },
          }),
        code: 'BAD_USER_INPUT',
        field: 'spsoSignposted',
        rule: 'SPSO_SIGNPOSTING_REQUIRED',
      },
      {
        description: 'a tribunal case without Tribunal signposting',
        build: async (world, org) =>
          call(CLOSE, {
            ...(await signedOffStageTwo(world, org)),
            input: { outcome: 'upheld', spsoSignposted: true, tribunalCase: true },
          }),
        code: 'BAD_USER_INPUT',
        field: 'tribunalSignposted',
        rule: 'TRIBUNAL_SIGNPOSTING_REQUIRED',
      },
      {
        description: 'signposting the SPSO at stage 1',
        build: async (world, org) =>
          call(CLOSE, {
            ...(await recordComplaint(world, org)),
            input: { outcome: 'upheld', spsoSignposted: true },
          }),
        code: 'BAD_USER_INPUT',
        field: 'spsoSignposted',
        rule: 'SPSO_SIGNPOSTED_AT_STAGE_1',
      },
      {
        description: 'resolved without the agreement',
        build: async (world, org) =>
          call(CLOSE, {
            ...(await recordComplaint(world, org)),
            input: { outcome: 'resolved', spsoSignposted: false },
          }),
        code: 'BAD_USER_INPUT',
        field: 'resolution',
        rule: 'RESOLVED_NEEDS_AGREEMENT',
      },
      {
        description: 'no outcome and no findings',
        build: async (world, org) =>
          call(CLOSE, { ...(await recordComplaint(world, org)), input: { spsoSignposted: false } }),
        code: 'BAD_USER_INPUT',
        field: 'outcome',
        rule: 'OUTCOME_REQUIRED',
      },
      {
        description: 'an outcome the findings contradict',
        build: async (world, org) => {
          const c = await step(
            world,
            org,
            'agreePointsOfComplaint',
            '$id: ID!, $version: Int!, $points: [String!]!',
            'id: $id, version: $version, points: $points',
            { ...(await recordComplaint(world, org, { stage: 2 })), points: ['One', 'Two'] },
          );
          const signed = await signOff(world, org, c);
          const [p1, p2] = await world.db.dataSource.query(
            `SELECT id FROM complaint_point WHERE complaint_id = $1 ORDER BY position`,
            [c.id],
          );
          return call(CLOSE, {
            ...signed,
            input: {
              outcome: 'upheld',
              spsoSignposted: true,
              findings: [
                { pointId: p1.id, finding: 'upheld' },
                { pointId: p2.id, finding: 'not_upheld' },
              ],
            },
          });
        },
        code: 'BAD_USER_INPUT',
        field: 'outcome',
        rule: 'OUTCOME_CONTRADICTS_FINDINGS',
      },
      {
        description: 'a finding on a point that is not agreed',
        build: async (world, org) =>
          call(CLOSE, {
            ...(await signedOffStageTwo(world, org)),
            input: {
              spsoSignposted: true,
              findings: [{ pointId: randomUUID(), finding: 'upheld' }],
            },
          }),
        code: 'BAD_USER_INPUT',
        field: 'findings',
        rule: 'agreedPoint',
      },
      {
        description: "another organisation's root cause",
        build: async (world, org) =>
          call(CLOSE, {
            ...(await recordComplaint(world, org)),
            input: {
              outcome: 'upheld',
              spsoSignposted: false,
              rootCauseIds: await rootCauseIds(world, world.other, 1),
            },
          }),
        code: 'BAD_USER_INPUT',
        field: 'rootCauseIds',
        rule: 'sameOrganisation',
      },
      {
        description: 'an outcome that does not exist',
        build: async (world, org) =>
          call(CLOSE, {
            ...(await recordComplaint(world, org)),
            input: { outcome: 'sort_of', spsoSignposted: false },
          }),
        code: 'BAD_USER_INPUT',
        field: 'outcome',
      },
      {
        description: 'a closure dated in the future',
        build: async (world, org) =>
          call(CLOSE, {
            ...(await recordComplaint(world, org)),
            input: { outcome: 'upheld', spsoSignposted: false, at: '2026-03-05T12:00:00Z' },
          }),
        code: 'BAD_USER_INPUT',
        field: 'at',
        rule: 'notInFuture',
      },
    ],
  },
  {
    name: 'recordSpsoDecision',
    kind: 'mutation',
    allowed: HANDLERS,
    valid: async (world, org) =>
      call(SPSO, {
        ...(await closedStageTwo(world, org)),
        decision: 'not_taken_forward',
        decidedOn: '2026-03-02',
      }),
    invalid: [
      {
        description: 'a decision before the stage 2 closure',
        build: async (world, org) =>
          call(SPSO, {
            ...(await closeStageOne(world, org, await recordComplaint(world, org))),
            decision: 'upheld',
            decidedOn: '2026-03-02',
          }),
        code: 'CONFLICT',
        rule: 'NOT_CLOSED_AT_STAGE_2',
      },
      {
        description: 'a decision dated in the future',
        build: async (world, org) =>
          call(SPSO, {
            ...(await closedStageTwo(world, org)),
            decision: 'upheld',
            decidedOn: '2026-04-01',
          }),
        code: 'BAD_USER_INPUT',
        field: 'decidedOn',
        rule: 'notInFuture',
      },
      {
        description: 'a decision the SPSO does not make',
        build: async (world, org) =>
          call(SPSO, {
            ...(await closedStageTwo(world, org)),
            decision: 'maybe',
            decidedOn: '2026-03-02',
          }),
        code: 'BAD_USER_INPUT',
        field: 'decision',
      },
    ],
  },
  {
    name: 'recordPostClosureContact',
    kind: 'mutation',
    allowed: HANDLERS,
    valid: async (world, org) =>
      call(POST_CLOSURE, {
        ...(await closedStageTwo(world, org)),
        note: 'Still unhappy; given the SPSO details again',
        dissatisfied: true,
      }),
    invalid: [
      {
        description: 'contact while the complaint is open',
        build: async (world, org) =>
          call(POST_CLOSURE, {
            ...(await recordComplaint(world, org)),
            note: 'Asked a question',
            dissatisfied: false,
          }),
        code: 'CONFLICT',
        rule: 'NOT_CLOSED',
      },
      {
        description: 'dissatisfied after stage 1 (escalate instead)',
        build: async (world, org) =>
          call(POST_CLOSURE, {
            ...(await closeStageOne(world, org, await recordComplaint(world, org))),
            note: 'Unhappy',
            dissatisfied: true,
          }),
        code: 'CONFLICT',
        rule: 'ESCALATE_INSTEAD',
      },
    ],
  },
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
