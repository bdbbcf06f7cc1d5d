/** Improvement actions: completion, its evidence, dates and monitoring period. */
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
