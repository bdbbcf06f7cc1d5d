import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  complaintTimeline,
  dayOne,
  escalationDeadline,
  explainEscalationLimit,
  explainNextStageTwoUpdateDue,
  explainTimeline,
  isWorkingDay,
  nextStageTwoUpdateDue,
  stageOneDueDate,
  workingDayOnOrAfter,
  type ComplaintEvent,
} from '../src';

const DAY = 86_400_000;
const base = Date.UTC(2019, 0, 1);
const date = fc
  .integer({ min: 0, max: 365 * 9 })
  .map((n) => new Date(base + n * DAY).toISOString().slice(0, 10));
const instant = fc
  .integer({ min: 0, max: 365 * 9 * 24 * 60 })
  .map((m) => new Date(base + m * 60_000).toISOString());
// closure days near the receipts so that some of them fall inside the windows
const settings = fc.record({
  closureDays: fc.array(date, { maxLength: 5 }),
  cutOffTime: fc.constantFrom(null, '17:00', '09:30'),
});
const opts = { numRuns: 300 };

describe('"why this date" never disagrees with the date (property-based; §26, §40, §60, §62, §36)', () => {
  it('every stage date explained for a random receipt, escalated or not, is the timeline’s date', () =>
    fc.assert(
      fc.property(
        instant,
        fc.option(fc.integer({ min: 0, max: 60 * 24 * 60 })),
        settings,
        (at, escalateAfterMinutes, s) => {
          const events: ComplaintEvent[] = [{ type: 'received', at, stage: 1 }];
          if (escalateAfterMinutes !== null)
            events.push({
              type: 'escalated',
              at: new Date(Date.parse(at) + escalateAfterMinutes * 60_000).toISOString(),
            });
          const t = complaintTimeline(events, s);
          const got = Object.fromEntries(
            explainTimeline(events, s).map((e) => [`${e.stage}:${e.what}`, e.resultDate]),
          );
          expect(got['1:day_one']).toBe(t.stage1!.dayOne);
          expect(got['1:due']).toBe(t.stage1!.dueOn);
          expect(got['2:day_one']).toBe(t.stage2?.dayOne);
          expect(got['2:acknowledge_by']).toBe(t.stage2?.acknowledgeBy ?? undefined);
          expect(got['2:due']).toBe(t.stage2?.dueOn);
        },
      ),
      opts,
    ));

  it('a stage 2 received at stage 2 explains day one, day 3 and day 20 as the timeline has them', () =>
    fc.assert(
      fc.property(instant, settings, (at, s) => {
        const events: ComplaintEvent[] = [{ type: 'received', at, stage: 2 }];
        const t = complaintTimeline(events, s).stage2!;
        expect(explainTimeline(events, s).map((e) => e.resultDate)).toEqual([
          t.dayOne,
          t.acknowledgeBy,
          t.dueOn,
        ]);
      }),
      opts,
    ));

  it('the days counted plus the days skipped are every day from the start to the result', () =>
    fc.assert(
      fc.property(instant, settings, (at, s) => {
        for (const e of explainTimeline([{ type: 'received', at, stage: 1 }], s)) {
          const days = [...e.countedDays, ...e.skippedDays.map((d) => d.date)].sort();
          const first = e.what === 'day_one' ? e.startDate : days[0];
          expect(days[0]).toBe(first);
          expect(days.at(-1)).toBe(e.resultDate);
          const span = (Date.parse(e.resultDate) - Date.parse(days[0]!)) / DAY + 1;
          expect(days.length).toBe(span);
          for (const d of e.countedDays) expect(isWorkingDay(d, s)).toBe(true);
          for (const d of e.skippedDays)
            if (d.reason !== 'after_cut_off') expect(isWorkingDay(d.date, s)).toBe(false);
        }
      }),
      opts,
    ));

  it('day 5 explained from any working day one is stageOneDueDate', () =>
    fc.assert(
      fc.property(date, settings, (d, s) => {
        const one = workingDayOnOrAfter(d, s);
        const [dayOneE, due] = explainTimeline(
          [{ type: 'received', at: `${one}T12:00:00Z`, stage: 1 }],
          { closureDays: s.closureDays },
        );
        expect(dayOneE!.resultDate).toBe(
          dayOne(`${one}T12:00:00Z`, { closureDays: s.closureDays }),
        );
        expect(due!.resultDate).toBe(stageOneDueDate(one, { closureDays: s.closureDays }));
      }),
      opts,
    ));

  it('the next §62 update explained is nextStageTwoUpdateDue', () =>
    fc.assert(
      fc.property(date, fc.array(date, { maxLength: 3 }), settings, (d, updates, s) => {
        const stage2 = {
          dueOn: workingDayOnOrAfter(d, s),
          extendedDueOn: '2030-01-01',
          closedOn: null,
        };
        expect(explainNextStageTwoUpdateDue(stage2, updates, s)?.resultDate).toBe(
          nextStageTwoUpdateDue(stage2, updates, s),
        );
      }),
      opts,
    ));

  it('the escalation limit explained is escalationDeadline, and is the later date it considered', () =>
    fc.assert(
      fc.property(
        fc.option(date),
        fc.option(date),
        fc.option(date),
        (awareOn, receivedOn, stageOneClosedOn) => {
          const e = explainEscalationLimit({ awareOn, receivedOn, stageOneClosedOn });
          expect(e?.resultDate ?? null).toBe(
            escalationDeadline({ awareOn, receivedOn, stageOneClosedOn }),
          );
          if (e)
            expect(e.resultDate).toBe(
              e.monthsFrom
                .map((m) => m.date)
                .sort()
                .at(-1),
            );
        },
      ),
      opts,
    ));
});
