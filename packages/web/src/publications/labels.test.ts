import { describe, expect, it } from 'vitest';
import { findingKindLabel, findingPlace, workflowSteps } from './labels';

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
