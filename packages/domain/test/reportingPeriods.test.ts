import { describe, expect, it } from 'vitest';
import {
  financialYearPeriod,
  isChpRuleError,
  previousPeriod,
  previousPeriods,
  quarterPeriod,
  rangePeriod,
  resolvePeriod,
  yearPeriod,
  type PeriodSpec,
} from '../src';

function refusal(spec: PeriodSpec): unknown {
  try {
    resolvePeriod(spec);
  } catch (e) {
    if (isChpRuleError(e, 'INVALID_PERIOD')) return e.details;
    throw e;
  }
  return null;
}

describe('reporting periods', () => {
  it('2026 Q3 runs from 1 Jul to 30 Sep 2026', () =>
    expect(quarterPeriod(2026, 3)).toEqual({
      kind: 'quarter',
      from: '2026-07-01',
      to: '2026-09-30',
      label: '2026 Q3',
    }));
  it('financial year 2025/26 runs from 1 Apr 2025 to 31 Mar 2026', () =>
    expect(financialYearPeriod(2025)).toEqual({
      kind: 'financialYear',
      from: '2025-04-01',
      to: '2026-03-31',
      label: '2025/26',
      startMonth: 4,
    }));
  it('financial year 1999/00 is labelled with two digits', () =>
    expect(financialYearPeriod(1999).label).toBe('1999/00'));
  it('the year before 2026 is 2025', () =>
    expect(previousPeriod(yearPeriod(2026)).label).toBe('2025'));
  it('the quarter before 2026 Q1 is 2025 Q4', () =>
    expect(previousPeriod(quarterPeriod(2026, 1)).label).toBe('2025 Q4'));
  it('the range before 10–19 Mar 2026 is the ten days 28 Feb–9 Mar 2026', () =>
    expect(previousPeriod(rangePeriod('2026-03-10', '2026-03-19'))).toMatchObject({
      from: '2026-02-28',
      to: '2026-03-09',
    }));
  it('a range of one day is labelled with that day', () =>
    expect(rangePeriod('2026-11-22', '2026-11-22').label).toBe('22 Nov 2026'));
  it('three quarters before 2026 Q2 are Q1, 2025 Q4, 2025 Q3', () =>
    expect(previousPeriods(quarterPeriod(2026, 2), 3).map((p) => p.label)).toEqual([
      '2026 Q1',
      '2025 Q4',
      '2025 Q3',
    ]));
  it("'2026-Q2' names 1 Apr to 30 Jun 2026", () =>
    expect(resolvePeriod({ quarter: '2026-Q2' })).toMatchObject({
      from: '2026-04-01',
      to: '2026-06-30',
    }));
  it('a spec naming both a quarter and a year is refused (exactlyOne)', () =>
    expect(refusal({ quarter: '2026-Q2', year: 2026 })).toEqual({
      field: 'period',
      rule: 'exactlyOne',
    }));
  it("'2026-Q5' is refused on period.quarter (matches)", () =>
    expect(refusal({ quarter: '2026-Q5' })).toEqual({ field: 'period.quarter', rule: 'matches' }));
  it('year 1989 is out of range', () =>
    expect(refusal({ year: 1989 })).toEqual({ field: 'period.year', rule: 'yearInRange' }));
  it('a range ending before it starts is refused on period.to', () =>
    expect(refusal({ from: '2026-03-10', to: '2026-03-09' })).toEqual({
      field: 'period.to',
      rule: 'notBeforeFrom',
    }));
  it('a range without its end is refused on period.to (required)', () =>
    expect(refusal({ from: '2026-03-10' })).toEqual({ field: 'period.to', rule: 'required' }));
});
