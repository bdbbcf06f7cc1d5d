import { describe, expect, it } from 'vitest';
import {
  actionDeadlineStatus,
  allowedActionSteps,
  applyActionStep,
  proposeAction,
  type ActionActor,
  type ActionRecord,
  type ActionStep,
} from '../src';
import { codeOf } from './helpers';

const owner: ActionActor = { personId: 'owner-1', isManager: false };
const colleague: ActionActor = { personId: 'staff-2', isManager: false };
const manager: ActionActor = { personId: 'manager-1', isManager: true };

const proposed = proposeAction({ ownerId: 'owner-1', targetDate: '2026-04-30' }, '2026-03-02');
const step = (action: ActionRecord, s: ActionStep, actor: ActionActor, today: string) =>
  applyActionStep(action, s, actor, today);
const authorised = step(proposed, { type: 'authorise' }, manager, '2026-03-03');
const inProgress = step(
  authorised,
  { type: 'progress', note: 'Drafted the new repairs leaflet' },
  owner,
  '2026-03-10',
);
const done = step(
  inProgress,
  {
    type: 'complete',
    evidence: 'Leaflet issued to all tenants',
    completedOn: '2026-04-20',
    monitoringUntil: '2026-07-31',
  },
  owner,
  '2026-04-20',
);

describe('learning: proposing an improvement action (Part 4, Learning from complaints)', () => {
  it('a proposal has an owner and a target date and starts as proposed', () =>
    expect(proposed).toMatchObject({
      status: 'proposed',
      ownerId: 'owner-1',
      targetDate: '2026-04-30',
      authorisedById: null,
    }));
  it('a target date of today is accepted', () =>
    expect(proposeAction({ ownerId: 'o', targetDate: '2026-03-02' }, '2026-03-02').status).toBe(
      'proposed',
    ));
  it('a target date before today is TARGET_DATE_IN_PAST', () =>
    expect(
      codeOf(() => proposeAction({ ownerId: 'o', targetDate: '2026-03-01' }, '2026-03-02')),
    ).toBe('TARGET_DATE_IN_PAST'));
  it('a proposal without an owner is ACTION_NEEDS_OWNER', () =>
    expect(
      codeOf(() => proposeAction({ ownerId: ' ', targetDate: '2026-04-30' }, '2026-03-02')),
    ).toBe('ACTION_NEEDS_OWNER'));
  it('a target date that does not exist is INVALID_DATE', () =>
    expect(
      codeOf(() => proposeAction({ ownerId: 'o', targetDate: '2026-02-30' }, '2026-01-02')),
    ).toBe('INVALID_DATE'));
  it('the rule error names the field for the API', () => {
    try {
      proposeAction({ ownerId: 'o', targetDate: '2026-03-01' }, '2026-03-02');
    } catch (e) {
      expect((e as { details: unknown }).details).toEqual({ field: 'targetDate' });
    }
  });
});

describe('learning: authorisation by an appropriate manager', () => {
  it('a manager authorises a proposed action, recording who and when', () =>
    expect(authorised).toMatchObject({
      status: 'authorised',
      authorisedById: 'manager-1',
      authorisedOn: '2026-03-03',
    }));
  it('someone who is not a manager cannot authorise: AUTHORISER_NOT_MANAGER', () =>
    expect(codeOf(() => step(proposed, { type: 'authorise' }, owner, '2026-03-03'))).toBe(
      'AUTHORISER_NOT_MANAGER',
    ));
  it('an action is authorised once: ACTION_ALREADY_AUTHORISED', () =>
    expect(codeOf(() => step(authorised, { type: 'authorise' }, manager, '2026-03-04'))).toBe(
      'ACTION_ALREADY_AUTHORISED',
    ));
  it('an action in progress is already authorised', () =>
    expect(codeOf(() => step(inProgress, { type: 'authorise' }, manager, '2026-03-11'))).toBe(
      'ACTION_ALREADY_AUTHORISED',
    ));
});

describe('learning: the owner follows up until the action is done', () => {
  it('no work is recorded before authorisation: ACTION_NOT_AUTHORISED', () =>
    expect(
      codeOf(() =>
        step(proposed, { type: 'progress', note: 'Started early' }, owner, '2026-03-03'),
      ),
    ).toBe('ACTION_NOT_AUTHORISED'));
  it('the first progress update moves an authorised action to in_progress', () =>
    expect(inProgress.status).toBe('in_progress'));
  it('later updates leave it in progress', () =>
    expect(
      step(inProgress, { type: 'progress', note: 'Printer booked' }, owner, '2026-03-12').status,
    ).toBe('in_progress'));
  it('a manager may record progress on an action they do not own', () =>
    expect(
      step(authorised, { type: 'progress', note: 'Chased the owner' }, manager, '2026-03-12')
        .status,
    ).toBe('in_progress'));
  it('another member of staff may not: NOT_ACTION_OWNER', () =>
    expect(
      codeOf(() => step(authorised, { type: 'progress', note: 'x' }, colleague, '2026-03-12')),
    ).toBe('NOT_ACTION_OWNER'));
  it('a progress update says what was done: PROGRESS_NEEDS_NOTE', () =>
    expect(
      codeOf(() => step(authorised, { type: 'progress', note: '  ' }, owner, '2026-03-12')),
    ).toBe('PROGRESS_NEEDS_NOTE'));
  it('notes during monitoring are accepted and the action stays done', () =>
    expect(
      step(done, { type: 'progress', note: 'No repeat complaints in May' }, owner, '2026-05-31')
        .status,
    ).toBe('done'));
  it('a manager may reassign and re-target an open action', () =>
    expect(
      step(
        inProgress,
        { type: 'assign', ownerId: 'staff-2', targetDate: '2026-05-15' },
        manager,
        '2026-03-12',
      ),
    ).toMatchObject({ ownerId: 'staff-2', targetDate: '2026-05-15' }));
  it('re-targeting to a date before today is TARGET_DATE_IN_PAST', () =>
    expect(
      codeOf(() =>
        step(
          inProgress,
          { type: 'assign', ownerId: 'owner-1', targetDate: '2026-03-11' },
          manager,
          '2026-03-12',
        ),
      ),
    ).toBe('TARGET_DATE_IN_PAST'));
  it('reassigning an overdue action keeps its (past) target date', () =>
    expect(
      step(inProgress, { type: 'assign', ownerId: 'staff-2' }, manager, '2026-05-12').targetDate,
    ).toBe('2026-04-30'));
  it('only a manager assigns: MANAGER_REQUIRED', () =>
    expect(
      codeOf(() => step(inProgress, { type: 'assign', ownerId: 'owner-1' }, owner, '2026-03-12')),
    ).toBe('MANAGER_REQUIRED'));
  it('a done action is not reassigned: ACTION_ALREADY_DONE', () =>
    expect(
      codeOf(() => step(done, { type: 'assign', ownerId: 'staff-2' }, manager, '2026-04-21')),
    ).toBe('ACTION_ALREADY_DONE'));
});

describe('learning: completion needs evidence', () => {
  it('done records the completion date, the evidence and the monitoring period', () =>
    expect(done).toMatchObject({
      status: 'done',
      completedOn: '2026-04-20',
      completionEvidence: 'Leaflet issued to all tenants',
      monitoringUntil: '2026-07-31',
    }));
  it('the completion date defaults to today', () =>
    expect(
      step(authorised, { type: 'complete', evidence: 'Done' }, owner, '2026-03-20').completedOn,
    ).toBe('2026-03-20'));
  it('an authorised action can be completed without progress updates', () =>
    expect(
      step(authorised, { type: 'complete', evidence: 'Done' }, owner, '2026-03-20').status,
    ).toBe('done'));
  it('completing without evidence is COMPLETION_NEEDS_EVIDENCE', () =>
    expect(
      codeOf(() => step(inProgress, { type: 'complete', evidence: ' ' }, owner, '2026-04-20')),
    ).toBe('COMPLETION_NEEDS_EVIDENCE'));
  it('a proposed action cannot be completed: ACTION_NOT_AUTHORISED', () =>
    expect(
      codeOf(() => step(proposed, { type: 'complete', evidence: 'Done' }, manager, '2026-04-20')),
    ).toBe('ACTION_NOT_AUTHORISED'));
  it('a completion date after today is COMPLETED_ON_IN_FUTURE', () =>
    expect(
      codeOf(() =>
        step(
          inProgress,
          { type: 'complete', evidence: 'Done', completedOn: '2026-04-21' },
          owner,
          '2026-04-20',
        ),
      ),
    ).toBe('COMPLETED_ON_IN_FUTURE'));
  it('a completion date before authorisation is COMPLETED_BEFORE_AUTHORISED', () =>
    expect(
      codeOf(() =>
        step(
          inProgress,
          { type: 'complete', evidence: 'Done', completedOn: '2026-03-02' },
          owner,
          '2026-04-20',
        ),
      ),
    ).toBe('COMPLETED_BEFORE_AUTHORISED'));
  it('monitoring ending before completion is MONITORING_BEFORE_COMPLETION', () =>
    expect(
      codeOf(() =>
        step(
          inProgress,
          {
            type: 'complete',
            evidence: 'Done',
            completedOn: '2026-04-20',
            monitoringUntil: '2026-04-19',
          },
          owner,
          '2026-04-20',
        ),
      ),
    ).toBe('MONITORING_BEFORE_COMPLETION'));
  it('a done action is done once: ACTION_ALREADY_DONE', () =>
    expect(
      codeOf(() => step(done, { type: 'complete', evidence: 'Again' }, owner, '2026-04-21')),
    ).toBe('ACTION_ALREADY_DONE'));
  it('another member of staff cannot complete it: NOT_ACTION_OWNER', () =>
    expect(
      codeOf(() =>
        step(inProgress, { type: 'complete', evidence: 'Done' }, colleague, '2026-04-20'),
      ),
    ).toBe('NOT_ACTION_OWNER'));
  it('how learning was shared is kept with the completion', () =>
    expect(
      step(
        inProgress,
        { type: 'complete', evidence: 'Done', learningShared: 'Team briefing 14 April' },
        owner,
        '2026-04-20',
      ).learningShared,
    ).toBe('Team briefing 14 April'));
});

describe('learning: the effect is verified after monitoring', () => {
  it('a manager verifies on the last day of monitoring', () =>
    expect(
      step(
        done,
        { type: 'verify', effectiveness: 'effective', note: 'No repeat complaints' },
        manager,
        '2026-07-31',
      ),
    ).toMatchObject({
      status: 'verified',
      effectiveness: 'effective',
      effectivenessNote: 'No repeat complaints',
      verifiedOn: '2026-07-31',
    }));
  it('an effective finding before monitoring is over is MONITORING_NOT_OVER', () =>
    expect(
      codeOf(() =>
        step(
          done,
          { type: 'verify', effectiveness: 'effective', note: 'Looks good' },
          manager,
          '2026-07-30',
        ),
      ),
    ).toBe('MONITORING_NOT_OVER'));
  it('a partly effective finding also waits for the end of monitoring', () =>
    expect(
      codeOf(() =>
        step(
          done,
          { type: 'verify', effectiveness: 'partly_effective', note: 'Fewer' },
          manager,
          '2026-06-01',
        ),
      ),
    ).toBe('MONITORING_NOT_OVER'));
  it('a not-effective finding may end monitoring early (the issue recurred)', () =>
    expect(
      step(
        done,
        { type: 'verify', effectiveness: 'not_effective', note: 'Two repeat complaints in May' },
        manager,
        '2026-05-31',
      ).status,
    ).toBe('verified'));
  it('an action done without monitoring can be verified at once', () =>
    expect(
      step(
        step(authorised, { type: 'complete', evidence: 'Done' }, owner, '2026-03-20'),
        { type: 'verify', effectiveness: 'effective', note: 'Checked' },
        manager,
        '2026-03-20',
      ).status,
    ).toBe('verified'));
  it('verifying an action that is not done is VERIFY_BEFORE_DONE', () =>
    expect(
      codeOf(() =>
        step(
          inProgress,
          { type: 'verify', effectiveness: 'effective', note: 'x' },
          manager,
          '2026-08-01',
        ),
      ),
    ).toBe('VERIFY_BEFORE_DONE'));
  it('the owner cannot verify their own action: MANAGER_REQUIRED', () =>
    expect(
      codeOf(() =>
        step(done, { type: 'verify', effectiveness: 'effective', note: 'x' }, owner, '2026-08-01'),
      ),
    ).toBe('MANAGER_REQUIRED'));
  it('a finding says what monitoring found: EFFECT_NEEDS_NOTE', () =>
    expect(
      codeOf(() =>
        step(done, { type: 'verify', effectiveness: 'effective', note: '' }, manager, '2026-08-01'),
      ),
    ).toBe('EFFECT_NEEDS_NOTE'));
  it('an unknown finding is INVALID_EFFECTIVENESS', () =>
    expect(
      codeOf(() =>
        step(
          done,
          { type: 'verify', effectiveness: 'great' as never, note: 'x' },
          manager,
          '2026-08-01',
        ),
      ),
    ).toBe('INVALID_EFFECTIVENESS'));
});

describe('learning: cancelling and closed actions', () => {
  const verified = step(
    done,
    { type: 'verify', effectiveness: 'effective', note: 'ok' },
    manager,
    '2026-08-01',
  );
  const cancelled = step(
    authorised,
    { type: 'cancel', reason: 'Superseded by the new repairs contract' },
    manager,
    '2026-03-05',
  );
  it('a manager cancels an open action with a reason', () =>
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      cancelledReason: 'Superseded by the new repairs contract',
    }));
  it('a proposed action can be cancelled', () =>
    expect(
      step(proposed, { type: 'cancel', reason: 'Not needed' }, manager, '2026-03-05').status,
    ).toBe('cancelled'));
  it('cancelling without a reason is CANCEL_NEEDS_REASON', () =>
    expect(
      codeOf(() => step(inProgress, { type: 'cancel', reason: '' }, manager, '2026-03-12')),
    ).toBe('CANCEL_NEEDS_REASON'));
  it('a done action is verified, not cancelled: ACTION_ALREADY_DONE', () =>
    expect(codeOf(() => step(done, { type: 'cancel', reason: 'x' }, manager, '2026-04-21'))).toBe(
      'ACTION_ALREADY_DONE',
    ));
  it('the owner cannot cancel: MANAGER_REQUIRED', () =>
    expect(
      codeOf(() => step(inProgress, { type: 'cancel', reason: 'x' }, owner, '2026-03-12')),
    ).toBe('MANAGER_REQUIRED'));
  for (const [name, closed] of [
    ['verified', verified],
    ['cancelled', cancelled],
  ] as const) {
    for (const s of [
      { type: 'authorise' },
      { type: 'assign', ownerId: 'x' },
      { type: 'progress', note: 'x' },
      { type: 'complete', evidence: 'x' },
      { type: 'verify', effectiveness: 'effective', note: 'x' },
      { type: 'cancel', reason: 'x' },
    ] as ActionStep[]) {
      it(`no ${s.type} after ${name}: ACTION_CLOSED`, () =>
        expect(codeOf(() => step(closed, s, manager, '2026-09-01'))).toBe('ACTION_CLOSED'));
    }
  }
  it('the public summary of a verified action can still be edited (you said, we did)', () =>
    expect(codeOf(() => step(verified, { type: 'editSummary' }, owner, '2026-09-01'))).toBe(
      'NO_ERROR',
    ));
  it('a cancelled action has nothing to publish: ACTION_CLOSED', () =>
    expect(codeOf(() => step(cancelled, { type: 'editSummary' }, manager, '2026-09-01'))).toBe(
      'ACTION_CLOSED',
    ));
  it('an unknown step is UNKNOWN_ACTION_STEP', () =>
    expect(codeOf(() => step(proposed, { type: 'reopen' } as never, manager, '2026-03-05'))).toBe(
      'UNKNOWN_ACTION_STEP',
    ));
  it('an unknown status is INVALID_ACTION_STATUS', () =>
    expect(
      codeOf(() =>
        step(
          { ...proposed, status: 'parked' as never },
          { type: 'authorise' },
          manager,
          '2026-03-05',
        ),
      ),
    ).toBe('INVALID_ACTION_STATUS'));
  it('the steps open to the owner of an authorised action', () =>
    expect(allowedActionSteps(authorised, owner, '2026-03-05')).toEqual([
      'progress',
      'complete',
      'editSummary',
    ]));
  it('the steps open to a manager on a done action still being monitored', () =>
    expect(allowedActionSteps(done, manager, '2026-05-01')).toEqual(['progress', 'editSummary']));
  it('the steps open to a manager once monitoring is over', () =>
    expect(allowedActionSteps(done, manager, '2026-08-01')).toEqual([
      'progress',
      'verify',
      'editSummary',
    ]));
  it('a colleague who does not own the action can take no step', () =>
    expect(allowedActionSteps(inProgress, colleague, '2026-03-12')).toEqual([]));
});

describe('learning: deadline status of an action (calendar days)', () => {
  const open = (targetDate: string) => ({
    status: 'in_progress' as const,
    targetDate,
    completedOn: null,
  });
  it('more than 14 calendar days before the target is on track', () =>
    expect(actionDeadlineStatus(open('2026-03-31'), '2026-03-16')).toBe('on_track'));
  it('14 calendar days before the target is due soon (weekends count)', () =>
    expect(actionDeadlineStatus(open('2026-03-31'), '2026-03-17')).toBe('due_soon'));
  it('the target date itself is due soon', () =>
    expect(actionDeadlineStatus(open('2026-03-31'), '2026-03-31')).toBe('due_soon'));
  it('the day after the target date is overdue', () =>
    expect(actionDeadlineStatus(open('2026-03-31'), '2026-04-01')).toBe('overdue'));
  it('a proposed action not yet authorised can be overdue too', () =>
    expect(
      actionDeadlineStatus({ status: 'proposed', targetDate: '2026-03-31' }, '2026-04-01'),
    ).toBe('overdue'));
  it('the due-soon window is a parameter', () =>
    expect(actionDeadlineStatus(open('2026-03-31'), '2026-03-24', { dueSoonDays: 7 })).toBe(
      'due_soon',
    ));
  it('done on the target date is done on time', () =>
    expect(
      actionDeadlineStatus(
        { status: 'done', targetDate: '2026-03-31', completedOn: '2026-03-31' },
        '2026-06-01',
      ),
    ).toBe('done_on_time'));
  it('done after the target date is done late, and stays so when verified', () =>
    expect(
      actionDeadlineStatus(
        { status: 'verified', targetDate: '2026-03-31', completedOn: '2026-04-01' },
        '2026-06-01',
      ),
    ).toBe('done_late'));
  it('a cancelled action has no deadline', () =>
    expect(
      actionDeadlineStatus({ status: 'cancelled', targetDate: '2026-03-31' }, '2026-06-01'),
    ).toBe('cancelled'));
  it('a negative window is INVALID_NUMBER', () =>
    expect(
      codeOf(() => actionDeadlineStatus(open('2026-03-31'), '2026-03-01', { dueSoonDays: -1 })),
    ).toBe('INVALID_NUMBER'));
  it('a done action without a completion date is INVALID_ACTION', () =>
    expect(
      codeOf(() =>
        actionDeadlineStatus({ status: 'done', targetDate: '2026-03-31' }, '2026-03-01'),
      ),
    ).toBe('INVALID_ACTION'));
});
