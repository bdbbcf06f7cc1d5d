import { describe, expect, it } from 'vitest';
import { perThousand, share, spsoIndicators, type ComplaintEvent } from '../src';
import { codeOf } from './helpers';

// Quarter 1 April - 30 June 2026. Holidays: 3 Apr (Good Friday), 4 May, 25 May.
const complaints: { events: ComplaintEvent[] }[] = [
  // A: stage 1, received Wed 1 Apr, closed Tue 7 Apr = 4 working days (1,2,6,7), within (due 8 Apr).
  {
    events: [
      { type: 'received', at: '2026-04-01T09:00:00+01:00', stage: 1 },
      { type: 'closed', at: '2026-04-07T12:00:00+01:00', stage: 1, outcome: 'upheld' },
    ],
  },
  // B: stage 1 extended, received Mon 27 Apr (due 1 May, day 10 = 11 May), closed Fri 8 May = 9 days, late; then escalated
  //    Mon 11 May and closed at stage 2 Fri 5 Jun = 19 days (11-15, 18-22, 26-29, 1-5), within.
  {
    events: [
      { type: 'received', at: '2026-04-27T10:00:00+01:00', stage: 1 },
      { type: 'extended', at: '2026-04-29T10:00:00+01:00', stage: 1, dueOn: '2026-05-11' },
      { type: 'closed', at: '2026-05-08T10:00:00+01:00', stage: 1, outcome: 'resolved' },
      { type: 'escalated', at: '2026-05-11T10:00:00+01:00' },
      { type: 'closed', at: '2026-06-05T10:00:00+01:00', stage: 2, outcome: 'partially_upheld' },
    ],
  },
  // C: straight to stage 2, received Sat 4 Apr (day one Mon 6 Apr, due 1 May), extended to 29 May,
  //    closed Sun 31 May: working days 6 Apr - 29 May = 38, late.
  {
    events: [
      { type: 'received', at: '2026-04-04T10:00:00+01:00', stage: 2 },
      { type: 'acknowledged', at: '2026-04-07T10:00:00+01:00' },
      { type: 'extended', at: '2026-04-28T10:00:00+01:00', stage: 2, dueOn: '2026-05-29' },
      { type: 'closed', at: '2026-05-31T10:00:00+01:00', stage: 2, outcome: 'not_upheld' },
    ],
  },
  // D: received 31 Mar 23:30 UTC = 1 Apr 00:30 BST -> in the quarter; still open.
  { events: [{ type: 'received', at: '2026-03-31T23:30:00Z', stage: 1 }] },
  // E: received in March, closed at stage 1 on Tue 31 Mar (before the quarter); escalated in the
  //    quarter and still open.
  {
    events: [
      { type: 'received', at: '2026-03-25T10:00:00Z', stage: 1 },
      { type: 'closed', at: '2026-03-31T10:00:00+01:00', stage: 1, outcome: 'not_upheld' },
      { type: 'escalated', at: '2026-04-02T10:00:00+01:00' },
    ],
  },
];
const q = spsoIndicators(complaints, { from: '2026-04-01', to: '2026-06-30' });

describe('SPSO indicators (docs/procedure.md, SPSO performance indicators)', () => {
  it('A: complaints received counts the London date of receipt in the period', () =>
    expect(q.received).toBe(4));
  it('B: closures are counted per bucket, a complaint escalated after stage 1 counts in both', () =>
    expect([
      q.stages.stage1.closed,
      q.stages.stage2Direct.closed,
      q.stages.stage2Escalated.closed,
    ]).toEqual([2, 1, 1]));
  it('B: a stage 1 closure before the period is not counted', () =>
    expect(q.stages.stage1.outcomes.not_upheld).toBe(0));
  it('C: outcomes per bucket', () => {
    expect(q.stages.stage1.outcomes).toEqual({
      resolved: 1,
      upheld: 1,
      partially_upheld: 0,
      not_upheld: 0,
    });
    expect(q.stages.stage2Direct.outcomes.not_upheld).toBe(1);
    expect(q.stages.stage2Escalated.outcomes.partially_upheld).toBe(1);
  });
  it('D: average working days is the unrounded mean per bucket', () => {
    expect(q.stages.stage1.averageWorkingDays).toBe(6.5);
    expect(q.stages.stage2Escalated.averageWorkingDays).toBe(19);
    expect(q.stages.stage2Direct.averageWorkingDays).toBe(38);
  });
  it('E: within timescale uses the original due date, not the extension', () =>
    expect([
      q.stages.stage1.withinTimescale,
      q.stages.stage2Direct.withinTimescale,
      q.stages.stage2Escalated.withinTimescale,
    ]).toEqual([1, 0, 1]));
  it('F: extended counts closures whose own stage was extended', () =>
    expect([
      q.stages.stage1.extended,
      q.stages.stage2Direct.extended,
      q.stages.stage2Escalated.extended,
    ]).toEqual([1, 1, 0]));
  it('a bucket without closures has a null average', () =>
    expect(
      spsoIndicators(complaints, { from: '2026-07-01', to: '2026-09-30' }).stages.stage1
        .averageWorkingDays,
    ).toBeNull());
  it('a reversed period is INVALID_PERIOD', () =>
    expect(codeOf(() => spsoIndicators([], { from: '2026-06-30', to: '2026-04-01' }))).toBe(
      'INVALID_PERIOD',
    ));
  it('per 1,000 tenancies', () => expect(perThousand(45, 9000)).toBe(5));
  it('share of closures is null with no closures', () => {
    expect(share(1, 4)).toBe(0.25);
    expect(share(0, 0)).toBeNull();
  });
});
