import { describe, expect, it } from 'vitest';
import {
  addDays,
  defaultReportingYearStartMonth,
  isWorkingDay,
  likeForLikeQuarters,
  rangePeriod,
  reportingYearLabel,
  sameWorkingDays,
  type IsoDate,
} from '../src';

/** Every date from `from` to `to`. */
function days(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

describe('like-for-like quarters (docs/procedure.md, Reporting and publishing)', () => {
  // 2026/27 Q3 of an April year is 1 Oct to 31 Dec 2026; Thu 26 Nov 2026 is its 41st working day
  const on41st = likeForLikeQuarters('2026-11-26', 4);

  it('counts this quarter to date: 1 Oct to 26 Nov 2026 is 41 working days, marked partial', () => {
    expect(on41st.current).toMatchObject({ from: '2026-10-01', to: '2026-11-26' });
    expect(on41st.current.label).toBe('2026/27 Q3 to date (to 26 Nov 2026)');
    expect(on41st.workingDays).toBe(41);
    expect(on41st.partial).toBe(true);
    expect(on41st.quarter).toMatchObject({ from: '2026-10-01', to: '2026-12-31' });
  });

  it('sets it against the first 41 working days of the previous quarter: 1 Jul to 27 Aug 2026 (3 Aug, a bank holiday, skipped)', () => {
    expect(on41st.previousQuarter).toMatchObject({
      kind: 'range',
      from: '2026-07-01',
      to: '2026-08-27',
      label: '2026/27 Q2, first 41 working days',
    });
  });

  it('and against the first 41 working days of the same quarter a year earlier: 1 Oct to 26 Nov 2025', () => {
    expect(on41st.sameQuarterLastYear).toMatchObject({
      from: '2025-10-01',
      to: '2025-11-26',
      label: '2025/26 Q3, first 41 working days',
    });
  });

  it('never sets a part quarter against a whole one: 157 to date is a rise on 123 over the same days, not a fall on 195', () => {
    // three complaints each working day of the previous quarter (1 Jul to 30 Sep 2026: 65 working days)
    const receipts = days('2026-07-01', '2026-09-30').flatMap((d) =>
      isWorkingDay(d) ? [d, d, d] : [],
    );
    const inPeriod = (p: { from: IsoDate; to: IsoDate }) =>
      receipts.filter((d) => d >= p.from && d <= p.to).length;
    expect(inPeriod({ from: '2026-07-01', to: '2026-09-30' })).toBe(195);
    expect(inPeriod(on41st.previousQuarter)).toBe(123);
    expect(157).toBeGreaterThan(inPeriod(on41st.previousQuarter));
  });

  it('on a Saturday the comparison takes the days up to its next working day too: Sat 28 Nov 2026 against 1 Jul to Sun 30 Aug 2026', () => {
    const onSaturday = likeForLikeQuarters('2026-11-28', 4);
    expect(onSaturday.workingDays).toBe(42);
    expect(onSaturday.previousQuarter).toMatchObject({ from: '2026-07-01', to: '2026-08-30' });
  });

  it("follows the organisation's calendar: a closure day on 20 Aug 2026 moves the 41st working day to 28 Aug", () => {
    const closed = likeForLikeQuarters('2026-11-26', 4, { closureDays: ['2026-08-20'] });
    expect(closed.previousQuarter.to).toBe('2026-08-28');
  });

  it('once the quarter has ended, whole quarters are compared and nothing is partial', () => {
    const ended = likeForLikeQuarters('2026-12-31', 4);
    expect(ended.partial).toBe(false);
    expect(ended.current).toMatchObject({
      kind: 'financialQuarter',
      from: '2026-10-01',
      to: '2026-12-31',
    });
    expect(ended.previousQuarter).toMatchObject({
      from: '2026-07-01',
      to: '2026-09-30',
      label: '2026/27 Q2',
    });
  });

  it('a comparison period with fewer working days than so far counts whole, never past its end', () => {
    // 10 working days (1 to 14 Sep 2026) against a week of 5 working days
    const week = rangePeriod('2026-02-02', '2026-02-06');
    expect(sameWorkingDays({ from: '2026-09-01' }, '2026-09-14', week)).toEqual(week);
  });

  it('before the first working day of a quarter (1 Jan 2027, a bank holiday) compares the same number of calendar days', () => {
    const newYear = likeForLikeQuarters('2027-01-01', 4);
    expect(newYear.workingDays).toBe(0);
    expect(newYear.previousQuarter).toMatchObject({ from: '2026-10-01', to: '2026-10-01' });
  });

  it('follows an academic year from August: on 15 Sep 2026, 2026/27 Q1 to date against May and August 2025', () => {
    const academic = likeForLikeQuarters('2026-09-15', 8);
    expect(academic.current).toMatchObject({ from: '2026-08-01', to: '2026-09-15' });
    expect(academic.previousQuarter.from).toBe('2026-05-01');
    expect(academic.sameQuarterLastYear.from).toBe('2025-08-01');
  });
});

describe('the reporting year (docs/procedure.md, Reporting and publishing)', () => {
  it('colleges and universities default to an academic year from August', () => {
    expect(defaultReportingYearStartMonth('further_education')).toBe(8);
    expect(defaultReportingYearStartMonth('higher_education')).toBe(8);
  });
  it('other bodies default to a financial year from April', () => {
    expect(defaultReportingYearStartMonth('housing')).toBe(4);
    expect(defaultReportingYearStartMonth('local_authority')).toBe(4);
  });
  it('names the year by its kind', () => {
    expect(reportingYearLabel(2026, 8, 'higher_education')).toBe('2026/27 academic year');
    expect(reportingYearLabel(2026, 4, 'housing')).toBe('2026/27 financial year');
  });
});
