import { describe, expect, it } from 'vitest';
import { monthLabel, recurrenceSentence, type Recurrence } from './recurrence-text';

// docs/procedure.md, Recurrence after an improvement action (Part 4, monitoring an improvement)
const figures = (over: Partial<Recurrence>): Recurrence => ({
  completedOn: '2026-03-16',
  months: 6,
  beforeFrom: '2025-09-01',
  beforeTo: '2026-02-28',
  afterFrom: '2026-04-01',
  afterTo: '2026-09-30',
  before: 1,
  after: 4,
  beforeYearEarlier: 0,
  afterYearEarlier: 1,
  afterMonthsComplete: 2,
  averageBefore: 1 / 6,
  averageAfter: 2,
  cameBack: true,
  monthly: [],
  ...over,
});

describe('the recurrence figures in words (Part 4, monitoring an improvement)', () => {
  it('says both averages and that the cause came back', () => {
    expect(recurrenceSentence(figures({}))).toBe(
      '1 complaint in the 6 months before (0.2 a month); 4 complaints in the 2 months after that have ended (2.0 a month). The cause came back above its level before the action.',
    );
  });

  it('says when no month after the action has ended yet', () => {
    expect(
      recurrenceSentence(
        figures({ afterMonthsComplete: 0, after: 0, averageAfter: null, cameBack: false }),
      ),
    ).toBe(
      '1 complaint in the 6 months before (0.2 a month); no month after the action has ended yet.',
    );
  });

  it('names months in words', () => {
    expect(monthLabel('2026-04')).toBe('Apr 2026');
  });
});
