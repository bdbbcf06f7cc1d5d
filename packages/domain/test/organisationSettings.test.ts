import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FINANCIAL_YEAR_START_MONTH,
  defaultPersonTerm,
  financialQuarterOf,
  financialYearDates,
  financialYearName,
  spsoRecommendedWording,
  TRIBUNAL_DEFAULT_WORDING,
} from '../src';

describe("the SPSO's recommended wording (§75)", () => {
  const text = spsoRecommendedWording({ organisationName: 'Clyde Homes', sector: 'housing' });
  it('fills in the organisation and its sector where the model leaves them (§75)', () => {
    expect(text).toContain('This includes complaints about housing associations.');
    expect(text).toContain('a final response from Clyde Homes, you can ask the SPSO');
    expect(text).toContain('through the Clyde Homes Complaints Handling Procedure');
    expect(text).not.toMatch(/\[|\]/);
  });
  it('states the 12-month time limit and the court exclusion (§75)', () => {
    expect(text).toContain(
      'it is less than 12 months after you became aware of the matter you want to complain about',
    );
    expect(text).toContain('the matter has not been (and is not being) considered in court.');
  });
  it("gives the SPSO's address and freephone number (§75)", () => {
    expect(text).toContain('Bridgeside House\n99 McDonald Road\nEdinburgh\nEH7 4NS');
    expect(text).toContain('Freephone 0800 377 7330');
    expect(text).toContain('www.spso.org.uk/complain');
  });
  it('names universities for a higher education body (§75)', () =>
    expect(
      spsoRecommendedWording({ organisationName: 'Univ', sector: 'higher_education' }),
    ).toContain('This includes complaints about universities.'));
  it('the tribunal default names the Housing and Property Chamber (§74)', () =>
    expect(TRIBUNAL_DEFAULT_WORDING).toContain(
      'First-tier Tribunal for Scotland (Housing and Property Chamber)',
    ));
});

describe('the person term by sector (docs/procedure.md, Sector settings)', () => {
  it("housing says 'customer'", () => expect(defaultPersonTerm('housing')).toBe('customer'));
  it("colleges and universities say 'complainant'", () => {
    expect(defaultPersonTerm('higher_education')).toBe('complainant');
    expect(defaultPersonTerm('further_education')).toBe('complainant');
  });
});

describe('financial-year quarters (docs/procedure.md, Reporting and publishing)', () => {
  it('the default year starts in April', () => expect(DEFAULT_FINANCIAL_YEAR_START_MONTH).toBe(4));
  it('31 Mar 2026 is Q4 of 2025/26 and 1 Apr 2026 is Q1 of 2026/27 (April start)', () => {
    expect(financialQuarterOf('2026-03-31', 4)).toEqual({
      year: 2025,
      quarter: 4,
      from: '2026-01-01',
      to: '2026-03-31',
      label: '2025/26 Q4',
    });
    expect(financialQuarterOf('2026-04-01', 4)).toMatchObject({
      year: 2026,
      quarter: 1,
      from: '2026-04-01',
      to: '2026-06-30',
    });
  });
  it('an August start (colleges): 31 Jul 2026 is Q4 of 2025/26, 1 Aug 2026 Q1 of 2026/27', () => {
    expect(financialQuarterOf('2026-07-31', 8)).toMatchObject({
      year: 2025,
      quarter: 4,
      from: '2026-05-01',
      to: '2026-07-31',
      label: '2025/26 Q4',
    });
    expect(financialQuarterOf('2026-08-01', 8)).toMatchObject({
      year: 2026,
      quarter: 1,
      from: '2026-08-01',
      to: '2026-10-31',
    });
  });
  it('a quarter crossing the new year: 15 Jan 2027 is Q2 of a year starting in November 2026', () =>
    expect(financialQuarterOf('2027-01-15', 11)).toMatchObject({
      year: 2026,
      quarter: 1,
      from: '2026-11-01',
      to: '2027-01-31',
    }));
  it('a January start is the calendar year, named by its one year', () => {
    expect(financialQuarterOf('2026-11-23', 1)).toMatchObject({ quarter: 4, label: '2026 Q4' });
    expect(financialYearName(2026, 1)).toBe('2026');
  });
  it('a quarter ending in February of a leap year ends on the 29th (December start)', () =>
    expect(financialQuarterOf('2028-02-10', 12).to).toBe('2028-02-29'));
  it('a year starting in April 2025 runs to 31 Mar 2026', () =>
    expect(financialYearDates(2025, 4)).toEqual({ from: '2025-04-01', to: '2026-03-31' }));
  it('a start month outside 1 to 12 is refused', () =>
    expect(() => financialQuarterOf('2026-01-01', 13)).toThrow(RangeError));
});
