/** Improvement actions: cancelling, and what a verified or cancelled action still allows. */
import { describe, expect, it } from 'vitest';
import type { ActionStep } from '../src';
import { codeOf } from './helpers';
import {
  authorised,
  done,
  inProgress,
  manager,
  owner,
  proposed,
  step,
} from './support/improvementActions';

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
});
