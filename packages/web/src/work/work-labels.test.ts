import { describe, expect, it } from 'vitest';
import { actionLabel, countLabel, dueText } from './work-labels';

describe('work queue labels (docs/procedure.md, Work queues)', () => {
  it('counts in words, one and many', () => {
    expect(countLabel('approve_extension', 2)).toBe('2 extensions to approve');
    expect(countLabel('approve_extension', 1)).toBe('1 extension to approve');
  });
  it("names the person by the organisation's word (§62; docs/procedure.md, Sector settings)", () => {
    expect(countLabel('stage_two_update', 2, 'complainant')).toBe(
      '2 updates to the complainant due',
    );
    expect(countLabel('stage_two_update', 1)).toBe('1 update to the customer due');
    expect(actionLabel('stage_two_update', 'complainant')).toBe(
      'Update the complainant and staff (§62)',
    );
  });
  it('due dates in working days', () => {
    expect(dueText('due_soon', 2)).toBe('due in 2 working days');
    expect(dueText('due_today', 0)).toBe('due today');
    expect(dueText('overdue', -1)).toBe('overdue by 1 working day');
    expect(dueText('overdue', 0)).toBe('overdue');
    expect(dueText('no_due_date', null)).toBe('no due date');
  });
});
