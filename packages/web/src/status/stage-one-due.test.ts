import { describe, expect, it } from 'vitest';
import { stageOneDueIfReceivedAt } from './stage-one-due';

describe('the stage 1 due date shown on the dashboard (from @chp/domain)', () => {
  it('is day 5 counting the day of receipt, skipping the weekend and the St Andrew’s Day substitute', () => {
    // Thu 27 Nov 2025 = day 1; Fri 28 = 2; Mon 1 Dec is the St Andrew's Day holiday; Tue 2 = 3 … Thu 4 = 5
    expect(stageOneDueIfReceivedAt(new Date('2025-11-27T10:00:00Z'))).toBe('2025-12-04');
  });
});
