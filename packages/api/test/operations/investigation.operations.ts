import { COMPLAINT_HANDLERS, SEES_PERSONAL_DATA } from '../../src/core/role';
import { recordComplaint } from '../support/complaints';
import {
  ADD_ALTERNATIVE,
  ADD_MEETING,
  DELETE_EVIDENCE,
  INVESTIGATION,
  RECORD_RESULT,
  RECORD_SENT,
  SAVE_PLAN,
  SAVE_REPORT,
  complaintWithEvidence,
  mediation,
  meeting,
  meetingInput,
  planInput,
  stageTwoComplaint,
} from '../support/investigation';
import { call, type OperationCase } from './operation-case';

/**
 * The investigation file (§50, §54–59; docs/procedure.md, The investigation file): read by those
 * who see personal data, changed by handlers and managers, at stage 2 only. The clock stands at
 * Monday 2 March 2026.
 */
const stageOne = {
  description: 'a stage 1 complaint: the investigation file is for stage 2 (§50)',
  code: 'CONFLICT' as const,
  rule: 'NOT_AT_STAGE_2',
};

export const investigationOperations: OperationCase[] = [
  {
    name: 'complaintInvestigation',
    kind: 'query',
    allowed: SEES_PERSONAL_DATA,
    valid: async (world, org) =>
      call(INVESTIGATION, { complaintId: (await stageTwoComplaint(world, org)).id }),
    invalid: [
      {
        description: "another organisation's complaint",
        build: async (world) =>
          call(INVESTIGATION, { complaintId: (await stageTwoComplaint(world, world.other)).id }),
        code: 'NOT_FOUND',
      },
    ],
  },
  {
    name: 'saveInvestigationPlan',
    kind: 'mutation',
    allowed: COMPLAINT_HANDLERS,
    valid: async (world, org) =>
      call(SAVE_PLAN, planInput((await stageTwoComplaint(world, org)).id)),
    invalid: [
      {
        ...stageOne,
        build: async (world, org) =>
          call(SAVE_PLAN, planInput((await recordComplaint(world, org)).id)),
      },
      {
        description: 'a stale version: the plan was saved by someone else',
        build: async (world, org) =>
          call(SAVE_PLAN, planInput((await stageTwoComplaint(world, org)).id, 3)),
        code: 'CONFLICT',
        rule: 'STALE_VERSION',
      },
      {
        description: "another organisation's complaint",
        build: async (world) =>
          call(SAVE_PLAN, planInput((await stageTwoComplaint(world, world.other)).id)),
        code: 'NOT_FOUND',
      },
    ],
  },
  {
    name: 'addInvestigationMeeting',
    kind: 'mutation',
    allowed: COMPLAINT_HANDLERS,
    valid: async (world, org) =>
      call(ADD_MEETING, meetingInput((await stageTwoComplaint(world, org)).id)),
    invalid: [
      {
        ...stageOne,
        build: async (world, org) =>
          call(ADD_MEETING, meetingInput((await recordComplaint(world, org)).id)),
      },
      {
        description: 'the record due before the meeting (§59)',
        build: async (world, org) =>
          call(
            ADD_MEETING,
            meetingInput((await stageTwoComplaint(world, org)).id, { recordDueOn: '2026-03-01' }),
          ),
        code: 'BAD_USER_INPUT',
        field: 'recordDueOn',
        rule: 'MEETING_RECORD_DUE_BEFORE_MEETING',
      },
      {
        description: 'the record sent tomorrow (§59)',
        build: async (world, org) =>
          call(
            ADD_MEETING,
            meetingInput((await stageTwoComplaint(world, org)).id, { recordSentOn: '2026-03-03' }),
          ),
        code: 'BAD_USER_INPUT',
        field: 'recordSentOn',
        rule: 'MEETING_RECORD_SENT_IN_FUTURE',
      },
      {
        description: 'nobody named as present for the customer',
        build: async (world, org) =>
          call(
            ADD_MEETING,
            meetingInput((await stageTwoComplaint(world, org)).id, { customerSidePresent: '  ' }),
          ),
        code: 'BAD_USER_INPUT',
        field: 'customerSidePresent',
      },
      {
        description: "another organisation's complaint",
        build: async (world) =>
          call(ADD_MEETING, meetingInput((await stageTwoComplaint(world, world.other)).id)),
        code: 'NOT_FOUND',
      },
    ],
  },
  {
    name: 'recordMeetingRecordSent',
    kind: 'mutation',
    allowed: COMPLAINT_HANDLERS,
    valid: async (world, org) => {
      const m = await meeting(world, org, (await stageTwoComplaint(world, org)).id);
      return call(RECORD_SENT, { meetingId: m.id, version: m.version, sentOn: '2026-03-02' });
    },
    invalid: [
      {
        description: 'sent before the meeting (§59)',
        build: async (world, org) => {
          const m = await meeting(world, org, (await stageTwoComplaint(world, org)).id);
          return call(RECORD_SENT, { meetingId: m.id, version: m.version, sentOn: '2026-02-27' });
        },
        code: 'BAD_USER_INPUT',
        field: 'recordSentOn',
        rule: 'MEETING_RECORD_SENT_BEFORE_MEETING',
      },
      {
        description: "another organisation's meeting",
        build: async (world) => {
          const m = await meeting(
            world,
            world.other,
            (await stageTwoComplaint(world, world.other)).id,
          );
          return call(RECORD_SENT, { meetingId: m.id, version: m.version, sentOn: '2026-03-02' });
        },
        code: 'NOT_FOUND',
      },
    ],
  },
  {
    name: 'addAlternativeResolution',
    kind: 'mutation',
    allowed: COMPLAINT_HANDLERS,
    valid: async (world, org) =>
      call(ADD_ALTERNATIVE, {
        complaintId: (await stageTwoComplaint(world, org)).id,
        approach: 'mediation',
        description: 'With a trained mediator (§54)',
        startedOn: '2026-03-02',
      }),
    invalid: [
      {
        description: 'a result without the date it ended (§55)',
        build: async (world, org) =>
          call(ADD_ALTERNATIVE, {
            complaintId: (await stageTwoComplaint(world, org)).id,
            approach: 'conciliation',
            startedOn: '2026-03-02',
            result: 'Agreed',
          }),
        code: 'BAD_USER_INPUT',
        field: 'endedOn',
        rule: 'ALTERNATIVE_RESOLUTION_RESULT_NEEDS_END',
      },
      {
        ...stageOne,
        build: async (world, org) =>
          call(ADD_ALTERNATIVE, {
            complaintId: (await recordComplaint(world, org)).id,
            approach: 'mediation',
            startedOn: '2026-03-02',
          }),
      },
      {
        description: "another organisation's complaint",
        build: async (world) =>
          call(ADD_ALTERNATIVE, {
            complaintId: (await stageTwoComplaint(world, world.other)).id,
            approach: 'mediation',
            startedOn: '2026-03-02',
          }),
        code: 'NOT_FOUND',
      },
    ],
  },
  {
    name: 'recordAlternativeResolutionResult',
    kind: 'mutation',
    allowed: COMPLAINT_HANDLERS,
    valid: async (world, org) => {
      const a = await mediation(world, org, (await stageTwoComplaint(world, org)).id);
      return call(RECORD_RESULT, {
        alternativeResolutionId: a.id,
        version: a.version,
        endedOn: '2026-03-02',
        result: 'Agreed a repair date',
      });
    },
    invalid: [
      {
        description: 'ended before it started (§55)',
        build: async (world, org) => {
          const a = await mediation(world, org, (await stageTwoComplaint(world, org)).id);
          return call(RECORD_RESULT, {
            alternativeResolutionId: a.id,
            version: a.version,
            endedOn: '2026-02-27',
            result: 'Agreed',
          });
        },
        code: 'BAD_USER_INPUT',
        field: 'endedOn',
        rule: 'ALTERNATIVE_RESOLUTION_ENDED_BEFORE_START',
      },
      {
        description: "another organisation's record",
        build: async (world) => {
          const a = await mediation(
            world,
            world.other,
            (await stageTwoComplaint(world, world.other)).id,
          );
          return call(RECORD_RESULT, {
            alternativeResolutionId: a.id,
            version: a.version,
            endedOn: '2026-03-02',
            result: 'Agreed',
          });
        },
        code: 'NOT_FOUND',
      },
    ],
  },
  {
    name: 'saveInvestigationReport',
    kind: 'mutation',
    allowed: COMPLAINT_HANDLERS,
    valid: async (world, org) =>
      call(SAVE_REPORT, {
        complaintId: (await stageTwoComplaint(world, org)).id,
        version: 0,
        text: 'The repairs were missed; the policy was not followed.',
        writtenOn: '2026-03-02',
      }),
    invalid: [
      {
        description: 'neither text nor a file',
        build: async (world, org) =>
          call(SAVE_REPORT, {
            complaintId: (await stageTwoComplaint(world, org)).id,
            version: 0,
            text: '   ',
            writtenOn: '2026-03-02',
          }),
        code: 'BAD_USER_INPUT',
        field: 'text',
        rule: 'notBlank',
      },
      {
        description: "another complaint's evidence file as the report",
        build: async (world, org) => {
          const { fileId } = await complaintWithEvidence(world, org);
          return call(SAVE_REPORT, {
            complaintId: (await stageTwoComplaint(world, org)).id,
            version: 0,
            text: '',
            fileId,
            writtenOn: '2026-03-02',
          });
        },
        code: 'NOT_FOUND',
      },
      {
        description: "another organisation's complaint",
        build: async (world) =>
          call(SAVE_REPORT, {
            complaintId: (await stageTwoComplaint(world, world.other)).id,
            version: 0,
            text: 'Report',
            writtenOn: '2026-03-02',
          }),
        code: 'NOT_FOUND',
      },
    ],
  },
  {
    name: 'deleteEvidenceFile',
    kind: 'mutation',
    allowed: COMPLAINT_HANDLERS,
    valid: async (world, org) =>
      call(DELETE_EVIDENCE, { fileId: (await complaintWithEvidence(world, org)).fileId }),
    invalid: [
      {
        description: "the investigator's report's file",
        build: async (world, org) => {
          const { complaint, fileId } = await complaintWithEvidence(world, org);
          await world.gql(
            SAVE_REPORT,
            { complaintId: complaint.id, version: 0, text: '', fileId, writtenOn: '2026-03-02' },
            org.people.handler,
          );
          return call(DELETE_EVIDENCE, { fileId });
        },
        code: 'CONFLICT',
        rule: 'EVIDENCE_IN_REPORT',
      },
      {
        description: "another organisation's file",
        build: async (world) =>
          call(DELETE_EVIDENCE, {
            fileId: (await complaintWithEvidence(world, world.other)).fileId,
          }),
        code: 'NOT_FOUND',
      },
    ],
  },
];
