import { describe, expect, it } from 'vitest';
import {
  complaintTimeline,
  nextUpdateDue,
  stageOneDueDate,
  stageOneLatestExtension,
  stageTwoAcknowledgeBy,
  stageTwoDueDate,
  stageTwoUpdatesDue,
  type ComplaintEvent,
} from '../src';
import { codeOf } from './helpers';

const rec1 = (at: string): ComplaintEvent => ({ type: 'received', at, stage: 1 });

describe('stage 1 due date (§26, Appendix 1 §2)', () => {
  it("stage 1 due date skips the St Andrew's Day substitute holiday", () =>
    expect(stageOneDueDate('2025-11-27')).toBe('2025-12-04'));
  it('stage 1 due date is day 5 counting day one as 1', () =>
    expect(stageOneDueDate('2026-03-23')).toBe('2026-03-27'));
  it('a stage 1 closure on day 5 is within timescale and took 5 days', () => {
    const t = complaintTimeline([
      rec1('2026-03-23T09:00:00Z'),
      { type: 'closed', at: '2026-03-27T15:00:00Z', stage: 1, outcome: 'upheld' },
    ]).stage1!;
    expect([t.workingDays, t.withinTimescale]).toEqual([5, true]);
  });
  it('a closure on the day of receipt took 1 working day', () => {
    const t = complaintTimeline([
      rec1('2026-03-23T09:00:00Z'),
      { type: 'closed', at: '2026-03-23T15:00:00Z', stage: 1, outcome: 'resolved' },
    ]).stage1!;
    expect(t.workingDays).toBe(1);
  });
  it('a closure on Saturday counts the working days up to it', () => {
    const t = complaintTimeline([
      rec1('2026-03-23T09:00:00Z'),
      { type: 'closed', at: '2026-03-28T10:00:00Z', stage: 1, outcome: 'upheld' },
    ]).stage1!;
    expect([t.workingDays, t.withinTimescale]).toEqual([5, false]);
  });
  it('a Saturday receipt closed the same Saturday took 1 working day', () => {
    const t = complaintTimeline([
      rec1('2026-03-28T09:00:00Z'),
      { type: 'closed', at: '2026-03-28T10:00:00Z', stage: 1, outcome: 'resolved' },
    ]).stage1!;
    expect([t.dayOne, t.workingDays]).toEqual(['2026-03-30', 1]);
  });
});

describe('stage 1 extension (§27, §29)', () => {
  const base = [rec1('2026-03-23T09:00:00Z')];
  it('day 10 is the latest stage 1 extension', () =>
    expect(stageOneLatestExtension('2026-03-23')).toBe('2026-04-06'));
  it('an extension to day 10 is recorded but does not make a day 7 closure within timescale', () => {
    const t = complaintTimeline([
      ...base,
      { type: 'extended', at: '2026-03-25T09:00:00Z', stage: 1, dueOn: '2026-04-06' },
      { type: 'closed', at: '2026-03-31T09:00:00Z', stage: 1, outcome: 'upheld' },
    ]).stage1!;
    expect([t.extendedDueOn, t.withinTimescale]).toEqual(['2026-04-06', false]);
  });
  it('a stage 1 extension past day 10 is STAGE1_EXTENSION_PAST_DAY_10', () =>
    expect(
      codeOf(() =>
        complaintTimeline([
          ...base,
          { type: 'extended', at: '2026-03-25T09:00:00Z', stage: 1, dueOn: '2026-04-07' },
        ]),
      ),
    ).toBe('STAGE1_EXTENSION_PAST_DAY_10'));
  it('a stage 1 extension not after day 5 is STAGE1_EXTENSION_NOT_LATER', () =>
    expect(
      codeOf(() =>
        complaintTimeline([
          ...base,
          { type: 'extended', at: '2026-03-25T09:00:00Z', stage: 1, dueOn: '2026-03-27' },
        ]),
      ),
    ).toBe('STAGE1_EXTENSION_NOT_LATER'));
  it('a second stage 1 extension is STAGE1_ONE_EXTENSION_ONLY', () =>
    expect(
      codeOf(() =>
        complaintTimeline([
          ...base,
          { type: 'extended', at: '2026-03-25T09:00:00Z', stage: 1, dueOn: '2026-03-31' },
          { type: 'extended', at: '2026-03-26T09:00:00Z', stage: 1, dueOn: '2026-04-01' },
        ]),
      ),
    ).toBe('STAGE1_ONE_EXTENSION_ONLY'));
  it('an extension to a non-working day is EXTENSION_NOT_WORKING_DAY', () =>
    expect(
      codeOf(() =>
        complaintTimeline([
          ...base,
          { type: 'extended', at: '2026-03-25T09:00:00Z', stage: 1, dueOn: '2026-04-03' },
        ]),
      ),
    ).toBe('EXTENSION_NOT_WORKING_DAY'));
});

describe('stage 2 day one and due dates (Appendix 1 §5-7)', () => {
  it('stage 2 acknowledgement is due by day 3', () =>
    expect(stageTwoAcknowledgeBy('2026-04-01')).toBe('2026-04-06'));
  it('stage 2 due date is day 20 and skips Good Friday', () =>
    expect(stageTwoDueDate('2026-03-30')).toBe('2026-04-27'));
  it('straight to stage 2: day one is the day of receipt', () => {
    const t = complaintTimeline([{ type: 'received', at: '2026-03-30T10:00:00+01:00', stage: 2 }]);
    expect([t.stage1, t.stage2!.dayOne, t.stage2!.acknowledgeBy, t.stage2!.dueOn]).toEqual([
      null,
      '2026-03-30',
      '2026-04-01',
      '2026-04-27',
    ]);
  });
  it('after escalation stage 2 day one is the day the customer asks', () => {
    const t = complaintTimeline([
      rec1('2026-03-02T09:00:00Z'),
      { type: 'closed', at: '2026-03-04T09:00:00Z', stage: 1, outcome: 'not_upheld' },
      { type: 'escalated', at: '2026-03-30T11:00:00+01:00' },
    ]);
    expect(t.stage2!.dayOne).toBe('2026-03-30');
  });
  it('an escalation on a Saturday starts stage 2 on Monday', () => {
    const t = complaintTimeline([
      rec1('2026-03-02T09:00:00Z'),
      { type: 'closed', at: '2026-03-04T09:00:00Z', stage: 1, outcome: 'not_upheld' },
      { type: 'escalated', at: '2026-03-28T11:00:00Z' },
    ]);
    expect(t.stage2!.dayOne).toBe('2026-03-30');
  });
  it('the cut-off also applies to the escalation', () => {
    const t = complaintTimeline(
      [
        rec1('2026-03-02T09:00:00Z'),
        { type: 'closed', at: '2026-03-04T09:00:00Z', stage: 1, outcome: 'not_upheld' },
        { type: 'escalated', at: '2026-03-30T17:30:00+01:00' },
      ],
      { cutOffTime: '17:00' },
    );
    expect(t.stage2!.dayOne).toBe('2026-03-31');
  });
  it('a case transferred while stage 1 is open starts stage 2 that day and leaves stage 1 unclosed', () => {
    const t = complaintTimeline([
      rec1('2026-03-02T09:00:00Z'),
      { type: 'escalated', at: '2026-03-05T09:00:00Z' },
    ]);
    expect([t.stage1!.closedOn, t.stage2!.dayOne]).toEqual([null, '2026-03-05']);
  });
  it('a stage 1 extension does not change stage 2 timelines (Appendix 1 §9)', () => {
    const t = complaintTimeline([
      rec1('2026-03-02T09:00:00Z'),
      { type: 'extended', at: '2026-03-04T09:00:00Z', stage: 1, dueOn: '2026-03-13' },
      { type: 'escalated', at: '2026-03-10T09:00:00Z' },
    ]);
    expect([t.stage2!.dueOn, t.stage2!.extendedDueOn]).toEqual(['2026-04-07', null]);
  });
  it('the acknowledgement date is recorded at stage 2', () => {
    const t = complaintTimeline([
      { type: 'received', at: '2026-03-30T09:00:00Z', stage: 2 },
      { type: 'acknowledged', at: '2026-04-01T09:00:00Z' },
    ]);
    expect(t.stage2!.acknowledgedOn).toBe('2026-04-01');
  });
});

describe('stage 2 extensions and updates (§61-62, Appendix 1 §8, §11)', () => {
  const s2 = { type: 'received', at: '2026-03-30T09:00:00Z', stage: 2 } as const;
  it('a stage 2 extension records the latest approved date', () => {
    const t = complaintTimeline([
      s2,
      { type: 'extended', at: '2026-04-20T09:00:00Z', stage: 2, dueOn: '2026-05-15' },
      { type: 'extended', at: '2026-05-12T09:00:00Z', stage: 2, dueOn: '2026-06-01' },
    ]);
    expect([t.stage2!.dueOn, t.stage2!.extendedDueOn]).toEqual(['2026-04-27', '2026-06-01']);
  });
  it('a further stage 2 extension must be later than the current extended date', () =>
    expect(
      codeOf(() =>
        complaintTimeline([
          s2,
          { type: 'extended', at: '2026-04-20T09:00:00Z', stage: 2, dueOn: '2026-05-15' },
          { type: 'extended', at: '2026-05-12T09:00:00Z', stage: 2, dueOn: '2026-05-15' },
        ]),
      ),
    ).toBe('STAGE2_EXTENSION_NOT_LATER'));
  it('a stage 2 extension not after day 20 is STAGE2_EXTENSION_NOT_LATER', () =>
    expect(
      codeOf(() =>
        complaintTimeline([
          s2,
          { type: 'extended', at: '2026-04-20T09:00:00Z', stage: 2, dueOn: '2026-04-27' },
        ]),
      ),
    ).toBe('STAGE2_EXTENSION_NOT_LATER'));
  it('an update is due 20 working days after the last one, skipping May bank holidays', () =>
    expect(nextUpdateDue('2026-04-27')).toBe('2026-05-27'));
  it('an extended stage 2 needs updates every 20 working days beyond day 20', () =>
    expect(
      stageTwoUpdatesDue(
        { dueOn: '2026-04-27', extendedDueOn: '2026-06-30', closedOn: null },
        '2026-06-01',
      ),
    ).toEqual(['2026-05-27', '2026-06-24']));
  it('a stage 2 that was never extended needs no updates', () =>
    expect(
      stageTwoUpdatesDue(
        { dueOn: '2026-04-27', extendedDueOn: null, closedOn: null },
        '2026-06-01',
      ),
    ).toEqual([]));
  it('a closed stage 2 needs no updates after its closure', () =>
    expect(
      stageTwoUpdatesDue(
        { dueOn: '2026-04-27', extendedDueOn: '2026-06-30', closedOn: '2026-06-10' },
        '2026-07-30',
      ),
    ).toEqual(['2026-05-27']));
  it('a stage 2 closure after day 20 is not within timescale even when extended', () => {
    const t = complaintTimeline([
      s2,
      { type: 'extended', at: '2026-04-20T09:00:00Z', stage: 2, dueOn: '2026-05-15' },
      { type: 'closed', at: '2026-05-14T09:00:00Z', stage: 2, outcome: 'upheld' },
    ]).stage2!;
    expect([t.withinTimescale, t.workingDays]).toEqual([false, 32]);
  });
});

describe('a stored journey after a calendar change (docs/procedure.md, Closure days and the calendar)', () => {
  // received Monday 2 March 2026: day 5 is Friday 6 March; extended to Monday 9 March
  const journey: ComplaintEvent[] = [
    { type: 'received', at: '2026-03-02T10:00:00Z', stage: 1 },
    { type: 'extended', at: '2026-03-04T10:00:00Z', stage: 1, dueOn: '2026-03-09' },
  ];
  // strikes on 4 and 5 March move day 5 to Tuesday 10 March, after the agreed 9 March
  const strikes = { closureDays: ['2026-03-04', '2026-03-05'] };

  it('a new extension no later than day 5 is still refused (§27)', () =>
    expect(() => complaintTimeline(journey, strikes)).toThrow(
      expect.objectContaining({ code: 'STAGE1_EXTENSION_NOT_LATER' }),
    ));
  it('read as recorded, the agreed extended date stands and day 5 moves (Appendix 1 §1)', () =>
    expect(complaintTimeline(journey, strikes, { recorded: true }).stage1).toMatchObject({
      dueOn: '2026-03-10',
      extendedDueOn: '2026-03-09',
    }));
  it('an extended date that became a closure day stands as recorded', () =>
    expect(
      complaintTimeline(journey, { closureDays: ['2026-03-09'] }, { recorded: true }).stage1
        ?.extendedDueOn,
    ).toBe('2026-03-09'));
});
