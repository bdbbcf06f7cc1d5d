import { describe, expect, it } from 'vitest';
import { stepLabel } from './steps';

describe("the complaint's step buttons (docs/procedure.md, Sector settings)", () => {
  it("name the update by the organisation's word: a college's complainant (§62)", () => {
    expect(stepLabel('contactUpdate', 'complainant')).toBe('Record an update to the complainant');
    expect(stepLabel('contactUpdate')).toBe('Record an update to the customer');
  });
  it('keep the domain label for the other steps', () =>
    expect(stepLabel('escalate', 'complainant')).toBe('Escalate to stage 2'));
});
