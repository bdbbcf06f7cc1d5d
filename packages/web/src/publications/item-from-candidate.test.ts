import { describe, expect, it } from 'vitest';
import { itemFromCandidate, unreportedFirst } from './item-from-candidate';
import type { Candidate } from './types';

const action = (over: Partial<Candidate> = {}): Candidate => ({
  id: 'a1',
  title: 'Call-back within one working day',
  publicSummary: 'We now call you back within one working day.',
  completedOn: '2026-05-14',
  serviceArea: { id: 's1', name: 'Repairs' },
  rootCauses: [{ id: 'r1', name: 'Missed call-backs' }],
  ...over,
});

describe('an item suggested from a completed improvement action', () => {
  it("takes 'we did' from the action's public summary", () => {
    expect(itemFromCandidate(action()).weDid).toBe('We now call you back within one working day.');
  });

  it("says 'you said' with the root causes and the service area", () => {
    expect(itemFromCandidate(action()).youSaid).toBe(
      'You told us about missed call-backs in Repairs.',
    );
  });

  it('joins several root causes with "and"', () => {
    const two = action({
      rootCauses: [
        { id: 'r1', name: 'Missed call-backs' },
        { id: 'r2', name: 'Wrong appointment' },
        { id: 'r3', name: 'No update' },
      ],
    });
    expect(itemFromCandidate(two).youSaid).toBe(
      'You told us about missed call-backs, wrong appointment and no update in Repairs.',
    );
  });

  it('links the item to the action', () => {
    expect(itemFromCandidate(action()).actionIds).toEqual(['a1']);
  });

  it('leaves "we did" empty to be written when the action has no public summary', () => {
    expect(itemFromCandidate(action({ publicSummary: null })).weDid).toBe('');
  });

  it('lists actions no item reports on first', () => {
    const out = unreportedFirst([{ id: 'a' }, { id: 'b' }, { id: 'c' }], new Set(['a']));
    expect(out.map((c) => [c.id, c.reported])).toEqual([
      ['b', false],
      ['c', false],
      ['a', true],
    ]);
  });
});
