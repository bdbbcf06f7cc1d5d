import { describe, expect, it } from 'vitest';
import {
  countByMonth,
  effectReviewDate,
  effectReviewStatus,
  MIN_RETURN_COUNT,
  recurrenceFigures,
  recurrenceWindows,
} from '../src';

// docs/procedure.md, Recurrence after an improvement action (Part 4, Learning from complaints:
// monitor the service to ensure the improvement is working)
describe('recurrence windows (Part 4, monitoring an improvement)', () => {
  it('counts whole months before and after, the completion month in neither', () => {
    const w = recurrenceWindows('2026-03-20', 3);
    expect(w.before).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(w.after).toEqual(['2026-04', '2026-05', '2026-06']);
    expect([w.from, w.to]).toEqual(['2025-12-01', '2026-06-30']);
  });

  it('refuses a window of 0 or more than 24 months (INVALID_RECURRENCE_WINDOW)', () => {
    expect(() => recurrenceWindows('2026-03-20', 0)).toThrow(/1 to 24/);
    expect(() => recurrenceWindows('2026-03-20', 25)).toThrow(/1 to 24/);
  });

  it('counts each month against the same month a year earlier', () => {
    const dates = ['2025-01-10', '2025-01-31', '2026-01-05', '2026-03-01', '2026-04-30'];
    const counts = countByMonth(dates, recurrenceWindows('2026-03-20', 3));
    expect(counts.get('2025-01')).toBe(2);
    expect(counts.get('2026-01')).toBe(1);
    expect(counts.has('2026-03')).toBe(false); // the completion month is not counted
    const f = recurrenceFigures(counts, '2026-03-20', '2026-07-01', 3);
    expect(f.monthly.find((m) => m.month === '2026-01')).toEqual({
      month: '2026-01',
      side: 'before',
      count: 1,
      yearEarlier: 2,
      complete: true,
    });
    expect([f.before, f.after, f.beforeYearEarlier]).toEqual([1, 1, 2]);
  });
});

describe('the cause came back (Part 4, monitoring an improvement)', () => {
  const months = (spec: Record<string, number>) => new Map(Object.entries(spec));

  it('a fall after the action is not a return: 4 before, 1 after', () => {
    const f = recurrenceFigures(
      months({ '2026-01': 2, '2026-02': 2, '2026-04': 1 }),
      '2026-03-10',
      '2026-07-01',
      3,
    );
    expect([f.before, f.after, f.cameBack]).toEqual([4, 1, false]);
  });

  it('more complaints a month after than before, at least MIN_RETURN_COUNT, is a return', () => {
    const f = recurrenceFigures(
      months({ '2026-01': 1, '2026-04': 2, '2026-05': 2 }),
      '2026-03-10',
      '2026-07-01',
      3,
    );
    expect(f.averageBefore).toBeCloseTo(1 / 3);
    expect(f.averageAfter).toBeCloseTo(4 / 3);
    expect(f.cameBack).toBe(true);
  });

  it('fewer than MIN_RETURN_COUNT complaints after is never a return, even from none before', () => {
    const f = recurrenceFigures(
      months({ '2026-04': MIN_RETURN_COUNT - 1 }),
      '2026-03-10',
      '2026-07-01',
      3,
    );
    expect(f.cameBack).toBe(false);
  });

  it('only ended months after the action count: a month still running is not judged', () => {
    const counts = months({ '2026-04': 3, '2026-05': 5 });
    const inMay = recurrenceFigures(counts, '2026-03-10', '2026-05-20', 3);
    expect([inMay.afterMonthsComplete, inMay.after, inMay.averageAfter]).toEqual([1, 3, 3]);
    const inApril = recurrenceFigures(counts, '2026-03-10', '2026-04-15', 3);
    expect([inApril.afterMonthsComplete, inApril.averageAfter, inApril.cameBack]).toEqual([
      0,
      null,
      false,
    ]);
  });

  it('an equal level is not a return: the average after must be above the average before', () => {
    const f = recurrenceFigures(
      months({
        '2026-01': 1,
        '2026-02': 1,
        '2025-12': 1,
        '2026-04': 1,
        '2026-05': 1,
        '2026-06': 1,
      }),
      '2026-03-10',
      '2026-07-01',
      3,
    );
    expect([f.averageBefore, f.averageAfter, f.cameBack]).toEqual([1, 1, false]);
  });
});

describe('effect reviews due and overdue (Part 4, monitoring an improvement)', () => {
  it('the review date is the end of monitoring, else six months after completion', () => {
    expect(effectReviewDate({ completedOn: '2026-03-10', monitoringUntil: '2026-05-31' })).toBe(
      '2026-05-31',
    );
    expect(effectReviewDate({ completedOn: '2026-03-10' })).toBe('2026-09-10');
    expect(effectReviewDate({ completedOn: '2025-08-31' })).toBe('2026-02-28');
  });

  it('due within 30 days, overdue after the date, flagged once overdue by over a year', () => {
    expect(effectReviewStatus('2026-06-30', '2026-05-01')).toBe('not_due');
    expect(effectReviewStatus('2026-06-30', '2026-06-01')).toBe('due_soon');
    expect(effectReviewStatus('2026-06-30', '2026-06-30')).toBe('due_soon');
    expect(effectReviewStatus('2026-06-30', '2026-07-01')).toBe('overdue');
    expect(effectReviewStatus('2026-06-30', '2027-06-30')).toBe('overdue');
    expect(effectReviewStatus('2026-06-30', '2027-07-01')).toBe('overdue_over_a_year');
  });
});
