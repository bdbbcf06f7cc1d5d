/** Improvement actions: the deadline status of an action, in calendar days. */
import { describe, expect, it } from 'vitest';
import { actionDeadlineStatus } from '../src';
import { codeOf } from './helpers';

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
