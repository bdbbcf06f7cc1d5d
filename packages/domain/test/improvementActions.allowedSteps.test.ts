/** Improvement actions: the steps each person may take (allowedActionSteps). */
import { describe, expect, it } from 'vitest';
import { allowedActionSteps } from '../src';
import {
  authorised,
  colleague,
  done,
  inProgress,
  manager,
  owner,
} from './support/improvementActions';

describe('learning: the steps open to each person (allowedActionSteps)', () => {
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
