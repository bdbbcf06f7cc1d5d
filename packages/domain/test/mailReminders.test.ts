import { describe, expect, it } from 'vitest';
import {
  HANDLER_REMINDER_LEAD_DAYS,
  actionReminderDue,
  deadlineReminderDue,
  checkSendingHours,
  inSendingHours,
  nextSendingInstant,
  reminderDay,
} from '../src';
import { codeOf } from './helpers';

// docs/procedure.md, Reminders and e-mail
describe('action owner reminders: N working days before, on the day, weekly while overdue', () => {
  // target Monday 16 March 2026; 5 working days before is Monday 9 March
  it('the first reminder is 5 working days before the target date', () =>
    expect(actionReminderDue('2026-03-16', '2026-03-09', 5)).toEqual({
      reason: 'action_due_soon',
      day: '2026-03-09',
    }));
  it('nothing is due before the lead reminder', () =>
    expect(actionReminderDue('2026-03-16', '2026-03-06', 5)).toBeNull());
  it('a run that missed the lead day still owes the same reminder, keyed by its day', () =>
    expect(actionReminderDue('2026-03-16', '2026-03-11', 5)).toEqual({
      reason: 'action_due_soon',
      day: '2026-03-09',
    }));
  it('the lead days count working days: Good Friday is skipped', () =>
    // target Thu 9 April 2026; back 5 working days: 8, 7, 6 April, (Good Friday 3 April skipped), 2, 1 April
    expect(actionReminderDue('2026-04-09', '2026-04-01', 5)).toEqual({
      reason: 'action_due_soon',
      day: '2026-04-01',
    }));
  it('on the target date the owner is reminded that it is due today', () =>
    expect(actionReminderDue('2026-03-16', '2026-03-16', 5)).toEqual({
      reason: 'action_due_today',
      day: '2026-03-16',
    }));
  it("a target date on St Andrew's Day is reminded on the next working day", () =>
    // 30 November 2026 is a Monday, a Scottish bank holiday
    expect(actionReminderDue('2026-11-30', '2026-12-01', 5)).toEqual({
      reason: 'action_due_today',
      day: '2026-12-01',
    }));
  it("nothing is sent on St Andrew's Day itself", () =>
    expect(actionReminderDue('2026-11-30', '2026-11-30', 5)).toEqual({
      reason: 'action_due_soon',
      day: '2026-11-23',
    }));
  it('while overdue the owner is reminded every 7 days', () => {
    expect(actionReminderDue('2026-03-16', '2026-03-20', 5)).toEqual({
      reason: 'action_due_today',
      day: '2026-03-16',
    });
    expect(actionReminderDue('2026-03-16', '2026-03-23', 5)).toEqual({
      reason: 'action_overdue',
      day: '2026-03-23',
    });
    expect(actionReminderDue('2026-03-16', '2026-04-01', 5)).toEqual({
      reason: 'action_overdue',
      day: '2026-03-30',
    });
  });
  it('a weekly overdue reminder falling on a bank holiday waits for the next working day', () => {
    // target Fri 27 March 2026: a week later is Good Friday 3 April
    expect(actionReminderDue('2026-03-27', '2026-04-03', 5)).toEqual({
      reason: 'action_due_today',
      day: '2026-03-27',
    });
    expect(actionReminderDue('2026-03-27', '2026-04-06', 5)).toEqual({
      reason: 'action_overdue',
      day: '2026-04-06',
    });
  });
  it('with no lead days only the on-the-day and overdue reminders are sent', () =>
    expect(actionReminderDue('2026-03-16', '2026-03-13', 0)).toBeNull());
  it('a closure day also delays a reminder', () =>
    expect(reminderDay('2026-03-16', { closureDays: ['2026-03-16'] })).toBe('2026-03-17'));
});

describe("handlers' reminders before a complaint's deadline (Appendix 1 §2, §7; §62)", () => {
  it('a handler is reminded 2 working days before a stage 1 response is due on day 5', () =>
    // received Monday 2 March 2026: day 5 is Friday 6 March
    expect(deadlineReminderDue('2026-03-06', '2026-03-04', HANDLER_REMINDER_LEAD_DAYS)).toEqual({
      reason: 'due_soon',
      day: '2026-03-04',
    }));
  it('and on the day the response is due', () =>
    expect(deadlineReminderDue('2026-03-06', '2026-03-06', HANDLER_REMINDER_LEAD_DAYS)).toEqual({
      reason: 'due_today',
      day: '2026-03-06',
    }));
  it('a missed deadline is reminded weekly, on the next working day when the week falls on a holiday', () =>
    // due Friday 27 March 2026; a week later is Good Friday 3 April
    expect(deadlineReminderDue('2026-03-27', '2026-04-06', HANDLER_REMINDER_LEAD_DAYS)).toEqual({
      reason: 'overdue',
      day: '2026-04-06',
    }));
});

describe('mail is sent only on working days between the sending hours (Europe/London)', () => {
  const hours = { from: '08:00', until: '18:00' };
  it('inside the hours of a working day mail goes now', () =>
    expect(nextSendingInstant('2026-03-16T10:15:00Z', hours)).toBe('2026-03-16T10:15:00.000Z'));
  it('before the hours mail waits for their start that day', () =>
    expect(nextSendingInstant('2026-03-16T06:00:00Z', hours)).toBe('2026-03-16T08:00:00.000Z'));
  it('after the hours mail waits for the next working day', () =>
    expect(nextSendingInstant('2026-03-16T18:00:00Z', hours)).toBe('2026-03-17T08:00:00.000Z'));
  it('the hours are London time: 08:00 BST is 07:00 UTC', () =>
    expect(nextSendingInstant('2026-07-01T05:00:00Z', hours)).toBe('2026-07-01T07:00:00.000Z'));
  it("mail falling on St Andrew's Day waits for the next working day", () =>
    expect(nextSendingInstant('2026-11-30T10:00:00Z', hours)).toBe('2026-12-01T08:00:00.000Z'));
  it('mail written on a Friday evening goes on Monday morning', () =>
    expect(nextSendingInstant('2026-03-20T19:30:00Z', hours)).toBe('2026-03-23T08:00:00.000Z'));
  it('inSendingHours is false on a weekend', () =>
    expect(inSendingHours('2026-03-21T10:00:00Z', hours)).toBe(false));
  it('the hours must start before they end', () =>
    expect(codeOf(() => checkSendingHours({ from: '18:00', until: '08:00' }))).toBe(
      'SENDING_HOURS_ORDER',
    ));
});
