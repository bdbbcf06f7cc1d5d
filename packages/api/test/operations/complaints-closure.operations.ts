import { randomUUID } from 'node:crypto';
import { Role } from '../../src/core/role';
import { recordComplaint, step } from '../support/complaints';
import {
  closeStageOne,
  closedStageTwo,
  signedOffStageTwo,
  signOff,
} from '../support/complaint-stages';
import { rootCauseIds } from '../support/root-causes';
import { call, type OperationCase } from './operation-case';

/**
 * Closing a complaint, and what follows: the SPSO's decision, contact after closure.
 * The suites' clock stands at Monday 2 March 2026 10:00Z and complaints are received at 09:00Z
 * that morning: stage 1 day 5 is Friday 6 March, day 10 is Friday 13 March.
 */
const MANAGERS = [Role.admin, Role.senior_manager, Role.manager];
const HANDLERS = [...MANAGERS, Role.handler];

const CLOSE =
  'mutation($id: ID!, $version: Int!, $input: CloseComplaintInput!) { closeComplaint(id: $id, version: $version, input: $input) { id version status } }';
const SPSO =
  'mutation($id: ID!, $version: Int!, $decision: SpsoDecision!, $decidedOn: LocalDate!) { recordSpsoDecision(id: $id, version: $version, decision: $decision, decidedOn: $decidedOn) { id version spsoDecision } }';
const POST_CLOSURE =
  'mutation($id: ID!, $version: Int!, $note: String!, $dissatisfied: Boolean!) { recordPostClosureContact(id: $id, version: $version, note: $note, dissatisfied: $dissatisfied) { id version } }';

export const complaintClosureOperations: OperationCase[] = [
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
          reasons: 'We checked the repair record.',
          communicatedBy: 'phone',
          rootCauseIds: await rootCauseIds(world, org, 1),
        },
      }),
    invalid: [
      {
        description: 'closing stage 1 twice',
        build: async (world, org) =>
          call(CLOSE, {
            ...(await closeStageOne(world, org, await recordComplaint(world, org))),
            input: {
              outcome: 'upheld',
              spsoSignposted: false,
              reasons: 'We checked the repair record.',
              communicatedBy: 'phone',
            },
          }),
        code: 'CONFLICT',
        rule: 'ALREADY_CLOSED',
      },
      {
        description: 'closing stage 1 without the reasons for the decision (§31)',
        build: async (world, org) =>
          call(CLOSE, {
            ...(await recordComplaint(world, org)),
            input: { outcome: 'upheld', spsoSignposted: false, communicatedBy: 'phone' },
          }),
        code: 'BAD_USER_INPUT',
        field: 'reasons',
        rule: 'CLOSURE_REASONS_REQUIRED',
      },
      {
        description: 'closing stage 1 without saying how the response was given (§31–32)',
        build: async (world, org) =>
          call(CLOSE, {
            ...(await recordComplaint(world, org)),
            input: { outcome: 'upheld', spsoSignposted: false, reasons: 'The visit was missed.' },
          }),
        code: 'BAD_USER_INPUT',
        field: 'communicatedBy',
        rule: 'CLOSURE_COMMUNICATION_REQUIRED',
      },
      {
        description: 'closing stage 2 without the final response recorded (§69)',
        build: async (world, org) =>
          call(CLOSE, {
            ...(await signedOffStageTwo(world, org)),
            input: { outcome: 'upheld', spsoSignposted: true },
          }),
        code: 'BAD_USER_INPUT',
        field: 'communicatedBy',
        rule: 'CLOSURE_COMMUNICATION_REQUIRED',
      },
      {
        description: 'closing stage 2 without a sign-off',
        build: async (world, org) =>
          call(CLOSE, {
            ...(await recordComplaint(world, org, { stage: 2 })),
            input: { outcome: 'upheld', spsoSignposted: true, communicatedBy: 'letter' },
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
            input: {
              outcome: 'upheld',
              spsoSignposted: false,
              reasons: 'We checked the repair record.',
              communicatedBy: 'phone',
            },
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
            input: {
              outcome: 'upheld',
              spsoSignposted: true,
              communicatedBy: 'letter',
              tribunalCase: true,
            },
          }),
        code: 'BAD_USER_INPUT',
        field: 'tribunalSignposted',
        rule: 'TRIBUNAL_SIGNPOSTING_REQUIRED',
      },
      {
        description:
          'closing stage 1 after its last day (day 10 of a 2 February receipt) without the reason (§29)',
        build: async (world, org) =>
          call(CLOSE, {
            ...(await recordComplaint(world, org, { receivedAt: '2026-02-02T09:00:00Z' })),
            input: {
              outcome: 'upheld',
              spsoSignposted: false,
              reasons: 'We checked the repair record.',
              communicatedBy: 'phone',
            },
          }),
        code: 'BAD_USER_INPUT',
        field: 'lateReason',
        rule: 'STAGE1_LATE_NEEDS_REASON',
      },
      {
        description: 'a blank reason for closing stage 1 after its last day',
        build: async (world, org) =>
          call(CLOSE, {
            ...(await recordComplaint(world, org, { receivedAt: '2026-02-02T09:00:00Z' })),
            input: {
              outcome: 'upheld',
              spsoSignposted: false,
              reasons: 'We checked the repair record.',
              communicatedBy: 'phone',
              lateReason: '   ',
            },
          }),
        code: 'BAD_USER_INPUT',
        field: 'lateReason',
        rule: 'notBlank',
      },
      {
        description: 'a tribunal case at stage 1 (§74)',
        build: async (world, org) =>
          call(CLOSE, {
            ...(await recordComplaint(world, org)),
            input: {
              outcome: 'upheld',
              spsoSignposted: false,
              reasons: 'We checked the repair record.',
              communicatedBy: 'phone',
              tribunalCase: true,
            },
          }),
        code: 'BAD_USER_INPUT',
        field: 'tribunalCase',
        rule: 'TRIBUNAL_NOT_APPLICABLE',
      },
      {
        description: 'Tribunal signposting at stage 1 (§74)',
        build: async (world, org) =>
          call(CLOSE, {
            ...(await recordComplaint(world, org)),
            input: {
              outcome: 'upheld',
              spsoSignposted: false,
              reasons: 'We checked the repair record.',
              communicatedBy: 'phone',
              tribunalSignposted: true,
            },
          }),
        code: 'BAD_USER_INPUT',
        field: 'tribunalSignposted',
        rule: 'TRIBUNAL_NOT_APPLICABLE',
      },
      {
        description: 'stage 2 with agreed points and no finding on them (§66)',
        build: async (world, org) => {
          const c = await step(
            world,
            org,
            'agreePointsOfComplaint',
            '$id: ID!, $version: Int!, $points: [String!]!',
            'id: $id, version: $version, points: $points',
            { ...(await recordComplaint(world, org, { stage: 2 })), points: ['One', 'Two'] },
          );
          return call(CLOSE, {
            ...(await signOff(world, org, c)),
            input: { outcome: 'upheld', spsoSignposted: true, communicatedBy: 'letter' },
          });
        },
        code: 'BAD_USER_INPUT',
        field: 'findings',
        rule: 'POINT_WITHOUT_FINDING',
      },
      {
        description: 'signposting the SPSO at stage 1',
        build: async (world, org) =>
          call(CLOSE, {
            ...(await recordComplaint(world, org)),
            input: { outcome: 'upheld', spsoSignposted: true, communicatedBy: 'letter' },
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
            input: {
              outcome: 'resolved',
              spsoSignposted: false,
              reasons: 'We checked the repair record.',
              communicatedBy: 'phone',
            },
          }),
        code: 'BAD_USER_INPUT',
        field: 'resolution',
        rule: 'RESOLVED_NEEDS_AGREEMENT',
      },
      {
        description: 'no outcome and no findings',
        build: async (world, org) =>
          call(CLOSE, {
            ...(await recordComplaint(world, org)),
            input: {
              spsoSignposted: false,
              reasons: 'We checked the repair record.',
              communicatedBy: 'phone',
            },
          }),
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
              communicatedBy: 'letter',
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
              communicatedBy: 'letter',
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
              reasons: 'We checked the repair record.',
              communicatedBy: 'phone',
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
            input: {
              outcome: 'sort_of',
              spsoSignposted: false,
              reasons: 'We checked the repair record.',
              communicatedBy: 'phone',
            },
          }),
        code: 'BAD_USER_INPUT',
        field: 'outcome',
      },
      {
        description: 'a closure dated in the future',
        build: async (world, org) =>
          call(CLOSE, {
            ...(await recordComplaint(world, org)),
            input: {
              outcome: 'upheld',
              spsoSignposted: false,
              reasons: 'We checked the repair record.',
              communicatedBy: 'phone',
              at: '2026-03-05T12:00:00Z',
            },
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
];
