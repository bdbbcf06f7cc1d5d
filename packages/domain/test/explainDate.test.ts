import { describe, expect, it } from 'vitest';
import {
  explainDayOne,
  explainEscalationLimit,
  explainExtendedDue,
  explainNextStageTwoUpdateDue,
  explainSpsoLimit,
  explainStageOneDue,
  explainStageTwoAcknowledgeBy,
  explainStageTwoDue,
  explainTimeline,
  longDate,
  whyNotAWorkingDay,
} from '../src';

const strike = {
  closureDays: ['2026-12-02'],
  closureNotes: [{ date: '2026-12-02', reason: 'Industrial action: strike' }],
};

describe('§26 why stage 1 is due on day 5', () => {
  const e = explainStageOneDue('2026-11-26');

  it('received Thursday 26 November 2026: day 5 is Thursday 3 December, after the weekend and St Andrew’s Day', () => {
    expect(e.resultDate).toBe('2026-12-03');
    expect(e.rule).toBe('STAGE1_DAY_5');
    expect(e.paragraph).toBe('§26');
    expect(e.startDate).toBe('2026-11-26');
  });
  it('counts the 4 working days after day one: 27 November, 1, 2 and 3 December', () =>
    expect(e.countedDays).toEqual(['2026-11-27', '2026-12-01', '2026-12-02', '2026-12-03']));
  it('skips Saturday and Sunday as the weekend and Monday 30 November as St Andrew’s Day', () =>
    expect(e.skippedDays).toEqual([
      { date: '2026-11-28', reason: 'weekend', name: 'Saturday' },
      { date: '2026-11-29', reason: 'weekend', name: 'Sunday' },
      { date: '2026-11-30', reason: 'bank_holiday', name: 'St Andrew’s Day' },
    ]));
  it('says it in plain English, naming the bank holiday', () =>
    expect(e.text).toBe(
      'Stage 1 response due (day 5) (§26). Day one is Thursday 26 November 2026; day 5 is 4 working days later. ' +
        'Not counted: Saturday 28 November 2026 (weekend); Sunday 29 November 2026 (weekend); ' +
        'Monday 30 November 2026 (St Andrew’s Day, a bank holiday). Due: Thursday 3 December 2026.',
    ));
  it('a week with no holiday skips only the weekend', () =>
    expect(explainStageOneDue('2026-03-05').skippedDays.map((d) => d.reason)).toEqual([
      'weekend',
      'weekend',
    ]));
});

describe('Appendix 1 §1 a St Andrew’s Day substitute is not a working day', () => {
  it('30 November 2025 is a Sunday, so Monday 1 December 2025 is skipped as its substitute', () =>
    expect(whyNotAWorkingDay('2025-12-01')).toEqual({
      date: '2025-12-01',
      reason: 'substitute_bank_holiday',
      name: 'St Andrew’s Day (substitute day)',
      substituteFor: '2025-11-30',
    }));
  it('received Thursday 27 November 2025: day 5 is Thursday 4 December, the substitute Monday skipped', () => {
    const e = explainStageOneDue('2025-11-27');
    expect(e.resultDate).toBe('2025-12-04');
    expect(e.skippedDays.map((d) => [d.date, d.reason])).toEqual([
      ['2025-11-29', 'weekend'],
      ['2025-11-30', 'weekend'],
      ['2025-12-01', 'substitute_bank_holiday'],
    ]);
  });
  it('the text says the substitute stands in for the Sunday', () =>
    expect(explainStageOneDue('2025-11-27').text).toContain(
      'Monday 1 December 2025 (St Andrew’s Day (substitute day), a bank holiday because Sunday 30 November 2025 fell on a weekend)',
    ));
  it('a working day has no reason', () => expect(whyNotAWorkingDay('2025-12-02')).toBeNull());
});

describe('Appendix 1 §1 an organisation closure day (industrial action) is skipped with its reason', () => {
  it('a strike on Wednesday 2 December 2026 moves day 5 to Friday 4 December', () => {
    const e = explainStageOneDue('2026-11-26', strike);
    expect(e.resultDate).toBe('2026-12-04');
    expect(e.skippedDays.at(-1)).toEqual({
      date: '2026-12-02',
      reason: 'closure_day',
      name: 'Industrial action: strike',
    });
  });
  it('the text gives the organisation’s reason', () =>
    expect(explainStageOneDue('2026-11-26', strike).text).toContain(
      'Wednesday 2 December 2026 (organisation closed: Industrial action: strike)',
    ));
  it('a closure day recorded without a reason is still named as a closure', () =>
    expect(whyNotAWorkingDay('2026-12-02', { closureDays: ['2026-12-02'] })?.name).toBe(
      'Organisation closure day',
    ));
});

describe('§26 why day one is what it is', () => {
  it('received on a working day: day one is that day, nothing skipped', () => {
    const e = explainDayOne('2026-11-26T10:00:00Z', 1);
    expect([e.startDate, e.resultDate, e.skippedDays]).toEqual(['2026-11-26', '2026-11-26', []]);
    expect(e.text).toBe(
      'Stage 1 day one (§26). Received on Thursday 26 November 2026 at 10:00. That is a working day, so it is day one.',
    );
  });
  it('received Saturday 28 November 2026: day one is Tuesday 1 December, after the weekend and St Andrew’s Day', () => {
    const e = explainDayOne('2026-11-28T10:00:00Z', 1);
    expect(e.resultDate).toBe('2026-12-01');
    expect(e.skippedDays.map((d) => d.reason)).toEqual(['weekend', 'weekend', 'bank_holiday']);
  });
  it('local time is London’s: 23:30Z on 27 November 2026 is still Friday', () =>
    expect(explainDayOne('2026-11-27T23:30:00Z', 1).startDate).toBe('2026-11-27'));
});

describe('17:00 cut-off setting (docs/procedure.md, Calendar and day one)', () => {
  const he = { cutOffTime: '17:00' };
  it('received Friday 27 November 2026 at 17:30: day one is Tuesday 1 December, the Friday skipped for the cut-off', () => {
    const e = explainDayOne('2026-11-27T17:30:00Z', 1, he);
    expect(e.resultDate).toBe('2026-12-01');
    expect(e.skippedDays[0]).toEqual({
      date: '2026-11-27',
      reason: 'after_cut_off',
      name: 'received at 17:30, after the 17:00 cut-off',
    });
    expect(e.skippedDays.slice(1).map((d) => d.reason)).toEqual([
      'weekend',
      'weekend',
      'bank_holiday',
    ]);
  });
  it('received at exactly 17:00 is on time: nothing skipped', () =>
    expect(explainDayOne('2026-11-26T17:00:00Z', 1, he).skippedDays).toEqual([]));
  it('seconds past the cut-off are shown', () =>
    expect(explainDayOne('2026-11-26T17:00:30Z', 1, he).skippedDays[0]?.name).toBe(
      'received at 17:00:30, after the 17:00 cut-off',
    ));
  it('on a Saturday evening the cut-off changes nothing: only the weekend is skipped', () =>
    expect(explainDayOne('2026-03-28T18:00:00Z', 1, he).skippedDays.map((d) => d.reason)).toEqual([
      'weekend',
      'weekend',
    ]));
});

describe('Appendix 1 §5 stage 2 day one', () => {
  it('a request for stage 2 on Saturday 28 November 2026 starts stage 2 on Tuesday 1 December', () => {
    const e = explainDayOne('2026-11-28T09:00:00Z', 2);
    expect([e.rule, e.paragraph, e.resultDate]).toEqual([
      'STAGE2_DAY_ONE',
      'Appendix 1 §5',
      '2026-12-01',
    ]);
    expect(e.text).toContain('Received at stage 2 on Saturday 28 November 2026 at 09:00.');
  });
});

describe('§40 why stage 2 is to be acknowledged by day 3', () => {
  it('day one Friday 27 November 2026: day 3 is Wednesday 2 December, St Andrew’s Day skipped', () => {
    const e = explainStageTwoAcknowledgeBy('2026-11-27');
    expect([e.rule, e.paragraph, e.resultDate, e.count]).toEqual([
      'STAGE2_DAY_3',
      '§40',
      '2026-12-02',
      2,
    ]);
    expect(e.skippedDays.map((d) => d.date)).toEqual(['2026-11-28', '2026-11-29', '2026-11-30']);
  });
});

describe('§60 why stage 2 is due on day 20', () => {
  it('day one Monday 16 November 2026: day 20 is Monday 14 December, 19 working days later', () => {
    const e = explainStageTwoDue('2026-11-16');
    expect([e.paragraph, e.resultDate, e.countedDays.length]).toEqual(['§60', '2026-12-14', 19]);
    expect(e.skippedDays.filter((d) => d.reason === 'bank_holiday').map((d) => d.date)).toEqual([
      '2026-11-30',
    ]);
  });
  it('day one must be a working day', () =>
    expect(() => explainStageTwoDue('2026-11-30')).toThrow(/working day/));
});

describe('§27 why an extended stage 1 is due on its agreed date', () => {
  it('extended to Tuesday 8 December 2026 from day one 26 November: day 8, the holiday not counted', () => {
    const e = explainExtendedDue(1, '2026-11-26', '2026-12-08');
    expect([e.rule, e.paragraph, e.count, e.resultDate]).toEqual([
      'STAGE1_EXTENSION',
      '§27',
      7,
      '2026-12-08',
    ]);
    expect(e.text).toContain('day 8 of stage 1');
    expect(e.text).toContain('within the day 10 limit');
  });
});

describe('§62 why the next update of an extended stage 2 is due', () => {
  const stage2 = { dueOn: '2026-11-16', extendedDueOn: '2027-01-29', closedOn: null };
  it('20 working days after day 20 (16 November 2026), skipping St Andrew’s Day: Tuesday 15 December', () => {
    const e = explainNextStageTwoUpdateDue(stage2, []);
    expect([e?.rule, e?.paragraph, e?.startDate, e?.resultDate]).toEqual([
      'STAGE2_UPDATE',
      '§62',
      '2026-11-16',
      '2026-12-15',
    ]);
  });
  it('counts from the last update when it is later than day 20', () =>
    expect(explainNextStageTwoUpdateDue(stage2, ['2026-11-20'])?.startDate).toBe('2026-11-20'));
  it('nothing to explain when stage 2 is not extended', () =>
    expect(explainNextStageTwoUpdateDue({ ...stage2, extendedDueOn: null }, [])).toBeNull());
});

describe('§36 why the last day to ask for stage 2 is what it is', () => {
  it('the later of six months after awareness and two after the stage 1 response', () => {
    const e = explainEscalationLimit({ awareOn: '2025-08-31', stageOneClosedOn: '2026-01-10' })!;
    expect(e.monthsFrom.map((m) => [m.from, m.date])).toEqual([
      ['aware', '2026-02-28'],
      ['stage1_response', '2026-03-10'],
    ]);
    expect([e.resultDate, e.startDate, e.count]).toEqual(['2026-03-10', '2026-01-10', 2]);
  });
  it('six months from 31 August is the last day of February, said in the text', () =>
    expect(explainEscalationLimit({ awareOn: '2025-08-31' })!.text).toContain(
      'Saturday 28 February 2026 (the last day of that month, which is shorter)',
    ));
  it('nothing to explain without a date to count from', () =>
    expect(explainEscalationLimit({})).toBeNull());
});

describe('§75 why the last day to go to the SPSO is what it is', () => {
  it('the 12 months beginning with the day the customer became aware end the day before a year later', () => {
    const e = explainSpsoLimit('2026-03-15');
    expect([e.rule, e.paragraph, e.startDate, e.unit, e.resultDate]).toEqual([
      'SPSO_LIMIT',
      '§75',
      '2026-03-15',
      'calendar_months',
      '2027-03-14',
    ]);
    expect(e.text).toContain(
      'beginning with the day the customer became aware of the matter, Sunday 15 March 2026',
    );
    expect(e.text).toContain('Last day: Sunday 14 March 2027.');
  });
});

describe('§36 why the last day to ask for stage 2 is what it is', () => {
  it('without an awareness date, the date of receipt stands in for it and the text says so', () => {
    // received 5 Jan 2026, stage 1 answered 9 Jan: six months from receipt (5 Jul) is later
    const e = explainEscalationLimit({ receivedOn: '2026-01-05', stageOneClosedOn: '2026-01-09' })!;
    expect(e.monthsFrom.map((m) => [m.from, m.date])).toEqual([
      ['received', '2026-07-05'],
      ['stage1_response', '2026-03-09'],
    ]);
    expect(e.resultDate).toBe('2026-07-05');
    expect(e.text).toContain('no date of awareness was recorded');
  });
});

describe('§26 and §60 the explanations of a complaint’s stages', () => {
  it('an escalated complaint explains stage 1 day one and day 5, then stage 2 day one, day 3 and day 20 (after Christmas and the Boxing Day substitute)', () => {
    const all = explainTimeline([
      { type: 'received', at: '2026-11-26T10:00:00Z', stage: 1 },
      { type: 'escalated', at: '2026-11-28T10:00:00Z' },
    ]);
    expect(all.map((e) => [e.stage, e.what, e.resultDate])).toEqual([
      [1, 'day_one', '2026-11-26'],
      [1, 'due', '2026-12-03'],
      [2, 'day_one', '2026-12-01'],
      [2, 'acknowledge_by', '2026-12-03'],
      [2, 'due', '2026-12-30'],
    ]);
  });
});

describe('dates as letters write them', () => {
  it('with the weekday, in any time zone', () =>
    expect(longDate('2026-11-30')).toBe('Monday 30 November 2026'));
});
