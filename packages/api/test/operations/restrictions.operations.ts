import { MANAGERS, COMPLAINT_HANDLERS } from '../../src/core/role';
import { insertComplaint } from '../support/inserted-complaint';
import { recordComplaint } from '../support/complaints';
import {
  APPROVE_RESTRICTION,
  DECLINE_RESTRICTION,
  PROPOSE_RESTRICTION,
  REVIEW_RESTRICTION,
  REVIEWS_DUE,
  approval,
  proposalInput,
  proposedRestriction,
  restrictionInForce,
  uniqueCustomer,
} from '../support/restrictions';
import { call, type OperationCase } from './operation-case';

/**
 * Contact restrictions (Part 1 §12–13): handlers and managers propose, managers approve, decline
 * and review; communications and action-only staff reach none of it.
 */
const withCustomer = async (
  world: Parameters<OperationCase['valid']>[0],
  org: Parameters<OperationCase['valid']>[1],
) => (await recordComplaint(world, org, { customer: uniqueCustomer() })).id;

export const restrictionOperations: OperationCase[] = [
  {
    name: 'restrictionReviewsDue',
    kind: 'query',
    allowed: MANAGERS,
    valid: async () => ({ query: REVIEWS_DUE }),
  },
  {
    name: 'proposeContactRestriction',
    kind: 'mutation',
    allowed: COMPLAINT_HANDLERS,
    valid: async (world, org) =>
      call(PROPOSE_RESTRICTION, { input: proposalInput(await withCustomer(world, org)) }),
    invalid: [
      {
        description: 'a review date of today (2 March)',
        build: async (world, org) =>
          call(PROPOSE_RESTRICTION, {
            input: proposalInput(await withCustomer(world, org), { reviewOn: '2026-03-02' }),
          }),
        code: 'BAD_USER_INPUT',
        field: 'reviewOn',
        rule: 'REVIEW_DATE_NOT_LATER',
      },
      {
        description: 'a review date more than six months on (3 September)',
        build: async (world, org) =>
          call(PROPOSE_RESTRICTION, {
            input: proposalInput(await withCustomer(world, org), { reviewOn: '2026-09-03' }),
          }),
        code: 'BAD_USER_INPUT',
        field: 'reviewOn',
        rule: 'REVIEW_DATE_TOO_FAR',
      },
      {
        description: 'a kind that is not letter only, a named officer or limited times',
        build: async (world, org) =>
          call(PROPOSE_RESTRICTION, {
            input: proposalInput(await withCustomer(world, org), { kind: 'banned' }),
          }),
        code: 'BAD_USER_INPUT',
      },
      {
        description: 'a complaint with no customer recorded',
        build: async (world, org) =>
          call(PROPOSE_RESTRICTION, { input: proposalInput(await insertComplaint(world, org)) }),
        code: 'CONFLICT',
        rule: 'NO_CUSTOMER',
      },
      {
        description: "another organisation's complaint",
        build: async (world) =>
          call(PROPOSE_RESTRICTION, {
            input: proposalInput(await withCustomer(world, world.other)),
          }),
        code: 'NOT_FOUND',
      },
    ],
  },
  {
    name: 'approveContactRestriction',
    kind: 'mutation',
    allowed: MANAGERS,
    valid: async (world, org) =>
      call(APPROVE_RESTRICTION, approval(await proposedRestriction(world, org))),
    invalid: [
      {
        description: 'the customer not told of the right to a review',
        build: async (world, org) =>
          call(APPROVE_RESTRICTION, {
            ...approval(await proposedRestriction(world, org)),
            toldOfReview: false,
          }),
        code: 'BAD_USER_INPUT',
        field: 'toldOfReview',
        rule: 'CUSTOMER_NOT_TOLD',
      },
      {
        description: 'the customer told tomorrow',
        build: async (world, org) =>
          call(APPROVE_RESTRICTION, {
            ...approval(await proposedRestriction(world, org)),
            customerToldOn: '2026-03-03',
          }),
        code: 'BAD_USER_INPUT',
        field: 'customerToldOn',
        rule: 'TOLD_ON_IN_FUTURE',
      },
      {
        description: 'a restriction already in force',
        build: async (world, org) =>
          call(APPROVE_RESTRICTION, approval(await restrictionInForce(world, org))),
        code: 'CONFLICT',
        rule: 'RESTRICTION_NOT_PROPOSED',
      },
      {
        description: 'a stale version',
        build: async (world, org) =>
          call(APPROVE_RESTRICTION, {
            ...approval(await proposedRestriction(world, org)),
            version: 7,
          }),
        code: 'CONFLICT',
        rule: 'STALE_VERSION',
      },
    ],
  },
  {
    name: 'declineContactRestriction',
    kind: 'mutation',
    allowed: MANAGERS,
    valid: async (world, org) => {
      const r = await proposedRestriction(world, org);
      return call(DECLINE_RESTRICTION, {
        id: r.id,
        version: r.version,
        note: 'The calls were heated but not abusive',
      });
    },
    invalid: [
      {
        description: 'a restriction already in force',
        build: async (world, org) => {
          const r = await restrictionInForce(world, org);
          return call(DECLINE_RESTRICTION, { id: r.id, version: r.version, note: 'No' });
        },
        code: 'CONFLICT',
        rule: 'RESTRICTION_NOT_PROPOSED',
      },
    ],
  },
  {
    name: 'reviewContactRestriction',
    kind: 'mutation',
    allowed: MANAGERS,
    valid: async (world, org) => {
      const r = await restrictionInForce(world, org);
      return call(REVIEW_RESTRICTION, {
        id: r.id,
        version: r.version,
        decision: 'continue',
        note: 'Abusive calls continued',
        nextReviewOn: '2026-06-01',
      });
    },
    invalid: [
      {
        description: 'continue without a next review date',
        build: async (world, org) => {
          const r = await restrictionInForce(world, org);
          return call(REVIEW_RESTRICTION, {
            id: r.id,
            version: r.version,
            decision: 'continue',
            note: 'Still needed',
          });
        },
        code: 'BAD_USER_INPUT',
        field: 'nextReviewOn',
        rule: 'required',
      },
      {
        description: 'vary without telling the customer of the SPSO',
        build: async (world, org) => {
          const r = await restrictionInForce(world, org);
          return call(REVIEW_RESTRICTION, {
            id: r.id,
            version: r.version,
            decision: 'vary',
            note: 'Calls now polite',
            nextReviewOn: '2026-05-01',
            kind: 'named_officer',
            details: 'Phone Ms Ross only',
            customerToldOn: '2026-03-02',
            toldOfReview: true,
            toldOfSpso: false,
          });
        },
        code: 'BAD_USER_INPUT',
        field: 'toldOfSpso',
        rule: 'CUSTOMER_NOT_TOLD',
      },
      {
        description: 'a proposal, not yet in force',
        build: async (world, org) => {
          const r = await proposedRestriction(world, org);
          return call(REVIEW_RESTRICTION, {
            id: r.id,
            version: r.version,
            decision: 'lift',
            note: 'Not needed',
          });
        },
        code: 'CONFLICT',
        rule: 'RESTRICTION_NOT_IN_FORCE',
      },
    ],
  },
];
