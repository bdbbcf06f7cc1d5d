import { Role } from '../../src/core/role';
import { recordComplaint } from '../support/complaints';
import { closeStageOne } from '../support/complaint-stages';
import type { World, WorldOrganisation } from '../support/world';
import { call, type OperationCase } from './operation-case';

/**
 * Corrections (docs/procedure.md, Correcting a record): correcting recorded details (handlers
 * and managers) and voiding a step recorded by mistake (managers). The suites' clock stands at
 * Monday 2 March 2026 10:00Z; complaints are received at 09:00Z that morning.
 */
const MANAGERS = [Role.admin, Role.senior_manager, Role.manager];
const HANDLERS = [...MANAGERS, Role.handler];

const CORRECT =
  'mutation($id: ID!, $version: Int!, $input: ComplaintCorrectionInput!, $reason: String!) { correctComplaint(id: $id, version: $version, input: $input, reason: $reason) { id version } }';
const VOID =
  'mutation($id: ID!, $version: Int!, $eventId: ID!, $reason: String!) { voidComplaintStep(id: $id, version: $version, eventId: $eventId, reason: $reason) { id version } }';

const REASON = 'Recorded against the wrong service area';

/** A stage 1 complaint closed by mistake, and the id of its closure step. */
async function closedByMistake(world: World, org: WorldOrganisation) {
  const c = await closeStageOne(world, org, await recordComplaint(world, org));
  const [row]: { id: string }[] = await world.db.dataSource.query(
    `SELECT id::text FROM complaint_event WHERE organisation_id = $1 AND complaint_id = $2 AND type = 'closed'`,
    [org.id, c.id],
  );
  return { ...c, eventId: row!.id };
}

export const complaintCorrectionOperations: OperationCase[] = [
  {
    name: 'correctComplaint',
    kind: 'mutation',
    allowed: HANDLERS,
    valid: async (world, org) =>
      call(CORRECT, {
        ...(await recordComplaint(world, org)),
        input: { serviceAreaId: org.serviceAreaIds[1], awareOn: '2026-02-20' },
        reason: REASON,
      }),
    invalid: [
      {
        description: 'made anonymous while the customer details remain (§11)',
        build: async (world, org) =>
          call(CORRECT, {
            ...(await recordComplaint(world, org)),
            input: { anonymous: true },
            reason: REASON,
          }),
        code: 'BAD_USER_INPUT',
        field: 'anonymous',
        rule: 'ANONYMOUS_WITH_DETAILS',
      },
      {
        description: "a representative's consent dated tomorrow (Part 1 §15–17)",
        build: async (world, org) =>
          call(CORRECT, {
            ...(await recordComplaint(world, org)),
            input: {
              customer: {
                representative: {
                  name: 'Jo Advocate',
                  consent: { givenOn: '2026-03-03', scope: ['receive_response'] },
                },
              },
            },
            reason: REASON,
          }),
        code: 'BAD_USER_INPUT',
        field: 'customer.representative.consent.givenOn',
        rule: 'CONSENT_IN_FUTURE',
      },
      {
        description: 'a correction that changes nothing',
        build: async (world, org) =>
          call(CORRECT, {
            ...(await recordComplaint(world, org)),
            input: { category: 'Repairs' },
            reason: REASON,
          }),
        code: 'BAD_USER_INPUT',
        field: 'input',
        rule: 'CORRECTION_CHANGES_NOTHING',
      },
      {
        description: 'no reason',
        build: async (world, org) =>
          call(CORRECT, {
            ...(await recordComplaint(world, org)),
            input: { category: 'Rent' },
            reason: '  ',
          }),
        code: 'BAD_USER_INPUT',
        field: 'reason',
        rule: 'notBlank',
      },
      {
        description: 'an awareness date after receipt (§36)',
        build: async (world, org) =>
          call(CORRECT, {
            ...(await recordComplaint(world, org)),
            input: { awareOn: '2026-03-03' },
            reason: REASON,
          }),
        code: 'BAD_USER_INPUT',
        field: 'awareOn',
        rule: 'notAfterReceipt',
      },
      {
        description: "another organisation's service area",
        build: async (world, org) =>
          call(CORRECT, {
            ...(await recordComplaint(world, org)),
            input: { serviceAreaId: world.other.serviceAreaIds[0] },
            reason: REASON,
          }),
        code: 'BAD_USER_INPUT',
        field: 'serviceAreaId',
        rule: 'activeServiceArea',
      },
      {
        description:
          'a complaint by social media (docs/procedure.md, What every complaint records)',
        build: async (world, org) =>
          call(CORRECT, {
            ...(await recordComplaint(world, org)),
            input: { channel: 'social_media' },
            reason: REASON,
          }),
        code: 'BAD_USER_INPUT',
        field: 'channel',
        rule: 'CHANNEL_NOT_FOR_COMPLAINTS',
      },
    ],
  },
  {
    name: 'voidComplaintStep',
    kind: 'mutation',
    allowed: MANAGERS,
    valid: async (world, org) =>
      call(VOID, { ...(await closedByMistake(world, org)), reason: REASON }),
    invalid: [
      {
        description: 'the receipt (it is never voided)',
        build: async (world, org) => {
          const c = await closedByMistake(world, org);
          const [row]: { id: string }[] = await world.db.dataSource.query(
            `SELECT id::text FROM complaint_event WHERE organisation_id = $1 AND complaint_id = $2 AND type = 'received'`,
            [org.id, c.id],
          );
          return call(VOID, { ...c, eventId: row!.id, reason: REASON });
        },
        code: 'BAD_USER_INPUT',
        field: 'eventId',
        rule: 'VOID_RECEIPT',
      },
      {
        description: 'a step of another complaint',
        build: async (world, org) => {
          const other = await closedByMistake(world, org);
          const c = await recordComplaint(world, org);
          return call(VOID, { ...c, eventId: other.eventId, reason: REASON });
        },
        code: 'BAD_USER_INPUT',
        field: 'eventId',
        rule: 'VOID_NOT_FOUND',
      },
      {
        description: 'an event id that is not a number',
        build: async (world, org) =>
          call(VOID, { ...(await closedByMistake(world, org)), eventId: 'abc', reason: REASON }),
        code: 'BAD_USER_INPUT',
        field: 'eventId',
        rule: 'matches',
      },
    ],
  },
];
