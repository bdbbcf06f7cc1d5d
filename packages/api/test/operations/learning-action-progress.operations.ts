import { MANAGERS, Role } from '../../src/core/role';
import {
  PROGRESS,
  COMPLETE,
  VERIFY,
  CANCEL,
  SUMMARY,
  proposedAction,
  authorisedAction,
  doneAction,
  cancelledAction,
} from '../support/improvement-actions';
import { call, type OperationCase } from './operation-case';

/** Improvement actions carried out: progress, completion, verified effect, cancellation, public summary. */
const ALL = Object.values(Role);

export const actionProgressOperations: OperationCase[] = [
  {
    name: 'recordActionProgress',
    kind: 'mutation',
    allowed: ALL, // its owner, whatever their role, or a manager
    valid: async (world, org, as) =>
      call(PROGRESS, {
        ...(await authorisedAction(world, org, as.id)),
        note: 'Call-back rota drafted',
      }),
    invalid: [
      {
        description: 'a blank note',
        build: async (world, org) =>
          call(PROGRESS, {
            ...(await authorisedAction(world, org, org.people.staff.id)),
            note: '  ',
          }),
        code: 'BAD_USER_INPUT',
        field: 'note',
        rule: 'PROGRESS_NEEDS_NOTE',
      },
      {
        description: 'an action not yet authorised',
        build: async (world, org) =>
          call(PROGRESS, {
            ...(await proposedAction(world, org, org.people.staff.id)),
            note: 'Started',
          }),
        code: 'CONFLICT',
        rule: 'ACTION_NOT_AUTHORISED',
      },
    ],
  },
  {
    name: 'completeImprovementAction',
    kind: 'mutation',
    allowed: ALL, // its owner or a manager
    valid: async (world, org, as) =>
      call(COMPLETE, {
        ...(await authorisedAction(world, org, as.id)),
        evidence: 'Rota published on the intranet',
        monitoringUntil: '2026-05-31',
        learningShared: 'Team briefing',
      }),
    invalid: [
      {
        description: 'no evidence',
        build: async (world, org) =>
          call(COMPLETE, {
            ...(await authorisedAction(world, org, org.people.staff.id)),
            evidence: ' ',
          }),
        code: 'BAD_USER_INPUT',
        field: 'evidence',
        rule: 'COMPLETION_NEEDS_EVIDENCE',
      },
      {
        description: 'monitoring that ends before completion',
        build: async (world, org) =>
          call(COMPLETE, {
            ...(await authorisedAction(world, org, org.people.staff.id)),
            evidence: 'Done',
            monitoringUntil: '2026-03-01',
          }),
        code: 'BAD_USER_INPUT',
        field: 'monitoringUntil',
        rule: 'MONITORING_BEFORE_COMPLETION',
      },
      {
        description: 'a completion date after today',
        build: async (world, org) =>
          call(COMPLETE, {
            ...(await authorisedAction(world, org, org.people.staff.id)),
            evidence: 'Done',
            completedOn: '2026-03-03',
          }),
        code: 'BAD_USER_INPUT',
        field: 'completedOn',
        rule: 'COMPLETED_ON_IN_FUTURE',
      },
      {
        description: 'an action not yet authorised',
        build: async (world, org) =>
          call(COMPLETE, {
            ...(await proposedAction(world, org, org.people.staff.id)),
            evidence: 'Done',
          }),
        code: 'CONFLICT',
        rule: 'ACTION_NOT_AUTHORISED',
      },
    ],
  },
  {
    name: 'verifyImprovementActionEffect',
    kind: 'mutation',
    allowed: MANAGERS,
    valid: async (world, org) =>
      call(VERIFY, {
        ...(await doneAction(world, org, org.people.staff.id)),
        effectiveness: 'effective',
        note: 'No repeat complaints about call-backs',
      }),
    invalid: [
      {
        description: 'an action not done',
        build: async (world, org) =>
          call(VERIFY, {
            ...(await authorisedAction(world, org, org.people.staff.id)),
            effectiveness: 'effective',
            note: 'x',
          }),
        code: 'CONFLICT',
        rule: 'VERIFY_BEFORE_DONE',
      },
      {
        description: 'an effective finding while monitoring runs',
        build: async (world, org) =>
          call(VERIFY, {
            ...(await doneAction(world, org, org.people.staff.id, '2026-05-31')),
            effectiveness: 'effective',
            note: 'x',
          }),
        code: 'CONFLICT',
        rule: 'MONITORING_NOT_OVER',
      },
      {
        description: 'a finding without a note',
        build: async (world, org) =>
          call(VERIFY, {
            ...(await doneAction(world, org, org.people.staff.id)),
            effectiveness: 'effective',
            note: '',
          }),
        code: 'BAD_USER_INPUT',
        field: 'note',
        rule: 'EFFECT_NEEDS_NOTE',
      },
    ],
  },
  {
    name: 'cancelImprovementAction',
    kind: 'mutation',
    allowed: MANAGERS,
    valid: async (world, org) =>
      call(CANCEL, {
        ...(await authorisedAction(world, org, org.people.staff.id)),
        reason: 'Covered by the new repairs contract',
      }),
    invalid: [
      {
        description: 'no reason',
        build: async (world, org) =>
          call(CANCEL, { ...(await proposedAction(world, org, org.people.staff.id)), reason: '' }),
        code: 'BAD_USER_INPUT',
        field: 'reason',
        rule: 'CANCEL_NEEDS_REASON',
      },
      {
        description: 'a done action',
        build: async (world, org) =>
          call(CANCEL, {
            ...(await doneAction(world, org, org.people.staff.id)),
            reason: 'Changed our minds',
          }),
        code: 'CONFLICT',
        rule: 'ACTION_ALREADY_DONE',
      },
    ],
  },
  {
    name: 'updateImprovementActionSummary',
    kind: 'mutation',
    allowed: ALL, // its owner or a manager
    valid: async (world, org, as) =>
      call(SUMMARY, {
        ...(await proposedAction(world, org, as.id)),
        publicSummary: 'You said we did not call back; we now do within a day',
      }),
    invalid: [
      {
        description: 'a stale version',
        build: async (world, org) =>
          call(SUMMARY, {
            id: (await proposedAction(world, org, org.people.staff.id)).id,
            version: 3,
            publicSummary: 'x',
          }),
        code: 'CONFLICT',
        rule: 'STALE_VERSION',
      },
      {
        description: 'a cancelled action',
        build: async (world, org) =>
          call(SUMMARY, {
            ...(await cancelledAction(world, org, org.people.staff.id)),
            publicSummary: 'x',
          }),
        code: 'CONFLICT',
        rule: 'ACTION_CLOSED',
      },
      {
        description: 'a public summary over 2,000 characters',
        build: async (world, org) =>
          call(SUMMARY, {
            ...(await proposedAction(world, org, org.people.staff.id)),
            publicSummary: 'x'.repeat(2001),
          }),
        code: 'BAD_USER_INPUT',
        field: 'publicSummary',
        rule: 'maxLength',
      },
    ],
  },
];
