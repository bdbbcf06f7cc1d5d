import { describe, expect, it } from 'vitest';
import { orderedSteps, sortActions } from './action-list';
import type { ActionListItem } from './types';

const action = (id: string, over: Partial<ActionListItem>): ActionListItem => ({
  id,
  title: id,
  status: 'in_progress',
  targetDate: '2026-12-01',
  deadlineStatus: 'on_track',
  completedOn: null,
  owner: { id: 'o', name: 'Ross Duncan' },
  serviceArea: { id: 's', name: 'Repairs' },
  ...over,
});

describe('my actions, in the order an owner works through them', () => {
  it('puts overdue actions first, then the rest by target date, soonest first', () => {
    const sorted = sortActions([
      action('done-old', {
        status: 'done',
        deadlineStatus: 'done_on_time',
        targetDate: '2026-06-01',
      }),
      action('later', { targetDate: '2027-01-15' }),
      action('overdue-recent', { deadlineStatus: 'overdue', targetDate: '2026-11-20' }),
      action('soon', { deadlineStatus: 'due_soon', targetDate: '2026-11-30' }),
      action('overdue-old', { deadlineStatus: 'overdue', targetDate: '2026-10-01' }),
      action('done-new', {
        status: 'verified',
        deadlineStatus: 'done_late',
        targetDate: '2026-09-01',
      }),
    ]);
    expect(sorted.map((a) => a.id)).toEqual([
      'overdue-old',
      'overdue-recent',
      'done-old',
      'done-new',
      'soon',
      'later',
    ]);
  });

  it('does not change the list it was given', () => {
    const list = [
      action('b', { targetDate: '2027-01-01' }),
      action('a', { targetDate: '2026-01-01' }),
    ];
    sortActions(list);
    expect(list.map((a) => a.id)).toEqual(['b', 'a']);
  });
});

describe('the buttons on an action', () => {
  it("show the API's allowed steps in lifecycle order", () => {
    expect(orderedSteps(['cancel', 'editSummary', 'complete', 'progress'])).toEqual([
      'progress',
      'complete',
      'editSummary',
      'cancel',
    ]);
    expect(orderedSteps([])).toEqual([]);
  });
});
