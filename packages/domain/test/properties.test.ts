import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  complaintTimeline,
  dayOne,
  isWorkingDay,
  localDate,
  workingDayOnOrAfter,
  workingDayOrdinal,
  workingDaysBetween,
} from '../src';

const DAY = 86_400_000;
const base = Date.UTC(2015, 0, 1);
const date = fc
  .integer({ min: 0, max: 365 * 20 })
  .map((n) => new Date(base + n * DAY).toISOString().slice(0, 10));
const instant = fc
  .integer({ min: 0, max: 365 * 20 * 24 * 60 })
  .map((m) => new Date(base + m * 60_000).toISOString());
const settings = fc.record({
  closureDays: fc.array(date, { maxLength: 5 }),
  cutOffTime: fc.constantFrom(null, '17:00', '09:30'),
});
const opts = { numRuns: 200 };

describe('calendar invariants (property-based; docs/procedure.md, Calendar and day one)', () => {
  it('adding n working days never lands on a non-working day', () =>
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 60 }), settings, (d, n, s) =>
        isWorkingDay(addWorkingDays(d, n, s), s),
      ),
      opts,
    ));
  it('adding n working days then going back n returns the working day we started from', () =>
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 60 }), (d0, n) => {
        const d = workingDayOnOrAfter(d0);
        expect(addWorkingDays(addWorkingDays(d, n), -n)).toBe(d);
      }),
      opts,
    ));
  it('counting from a working day to day n gives n', () =>
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 60 }), settings, (d0, n, s) => {
        const d = workingDayOnOrAfter(d0, s);
        expect(workingDaysBetween(d, addWorkingDays(d, n - 1, s), s)).toBe(n);
      }),
      opts,
    ));
  it('ordinal differences equal working days between', () =>
    fc.assert(
      fc.property(date, date, settings, (a, b, s) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        expect(
          workingDayOrdinal(to, s) - workingDayOrdinal(from, s) + (isWorkingDay(from, s) ? 1 : 0),
        ).toBe(workingDaysBetween(from, to, s));
      }),
      opts,
    ));
  it('day one is always a working day not before the local date of receipt', () =>
    fc.assert(
      fc.property(instant, settings, (at, s) => {
        const d = dayOne(at, s);
        expect(isWorkingDay(d, s)).toBe(true);
        expect(d >= localDate(at)).toBe(true);
      }),
      opts,
    ));
  it('timeline due dates are working days and never before day one', () =>
    fc.assert(
      fc.property(instant, fc.constantFrom<1 | 2>(1, 2), settings, (at, stage, s) => {
        const t = complaintTimeline([{ type: 'received', at, stage }], s);
        const st = (stage === 1 ? t.stage1 : t.stage2)!;
        expect(isWorkingDay(st.dueOn, s)).toBe(true);
        expect(st.dueOn >= st.dayOne).toBe(true);
        expect(workingDaysBetween(st.dayOne, st.dueOn, s)).toBe(stage === 1 ? 5 : 20);
      }),
      opts,
    ));
});
