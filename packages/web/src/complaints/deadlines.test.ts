import { describe, expect, it } from 'vitest';
import { deadlineRows } from './deadlines';
import { stage, timeline } from './test-fixtures';

describe('the deadlines on a complaint page', () => {
  it('lists day one and day 5 of an open stage 1 with the working days left, and the time limits', () => {
    const rows = deadlineRows(
      timeline({
        stage1: stage(),
        stage2: null,
        escalationDeadline: '2027-05-02',
        spsoDeadline: '2027-11-02',
      }),
      'open',
    );
    expect(rows.map((r) => [r.label, r.date, r.note])).toEqual([
      ['Stage 1 day one', '2026-11-02', undefined],
      ['Stage 1 due (day 5)', '2026-11-06', '3 working days left'],
      [
        'Last day to ask for stage 2',
        '2027-05-02',
        '§36: later requests need exceptional circumstances',
      ],
      [
        'Last day to go to the SPSO',
        '2027-11-02',
        'the last day of the 12 months beginning with the day the customer knew (§75)',
      ],
    ]);
  });

  it("names the person by the organisation's word: a college's complainant (§75; docs/procedure.md, Sector settings)", () => {
    const rows = deadlineRows(
      timeline({ stage1: stage(), stage2: null, spsoDeadline: '2027-11-02' }),
      'open',
      'complainant',
    );
    expect(rows.find((r) => r.label === 'Last day to go to the SPSO')?.note).toBe(
      'the last day of the 12 months beginning with the day the complainant knew (§75)',
    );
  });

  it('shows the extension as the working deadline and how late it is', () => {
    const rows = deadlineRows(
      timeline({
        stage1: stage({
          extendedDueOn: '2026-11-13',
          deadline: '2026-11-13',
          workingDaysRemaining: -2,
          status: 'overdue',
        }),
        stage2: null,
      }),
      'open',
    );
    expect(rows.at(-1)).toEqual({
      label: 'Stage 1 extended to',
      date: '2026-11-13',
      kind: 'due',
      note: '2 working days overdue',
    });
    expect(rows.find((r) => r.label === 'Stage 1 due (day 5)')?.kind).toBe('info');
  });

  it('a stage due on a Friday and open on the Saturday after reads overdue, not due today (§26)', () => {
    const rows = deadlineRows(
      timeline({
        stage1: stage({
          dueOn: '2026-12-04',
          deadline: '2026-12-04',
          workingDaysRemaining: 0,
          status: 'overdue',
        }),
        stage2: null,
      }),
      'open',
    );
    expect(rows.find((r) => r.label === 'Stage 1 due (day 5)')?.note).toBe('overdue');
  });

  it('shows an escalated complaint: stage 1 closed, stage 2 with acknowledge-by and next update', () => {
    const rows = deadlineRows(
      timeline({
        stage1: stage({
          closedOn: '2026-11-05',
          workingDays: 4,
          withinTimescale: true,
          status: 'closed_on_time',
        }),
        stage2: stage({
          dayOne: '2026-11-09',
          acknowledgeBy: '2026-11-11',
          acknowledgedOn: '2026-11-10',
          dueOn: '2026-12-04',
          extendedDueOn: '2026-12-18',
          deadline: '2026-12-18',
          workingDaysRemaining: 10,
        }),
        nextUpdateDue: '2027-01-05',
      }),
      'open',
    );
    expect(rows.map((r) => r.label)).toEqual([
      'Stage 1 day one',
      'Stage 1 due (day 5)',
      'Stage 1 closed',
      'Stage 2 day one',
      'Acknowledge by (day 3)',
      'Acknowledged',
      'Stage 2 due (day 20)',
      'Stage 2 extended to',
      'Next update to the customer due',
    ]);
    expect(rows.find((r) => r.label === 'Stage 1 closed')?.note).toBe(
      '4 working days, within timescale',
    );
  });

  it('gives each date the explanation for its stage and date, none to a date it does not explain', () => {
    const why = (what: 'day_one' | 'due', stage: number, resultDate: string) => ({
      what,
      stage,
      paragraph: '§26',
      resultDate,
      text: `${what} ${resultDate}`,
    });
    const rows = deadlineRows(
      timeline({
        stage1: stage(),
        explanations: [why('day_one', 1, '2026-11-02'), why('due', 1, '2026-11-09')],
      }),
      'open',
    );
    expect(rows.map((r) => [r.label, r.why?.text])).toEqual([
      ['Stage 1 day one', 'day_one 2026-11-02'],
      ['Stage 1 due (day 5)', undefined],
    ]);
  });
});
