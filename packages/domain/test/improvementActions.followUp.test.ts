/** Improvement actions: progress updates and (re)assignment while the action is open. */
import { describe, expect, it } from 'vitest';
import { codeOf } from './helpers';
import {
  authorised,
  colleague,
  done,
  inProgress,
  manager,
  owner,
  proposed,
  step,
} from './support/improvementActions';

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
