import { describe, expect, it } from 'vitest';
import {
  DUE_SOON_WORKING_DAYS,
  dueSoonLimit,
  effectReviewDueOn,
  inWorkQueue,
  sortWorkItems,
  workItemUrgency,
  workingDaysLeft,
  workQueueKinds,
  type WorkItem,
} from '../src';
import { codeOf } from './helpers';

describe('due soon is within 2 working days (docs/procedure.md, Work queues)', () => {
  it('is 2 working days', () => expect(DUE_SOON_WORKING_DAYS).toBe(2));
  it('on Monday 2 March 2026 the limit is Wednesday 4 March', () =>
    expect(dueSoonLimit('2026-03-02')).toBe('2026-03-04'));
  it('on Friday 6 March 2026 the weekend does not count: the limit is Tuesday 10 March', () =>
    expect(dueSoonLimit('2026-03-06')).toBe('2026-03-10'));
  it('on Thursday 2 April 2026 Good Friday does not count: the limit is Tuesday 7 April', () =>
    expect(dueSoonLimit('2026-04-02')).toBe('2026-04-07'));
  it('on a Saturday, Monday and Tuesday are the 2 working days', () =>
    expect(dueSoonLimit('2026-03-07')).toBe('2026-03-10'));
  it('a closure day of the organisation does not count', () =>
    expect(dueSoonLimit('2026-03-02', { closureDays: ['2026-03-03'] })).toBe('2026-03-05'));
  it('refuses a date that is not YYYY-MM-DD', () =>
    expect(codeOf(() => dueSoonLimit('2 March'))).toBe('INVALID_DATE'));
});

describe('working days left until a due date (docs/procedure.md, Work queues)', () => {
  it('due today is 0', () => expect(workingDaysLeft('2026-03-06', '2026-03-06')).toBe(0));
  it('Friday to the next Tuesday is 2: the weekend does not count', () =>
    expect(workingDaysLeft('2026-03-06', '2026-03-10')).toBe(2));
  it('Thursday 2 April to Tuesday 7 April 2026 is 2: Good Friday does not count', () =>
    expect(workingDaysLeft('2026-04-02', '2026-04-07')).toBe(2));
  it('a Friday due date seen on the next Tuesday is 2 working days late', () =>
    expect(workingDaysLeft('2026-03-10', '2026-03-06')).toBe(-2));
  it('a Friday due date seen on Saturday is late by 0 working days but still overdue', () => {
    expect(workingDaysLeft('2026-03-07', '2026-03-06')).toBe(-0);
    expect(workItemUrgency('2026-03-07', '2026-03-06')).toBe('overdue');
  });
});

describe('urgency of an item (docs/procedure.md, Work queues)', () => {
  it.each([
    ['2026-03-05', 'overdue'],
    ['2026-03-06', 'due_today'],
    ['2026-03-10', 'due_soon'],
    ['2026-03-11', 'later'],
  ] as const)('seen on Friday 6 March 2026, an item due %s is %s', (dueOn, urgency) =>
    expect(workItemUrgency('2026-03-06', dueOn)).toBe(urgency),
  );
  it('an item without a due date has none', () =>
    expect(workItemUrgency('2026-03-06', null)).toBe('no_due_date'));
});

describe('what joins the queue (docs/procedure.md, Work queues)', () => {
  it('a stage 2 acknowledgement waits from the start, days before its day 3 (§40)', () =>
    expect(inWorkQueue('acknowledge_stage_two', '2026-03-20', '2026-03-02')).toBe(true));
  it('a response joins when due within 2 working days: day 5 on Friday seen on Wednesday (§60)', () => {
    expect(inWorkQueue('respond', '2026-03-06', '2026-03-04')).toBe(true);
    expect(inWorkQueue('respond', '2026-03-06', '2026-03-03')).toBe(false);
  });
  it('an overdue response stays in the queue', () =>
    expect(inWorkQueue('respond', '2026-03-06', '2026-04-30')).toBe(true));
  it('a §62 update joins over a bank holiday: due Tuesday 7 April, seen Thursday 2 April (§62)', () =>
    expect(inWorkQueue('stage_two_update', '2026-04-07', '2026-04-02')).toBe(true));
  it('an extension to approve waits whatever its date (§62)', () =>
    expect(inWorkQueue('approve_extension', '2026-06-30', '2026-03-02')).toBe(true));
  it('a publication to review has no due date and waits', () =>
    expect(inWorkQueue('review_publication', null, '2026-03-02')).toBe(true));
  it('an own action 3 working days away is not due soon yet (Part 4, Learning from complaints)', () =>
    expect(inWorkQueue('my_action', '2026-03-05', '2026-03-02')).toBe(false));
  it('an effect review joins on the last day of monitoring, not before (Part 4, Learning from complaints)', () => {
    expect(inWorkQueue('review_effect', '2026-04-30', '2026-04-29')).toBe(false);
    expect(inWorkQueue('review_effect', '2026-04-30', '2026-04-30')).toBe(true);
  });
});

describe('an effect review is due when monitoring ends (Part 4, Learning from complaints)', () => {
  it('the last day of monitoring', () =>
    expect(
      effectReviewDueOn({
        status: 'done',
        completedOn: '2026-03-02',
        monitoringUntil: '2026-04-30',
      }),
    ).toBe('2026-04-30'));
  it('the day it was done when no monitoring was set', () =>
    expect(
      effectReviewDueOn({ status: 'done', completedOn: '2026-03-02', monitoringUntil: null }),
    ).toBe('2026-03-02'));
  it('none for a verified action', () =>
    expect(
      effectReviewDueOn({ status: 'verified', completedOn: '2026-03-02', monitoringUntil: null }),
    ).toBeNull());
});

describe('most urgent first (docs/procedure.md, Work queues)', () => {
  const item = (kind: WorkItem['kind'], dueOn: string | null, key = 'k'): WorkItem => ({
    kind,
    dueOn,
    key,
  });
  it('the most overdue first, items without a due date last', () => {
    const sorted = sortWorkItems([
      item('review_publication', null),
      item('my_action', '2026-03-10'),
      item('respond', '2026-02-27'),
    ]);
    expect(sorted.map((i) => i.dueOn)).toEqual(['2026-02-27', '2026-03-10', null]);
  });
  it('on the same day a complaint comes before an own action, then by reference', () => {
    const sorted = sortWorkItems([
      item('my_action', '2026-03-06', 'a'),
      item('respond', '2026-03-06', 'LRN-2'),
      item('respond', '2026-03-06', 'LRN-1'),
    ]);
    expect(sorted.map((i) => `${i.kind} ${i.key}`)).toEqual([
      'respond LRN-1',
      'respond LRN-2',
      'my_action a',
    ]);
  });
});

describe('what waits for each role (docs/procedure.md, Work queues)', () => {
  it('a handler: their complaints and their actions', () =>
    expect(workQueueKinds('handler')).toEqual([
      'acknowledge_stage_two',
      'respond',
      'stage_two_update',
      'my_action',
    ]));
  it('a manager also approves extensions (§62), signs off (§65), authorises and reviews actions, reviews publications', () =>
    expect(workQueueKinds('manager')).toEqual([
      'acknowledge_stage_two',
      'respond',
      'stage_two_update',
      'approve_extension',
      'sign_off',
      'authorise_action',
      'my_action',
      'review_effect',
      'review_publication',
    ]));
  it('the administrator does not sign off (§65) or approve publications', () => {
    expect(workQueueKinds('admin')).not.toContain('sign_off');
    expect(workQueueKinds('admin')).not.toContain('review_publication');
  });
  it('an action owner: only their actions', () =>
    expect(workQueueKinds('staff')).toEqual(['my_action']));
  it('communications staff own no actions and approve nothing: an empty queue', () =>
    expect(workQueueKinds('communications')).toEqual([]));
});
