/** Improvement actions: verifying the effect once monitoring is over. */
import { describe, expect, it } from 'vitest';
import { codeOf } from './helpers';
import { authorised, done, inProgress, manager, owner, step } from './support/improvementActions';

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
