import { ANALYTICS_READERS } from '../../src/modules/analytics/analytics.resolver';
import { MANAGERS, Role } from '../../src/core/role';
import { insertComplaint } from '../support/inserted-complaint';
import { openRecommendation, spsoDecidedComplaint } from '../support/spso-recommendations';
import { call, type OperationCase } from './operation-case';

const ALL = Object.values(Role);

const EFFECT_REVIEWS = `query($list: EffectReviewList!) { effectReviews(list: $list) { totalCount items { id effectReviewDate effectReviewStatus recurrenceFlaggedOn } } }`;
const SPSO_DECISIONS = `query($from: LocalDate!, $to: LocalDate!) { spsoDecisions(from: $from, to: $to) {
  total { same spso_upheld_more } byServiceArea { serviceAreaName counts { spso_upheld_more } } upheldMore { reference } } }`;

/** docs/procedure.md, Recurrence after an improvement action; SPSO decisions against ours. */
export const recurrenceOperations: OperationCase[] = [
  {
    name: 'effectReviews',
    kind: 'query',
    allowed: ALL,
    valid: async () => call(EFFECT_REVIEWS, { list: 'overdue' }),
  },
  {
    name: 'spsoDecisions',
    kind: 'query',
    allowed: ANALYTICS_READERS,
    valid: async () => call(SPSO_DECISIONS, { from: '2026-01-01', to: '2026-03-31' }),
    invalid: [
      {
        description: 'an end before the start',
        build: async () => call(SPSO_DECISIONS, { from: '2026-03-31', to: '2026-01-01' }),
        code: 'BAD_USER_INPUT',
        rule: 'notBeforeFrom',
        field: 'to',
      },
    ],
  },
];

const RECOMMENDATION =
  'id version complaintId recommendation dueOn ownerId completedOn evidence status';
const RECORD = `mutation($input: RecordSpsoRecommendationInput!) { recordSpsoRecommendation(input: $input) { ${RECOMMENDATION} } }`;
const COMPLETE = `mutation($id: ID!, $version: Int!, $evidence: String!, $completedOn: LocalDate) {
  completeSpsoRecommendation(id: $id, version: $version, evidence: $evidence, completedOn: $completedOn) { ${RECOMMENDATION} } }`;
const LIST = `query($complaintId: ID, $overdue: Boolean) { spsoRecommendations(complaintId: $complaintId, overdue: $overdue) { ${RECOMMENDATION} } }`;

/** docs/procedure.md, SPSO recommendations. */
export const spsoRecommendationOperations: OperationCase[] = [
  {
    name: 'spsoRecommendations',
    kind: 'query',
    allowed: ALL,
    valid: async (world, org, as) => {
      await openRecommendation(world, org, as.id);
      return call(LIST, {});
    },
    invalid: [
      {
        description: 'a complaint id that is not an id',
        build: async () => call(LIST, { complaintId: 'c-1' }),
        code: 'BAD_USER_INPUT',
        rule: 'isUuid',
        field: 'complaintId',
      },
    ],
  },
  {
    name: 'recordSpsoRecommendation',
    kind: 'mutation',
    allowed: MANAGERS,
    valid: async (world, org) =>
      call(RECORD, {
        input: {
          complaintId: await spsoDecidedComplaint(world, org),
          recommendation: 'Apologise and review the repairs call-back process',
          dueOn: '2026-04-30',
          ownerId: org.people.staff.id,
        },
      }),
    invalid: [
      {
        description: 'a blank recommendation',
        build: async (world, org) =>
          call(RECORD, {
            input: {
              complaintId: await spsoDecidedComplaint(world, org),
              recommendation: '   ',
              dueOn: '2026-04-30',
              ownerId: org.people.staff.id,
            },
          }),
        code: 'BAD_USER_INPUT',
        rule: 'notBlank',
        field: 'recommendation',
      },
      {
        description: 'a complaint without an SPSO decision',
        build: async (world, org) =>
          call(RECORD, {
            input: {
              complaintId: await insertComplaint(world, org),
              recommendation: 'Apologise',
              dueOn: '2026-04-30',
              ownerId: org.people.staff.id,
            },
          }),
        code: 'CONFLICT',
        rule: 'NO_SPSO_DECISION',
      },
      {
        description: 'an unknown owner',
        build: async (world, org) =>
          call(RECORD, {
            input: {
              complaintId: await spsoDecidedComplaint(world, org),
              recommendation: 'Apologise',
              dueOn: '2026-04-30',
              ownerId: '00000000-0000-4000-8000-000000000000',
            },
          }),
        code: 'BAD_USER_INPUT',
        rule: 'exists',
        field: 'ownerId',
      },
    ],
  },
  {
    name: 'completeSpsoRecommendation',
    kind: 'mutation',
    allowed: ALL,
    valid: async (world, org, as) =>
      call(COMPLETE, {
        ...(await openRecommendation(world, org, as.id)),
        evidence: 'Apology sent; call-back process reviewed with the repairs team',
      }),
    invalid: [
      {
        description: 'no evidence',
        build: async (world, org, as) =>
          call(COMPLETE, { ...(await openRecommendation(world, org, as.id)), evidence: ' ' }),
        code: 'BAD_USER_INPUT',
        rule: 'COMPLETION_NEEDS_EVIDENCE',
        field: 'evidence',
      },
      {
        description: 'completed after today',
        build: async (world, org, as) =>
          call(COMPLETE, {
            ...(await openRecommendation(world, org, as.id)),
            evidence: 'Done',
            completedOn: '2099-01-01',
          }),
        code: 'BAD_USER_INPUT',
        rule: 'COMPLETED_ON_IN_FUTURE',
        field: 'completedOn',
      },
    ],
  },
];
