import { describe, expect, it } from 'vitest';
import { approvalNote, findingKindLabel, findingPlace, maySendBack, workflowSteps } from './labels';

describe('the workflow buttons each person sees', () => {
  it('offers communications staff "Send for review" on a draft', () => {
    expect(workflowSteps(['edit', 'submit', 'withdraw'], 'communications', true)).toEqual([
      'submit',
      'withdraw',
    ]);
  });

  it('gives a manager who did not write it the Approve button', () => {
    expect(workflowSteps(['edit', 'approve', 'withdraw'], 'manager', false)).toEqual([
      'approve',
      'withdraw',
    ]);
  });

  it('never lets the author approve their own publication', () => {
    expect(workflowSteps(['edit', 'approve', 'withdraw'], 'senior_manager', true)).toEqual([
      'withdraw',
    ]);
  });

  it('leaves approval to managers: communications staff and the administrator cannot approve', () => {
    expect(workflowSteps(['approve'], 'communications', false)).toEqual([]);
    expect(workflowSteps(['approve'], 'admin', false)).toEqual([]);
  });

  it('gives handlers and staff no workflow at all', () => {
    expect(workflowSteps(['submit', 'withdraw'], 'handler', true)).toEqual([]);
    expect(workflowSteps(['submit', 'withdraw'], 'staff', true)).toEqual([]);
  });
});

describe('personal-data findings in words', () => {
  it('names the item and the half of it, counting items from 1', () => {
    expect(findingPlace('items[1].youSaid')).toBe('Item 1, “You said”');
    expect(findingPlace('items[12].weDid')).toBe('Item 12, “We did”');
  });

  it('names the texts of the publication', () => {
    expect(findingPlace('introduction')).toBe('Introduction');
    expect(findingPlace('staffTraining')).toBe('Staff training');
  });

  it("points to the action when an action's public summary is the problem", () => {
    expect(findingPlace('actions[6f1c].publicSummary')).toMatch(/public summary of an action/);
  });

  it('says what kind of personal data it is', () => {
    expect(findingKindLabel('customer_name')).toBe("a customer's name");
    expect(findingKindLabel('postcode')).toBe('a postcode');
  });

  it("names the person by the organisation's word (docs/procedure.md, Sector settings)", () => {
    expect(findingKindLabel('customer_name', 'complainant')).toBe("a complainant's name");
    expect(findingPlace('customerExperience', 'complainant')).toBe('Complainant experience');
  });
});

describe('publication review: who approves and why not (docs/procedure.md, Reporting and publishing: review)', () => {
  it('offers no Approve to the manager who made the last change to the text', () =>
    expect(workflowSteps(['edit', 'approve', 'withdraw'], 'manager', false, true)).toEqual([
      'withdraw',
    ]));

  it('explains to the last editor why Approve is not offered', () =>
    expect(approvalNote(['approve'], 'manager', false, true)).toMatch(
      /You made the last change to the text/,
    ));

  it('explains to an author who approves publications that another manager approves it', () =>
    expect(approvalNote(['approve'], 'senior_manager', true, true)).toMatch(
      /You wrote this publication/,
    ));

  it('says nothing to a manager who may approve', () =>
    expect(approvalNote(['approve'], 'manager', false, false)).toBeNull());

  it('lets a manager who did not write it send it back, not the author', () => {
    expect(maySendBack(['sendBack'], 'manager', false)).toBe(true);
    expect(maySendBack(['sendBack'], 'manager', true)).toBe(false);
    expect(maySendBack(['sendBack'], 'communications', false)).toBe(false);
  });
});
