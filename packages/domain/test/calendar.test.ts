import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  scottishBankHolidays,
  workingDayCalendar,
  workingDayOnOrAfter,
  workingDayOrdinal,
  workingDaysBetween,
} from '../src';
import { codeOf } from './helpers';

describe('working days: weekends and Scottish bank holidays (Appendix 1 §1)', () => {
  it('Saturday and Sunday are not working days', () => {
    expect(isWorkingDay('2026-03-28')).toBe(false);
    expect(isWorkingDay('2026-03-29')).toBe(false);
    expect(isWorkingDay('2026-03-27')).toBe(true);
  });
  it('2 January is a Scottish bank holiday', () => expect(isWorkingDay('2026-01-02')).toBe(false));
  it("St Andrew's Day on a Sunday moves to Monday 1 December 2025", () => {
    expect(scottishBankHolidays(2025)).toContain('2025-12-01');
    expect(isWorkingDay('2025-12-01')).toBe(false);
  });
  it('Boxing Day on a Saturday moves to Monday 28 December 2026', () =>
    expect(isWorkingDay('2026-12-28')).toBe(false));
  it('Christmas on a Sunday gives a substitute on Tuesday 27 December 2022', () =>
    expect(isWorkingDay('2022-12-27')).toBe(false));
  it('New Year and 2 January on a weekend give 3 and 4 January 2022', () => {
    expect(isWorkingDay('2022-01-03')).toBe(false);
    expect(isWorkingDay('2022-01-04')).toBe(false);
  });
  it.each([
    ['2020-05-08', 'VE Day moved May Day'],
    ['2022-06-02', 'Spring bank holiday moved for the Jubilee'],
    ['2022-06-03', 'Platinum Jubilee'],
    ['2022-09-19', 'State funeral'],
    ['2023-05-08', 'Coronation'],
  ])('the one-off bank holiday %s (%s) is not a working day', (date) => {
    expect(isWorkingDay(date)).toBe(false);
  });
  it('the usual first Monday of May 2020 was a working day because May Day moved to the 8th', () =>
    expect(isWorkingDay('2020-05-04')).toBe(true));
  it('Easter Monday is a working day in Scotland', () =>
    expect(isWorkingDay('2026-04-06')).toBe(true));
  it('observances such as Mother’s Day are not holidays', () => {
    expect(scottishBankHolidays(2026)).not.toContain('2026-03-15');
    expect(scottishBankHolidays(2026)).toHaveLength(10);
  });
  it('organisation closure days are not working days (setting)', () => {
    expect(isWorkingDay('2026-12-24', { closureDays: ['2026-12-24'] })).toBe(false);
    expect(isWorkingDay('2026-12-24')).toBe(true);
  });
  it('an organisation can open on a bank holiday (openDays setting)', () =>
    expect(isWorkingDay('2026-11-30', { openDays: ['2026-11-30'] })).toBe(true));
  it('academic holidays are normal working days (colleges and universities): no closure, still working', () =>
    expect(isWorkingDay('2026-07-15')).toBe(true));
  it('rejects an impossible date with INVALID_DATE', () =>
    expect(codeOf(() => isWorkingDay('2026-02-30'))).toBe('INVALID_DATE'));
  it('rejects a malformed closure day with INVALID_DATE', () =>
    expect(codeOf(() => isWorkingDay('2026-02-03', { closureDays: ['3/2/2026'] }))).toBe(
      'INVALID_DATE',
    ));
});

describe('moving and counting working days (docs/procedure.md, Calendar and day one)', () => {
  it('next working day after Maundy Thursday is the Monday after Easter', () =>
    expect(nextWorkingDay('2026-04-02')).toBe('2026-04-06'));
  it('a Saturday moves on to Monday, a working day stays put', () => {
    expect(workingDayOnOrAfter('2026-03-28')).toBe('2026-03-30');
    expect(workingDayOnOrAfter('2026-03-30')).toBe('2026-03-30');
  });
  it('adding 4 working days on Thursday 27 Nov 2025 skips the St Andrew substitute', () =>
    expect(addWorkingDays('2025-11-27', 4)).toBe('2025-12-04'));
  it('adding 1 working day on Friday gives Monday', () =>
    expect(addWorkingDays('2026-03-27', 1)).toBe('2026-03-30'));
  it('adding negative days goes back over the weekend', () =>
    expect(addWorkingDays('2026-03-30', -1)).toBe('2026-03-27'));
  it('adding a fraction is INVALID_NUMBER', () =>
    expect(codeOf(() => addWorkingDays('2026-03-30', 1.5))).toBe('INVALID_NUMBER'));
  it('counts both ends: Monday to Friday of Easter week is 4 working days', () =>
    expect(workingDaysBetween('2026-03-30', '2026-04-03')).toBe(4));
  it('the same working day counts as 1', () =>
    expect(workingDaysBetween('2026-03-30', '2026-03-30')).toBe(1));
  it('a range ending before it starts counts 0', () =>
    expect(workingDaysBetween('2026-03-31', '2026-03-30')).toBe(0));
  it('21-28 Dec 2026 has 4 working days (25 and 28 Dec are holidays)', () =>
    expect(workingDaysBetween('2026-12-21', '2026-12-28')).toBe(4));
});

describe('settings lists read once, their changes still seen (docs/procedure.md, Calendar and day one)', () => {
  it('settings spread into a new object around the same lists give the same working days (Appendix 1 §1)', () => {
    const closureDays = ['2026-12-24'];
    expect(isWorkingDay('2026-12-24', { closureDays })).toBe(false);
    expect(isWorkingDay('2026-12-24', { closureDays, openDays: [] })).toBe(false);
    expect(isWorkingDay('2026-12-23', { closureDays })).toBe(true);
  });
  it('a closure list replaced on the same settings object is read again (Appendix 1 §1)', () => {
    const settings: { closureDays?: string[] } = { closureDays: [] };
    expect(isWorkingDay('2026-12-24', settings)).toBe(true);
    settings.closureDays = ['2026-12-24'];
    expect(isWorkingDay('2026-12-24', settings)).toBe(false);
  });
  it('a closure day added to a list already read is seen (Appendix 1 §1)', () => {
    const settings = { closureDays: ['2026-12-23'] };
    expect(isWorkingDay('2026-12-24', settings)).toBe(true);
    settings.closureDays.push('2026-12-24');
    expect(isWorkingDay('2026-12-24', settings)).toBe(false);
  });
  it('a malformed open day is refused on every call, not only the first', () => {
    const settings = { openDays: ['30/11/2026'] };
    expect(codeOf(() => isWorkingDay('2026-11-30', settings))).toBe('INVALID_DATE');
    expect(codeOf(() => isWorkingDay('2026-11-30', settings))).toBe('INVALID_DATE');
  });
  it('settings that are not an object are INVALID_SETTINGS', () =>
    expect(codeOf(() => isWorkingDay('2026-11-30', 'none' as never))).toBe('INVALID_SETTINGS'));
});

describe('working-day calendar table for SQL (docs/procedure.md, Calendar and day one)', () => {
  const rows = workingDayCalendar('2026-04-02', '2026-04-07');
  it('has one row per date', () =>
    expect(rows.map((r) => r.date)).toEqual([
      '2026-04-02',
      '2026-04-03',
      '2026-04-04',
      '2026-04-05',
      '2026-04-06',
      '2026-04-07',
    ]));
  it('marks Good Friday and the weekend as non-working', () =>
    expect(rows.map((r) => r.isWorkingDay)).toEqual([true, false, false, false, true, true]));
  it('ordinals step only on working days and match workingDayOrdinal', () => {
    const o = rows.map((r) => r.ordinal);
    expect(o[1]).toBe(o[0]);
    expect(o[4]).toBe(o[0]! + 1);
    expect(o[5]).toBe(workingDayOrdinal('2026-04-07'));
  });
  it('ordinal difference plus one equals working days between two working days', () =>
    expect(workingDayOrdinal('2026-04-27') - workingDayOrdinal('2026-03-30') + 1).toBe(20));
  it('rejects a reversed range with INVALID_PERIOD', () =>
    expect(codeOf(() => workingDayCalendar('2026-04-02', '2026-04-01'))).toBe('INVALID_PERIOD'));
});
