import { describe, expect, it } from 'vitest';
import {
  financialQuarterKey,
  financialQuarterKeyLabel,
  isChpRuleError,
  previousFinancialQuarterKey,
  previousPeriod,
  resolvePeriod,
} from '../src';

/** Quarters of the organisation's financial year (docs/procedure.md, Reporting and publishing). */
describe('financial quarters follow the organisation’s financial year', () => {
  it("a January-start organisation's Q1 is January to March", () =>
    expect(resolvePeriod({ financialQuarter: 'FY2026-Q1', financialYearStartMonth: 1 })).toEqual({
      kind: 'financialQuarter',
      from: '2026-01-01',
      to: '2026-03-31',
      label: '2026 Q1',
      startMonth: 1,
    }));

  it("an April-start organisation's FY2026-Q4 is January to March 2027", () =>
    expect(resolvePeriod({ financialQuarter: 'FY2026-Q4', financialYearStartMonth: 4 })).toEqual({
      kind: 'financialQuarter',
      from: '2027-01-01',
      to: '2027-03-31',
      label: '2026/27 Q4',
      startMonth: 4,
    }));

  it('a financial quarter takes April as the start when none is given', () =>
    expect(resolvePeriod({ financialQuarter: 'FY2026-Q1' })).toMatchObject({
      from: '2026-04-01',
      to: '2026-06-30',
    }));

  it('a financial year follows the start month: August 2026 to July 2027', () =>
    expect(resolvePeriod({ financialYear: 2026, financialYearStartMonth: 8 })).toMatchObject({
      kind: 'financialYear',
      from: '2026-08-01',
      to: '2027-07-31',
      label: '2026/27',
    }));

  it('the quarter before Q1 is Q4 of the year before, in the same financial year', () =>
    expect(
      previousPeriod(resolvePeriod({ financialQuarter: 'FY2026-Q1', financialYearStartMonth: 8 })),
    ).toMatchObject({ from: '2026-05-01', to: '2026-07-31', label: '2025/26 Q4' }));

  it('calendar quarter keys are still calendar quarters', () =>
    expect(resolvePeriod({ quarter: '2026-Q2', financialYearStartMonth: 8 })).toMatchObject({
      kind: 'quarter',
      from: '2026-04-01',
      to: '2026-06-30',
    }));

  it('refuses a financial quarter key that is not FY<year>-Q<1-4>', () => {
    let error: unknown;
    try {
      resolvePeriod({ financialQuarter: '2026-Q1' });
    } catch (e) {
      error = e;
    }
    expect(isChpRuleError(error) && error.details).toEqual({
      field: 'period.financialQuarter',
      rule: 'matches',
    });
  });

  it('keys a date by its financial quarter: 31 Mar 2027 is FY2026-Q4 with April, FY2027-Q1 with January', () => {
    expect(financialQuarterKey('2027-03-31', 4)).toBe('FY2026-Q4');
    expect(financialQuarterKey('2027-03-31', 1)).toBe('FY2027-Q1');
  });

  it('steps back a quarter and names the key', () => {
    expect(previousFinancialQuarterKey('FY2026-Q1')).toBe('FY2025-Q4');
    expect(previousFinancialQuarterKey('FY2026-Q3')).toBe('FY2026-Q2');
    expect(financialQuarterKeyLabel('FY2026-Q4', 4)).toBe('2026/27 Q4');
    expect(financialQuarterKeyLabel('FY2026-Q4', 1)).toBe('2026 Q4');
  });
});
