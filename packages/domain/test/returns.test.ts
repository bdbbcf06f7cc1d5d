import { describe, expect, it } from 'vitest';
import {
  STATISTICS_CSV_COLUMNS,
  arcFromSpso,
  arcIndicators,
  arcReceipts,
  populationWording,
  publicSpsoRows,
  reconcileArcWithSpso,
  spsoIndicators,
  spsoReturnInput,
  spsoReturnRows,
  statisticsCells,
  statisticsCsv,
  statisticsDateCode,
  statisticsRowProblems,
  statisticsRows,
  type ComplaintChannel,
  type ComplaintEvent,
} from '../src';
import { codeOf } from './helpers';

// Year 1 April 2026 - 31 March 2027. Working days as in indicators.test.ts (Good Friday 3 Apr,
// 4 May and 25 May are holidays).
const complaints: { events: ComplaintEvent[]; category: string; channel: ComplaintChannel }[] = [
  // A: stage 1 Wed 1 Apr, closed Tue 7 Apr: 4 working days, within, upheld.
  {
    category: 'Repairs',
    channel: 'phone',
    events: [
      { type: 'received', at: '2026-04-01T09:00:00+01:00', stage: 1 },
      { type: 'closed', at: '2026-04-07T12:00:00+01:00', stage: 1, outcome: 'upheld' },
    ],
  },
  // B: stage 1 Mon 27 Apr, extended, closed Fri 8 May (9 days, late); escalated Mon 11 May,
  //    closed at stage 2 Fri 5 Jun (19 days, within).
  {
    category: 'Repairs',
    channel: 'email',
    events: [
      { type: 'received', at: '2026-04-27T10:00:00+01:00', stage: 1 },
      { type: 'extended', at: '2026-04-29T10:00:00+01:00', stage: 1, dueOn: '2026-05-11' },
      { type: 'closed', at: '2026-05-08T10:00:00+01:00', stage: 1, outcome: 'resolved' },
      { type: 'escalated', at: '2026-05-11T10:00:00+01:00' },
      { type: 'closed', at: '2026-06-05T10:00:00+01:00', stage: 2, outcome: 'partially_upheld' },
    ],
  },
  // C: straight to stage 2 Sat 4 Apr, extended, closed Sun 31 May: 38 working days, late.
  {
    category: 'Staff attitude',
    channel: 'letter',
    events: [
      { type: 'received', at: '2026-04-04T10:00:00+01:00', stage: 2 },
      { type: 'acknowledged', at: '2026-04-07T10:00:00+01:00' },
      { type: 'extended', at: '2026-04-28T10:00:00+01:00', stage: 2, dueOn: '2026-05-29' },
      { type: 'closed', at: '2026-05-31T10:00:00+01:00', stage: 2, outcome: 'not_upheld' },
    ],
  },
  // E: received and closed at stage 1 in March 2026 (the year before); escalated 2 Apr, open.
  {
    category: 'Repairs',
    channel: 'phone',
    events: [
      { type: 'received', at: '2026-03-25T10:00:00Z', stage: 1 },
      { type: 'closed', at: '2026-03-31T10:00:00+01:00', stage: 1, outcome: 'not_upheld' },
      { type: 'escalated', at: '2026-04-02T10:00:00+01:00' },
    ],
  },
  // F: a duplicate received in the year: not a complaint received by anyone's count.
  {
    category: 'Repairs',
    channel: 'phone',
    events: [
      { type: 'received', at: '2026-06-01T10:00:00+01:00', stage: 1 },
      { type: 'ended', at: '2026-06-01T11:00:00+01:00', outcome: 'duplicate' },
    ],
  },
];
const year = { from: '2026-04-01', to: '2027-03-31' };
const arc = arcIndicators(complaints, year);
const spso = spsoReturnInput(spsoIndicators(complaints, year));
const receipts = arcReceipts(complaints, year);

describe('Scottish Housing Regulator ARC complaint indicators (docs/procedure.md, Regulator returns)', () => {
  it('receipts split by the stage first received at; escalations in the year counted by their date, whenever first received', () =>
    expect(receipts).toEqual({ receivedAtStage1: 2, receivedAtStage2: 1, escalated: 2 }));
  it('stage 1: received and responded to in full in the year, mean working days and within the timescale', () =>
    expect(arc.stage1).toEqual({
      received: 2,
      respondedInFull: 2,
      totalWorkingDays: 13,
      averageWorkingDays: 6.5,
      withinTimescale: 1,
    }));
  it('stage 2 counts an escalated complaint again (received when escalated) beside those received straight at stage 2', () =>
    expect(arc.stage2).toEqual({
      received: 3,
      respondedInFull: 2,
      totalWorkingDays: 57,
      averageWorkingDays: 28.5,
      withinTimescale: 1,
    }));
  it('the ARC figures derived from the SPSO buckets and the receipts equal those folded from the journeys', () =>
    expect(arcFromSpso(spso, receipts)).toEqual(arc));
  it('a reversed year is INVALID_PERIOD', () =>
    expect(codeOf(() => arcIndicators([], { from: '2027-03-31', to: '2026-04-01' }))).toBe(
      'INVALID_PERIOD',
    ));
});

describe('reconciliation of the ARC figures with the SPSO indicators', () => {
  const rows = reconcileArcWithSpso(spso, receipts, arc);
  const byFigure = Object.fromEntries(rows.map((r) => [r.figure, r]));
  it('every ARC figure is the SPSO figure plus the differences listed, nothing unexplained', () => {
    expect(rows).toHaveLength(9);
    for (const r of rows) {
      expect(r.unexplained, r.figure).toBe(0);
      expect((r.spsoValue ?? 0) + r.differences.reduce((n, d) => n + d.value, 0)).toBeCloseTo(
        r.arcValue ?? 0,
        9,
      );
    }
  });
  it('escalated complaints are the one difference between all receipts: +2', () =>
    expect(byFigure['allReceived']).toMatchObject({
      spsoValue: 3,
      arcValue: 5,
      differences: [{ value: 2, reason: expect.stringMatching(/escalated/) }],
    }));
  it('stage 2 received: the SPSO total, less stage 1 receipts, plus escalations', () =>
    expect(byFigure['stage2Received']!.differences.map((d) => d.value)).toEqual([-2, 2]));
  it('stage 2 responses add the after-escalation bucket to the direct one', () =>
    expect(byFigure['stage2RespondedInFull']).toMatchObject({
      spsoValue: 1,
      arcValue: 2,
      differences: [{ value: 1 }],
    }));
  it("stage 2's average moves by what averaging in the after-escalation closures does (38 to 28.5)", () =>
    expect(byFigure['stage2AverageWorkingDays']).toMatchObject({
      spsoValue: 38,
      arcValue: 28.5,
      differences: [{ value: -9.5 }],
    }));
  it('stage 1 figures are the same in both and list no difference', () =>
    expect(byFigure['stage1RespondedInFull']!.differences).toEqual([]));
  it('an ARC figure from other data is shown as unexplained, not hidden', () =>
    expect(
      reconcileArcWithSpso(spso, receipts, {
        ...arc,
        stage1: { ...arc.stage1, respondedInFull: 3 },
      }).find((r) => r.figure === 'stage1RespondedInFull')!.unexplained,
    ).toBe(1));
});

describe('SPSO indicators in the SPSO layout', () => {
  const rows = spsoReturnRows(spso, { count: 1500, wording: populationWording('housing') });
  it('A: received and received per 1,000 homes for housing', () =>
    expect(rows.slice(0, 2)).toMatchObject([
      { indicator: 'A', all: 3 },
      { indicator: 'A', label: 'Complaints received per 1,000 homes', all: 2 },
    ]));
  it('no per-1,000 line without a population', () =>
    expect(
      spsoReturnRows(spso, { count: null, wording: 'homes' }).filter(
        (r) => r.unit === 'perThousand',
      ),
    ).toEqual([]));
  it('B: closures per exclusive bucket and all together', () =>
    expect(rows.find((r) => r.label === 'Complaints closed')).toMatchObject({
      stage1: 2,
      stage2Direct: 1,
      stage2Escalated: 1,
      all: 4,
    }));
  it('D: the all-closures mean is recomputed from the sums ((13 + 38 + 19) / 4)', () =>
    expect(rows.find((r) => r.indicator === 'D')!.all).toBe(17.5));
  it('the public layout shows the same figures when none is small (threshold 1)', () =>
    expect(
      publicSpsoRows(spso, { count: 1500, wording: 'homes' }, 1).map((r) =>
        [r.stage1, r.stage2Direct, r.stage2Escalated, r.all].map((f) => f?.value ?? null),
      ),
    ).toEqual(rows.map((r) => [r.stage1, r.stage2Direct, r.stage2Escalated, r.all])));
  it('the public layout withholds 1 to 4 and the shares and means over so few closures (threshold 5)', () => {
    const lines = publicSpsoRows(spso, { count: 1500, wording: 'homes' }, 5);
    expect(lines[0]!.all).toEqual({ value: null, display: 'fewer than 5' });
    expect(lines[1]!.all).toEqual({ value: null, display: 'not shown (fewer than 5 received)' });
    expect(lines.find((r) => r.indicator === 'D')!.stage1).toEqual({
      value: null,
      display: 'not shown (fewer than 5 closed)',
    });
    expect(lines.find((r) => r.label === 'Closures upheld')!.stage2Direct).toEqual({
      value: 0,
      display: '0',
    });
  });
  it('the per-1,000 wording follows the sector unless the organisation names its own', () => {
    expect(populationWording('higher_education')).toBe('students');
    expect(populationWording('local_authority')).toBe('residents');
    expect(populationWording('housing', ' tenancies ')).toBe('tenancies');
  });
});

describe('the statistics.gov.scot CSV', () => {
  const cells = statisticsCells(complaints, year);
  const rows = statisticsRows(cells, {
    organisation: 'Forth Housing',
    period: year,
    population: { count: 1500, wording: 'homes' },
  });
  it('every observation validates against the column list and value types', () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(statisticsRowProblems(r)).toEqual([]);
  });
  it('received counts by the stage first received at, category and channel; the duplicate is not one', () =>
    expect(
      rows
        .filter((r) => r.Units === 'Complaints received')
        .map((r) => [r.Stage, r.Reason, r.Channel, r.Value]),
    ).toEqual([
      ['Stage 1', 'Repairs', 'Email', 1],
      ['Stage 1', 'Repairs', 'Phone', 1],
      ['Stage 2 direct', 'Staff attitude', 'Letter', 1],
    ]));
  it('closures by bucket and outcome add up to the SPSO indicator B', () =>
    expect(
      rows.filter((r) => r.Units === 'Complaints closed').reduce((n, r) => n + Number(r.Value), 0),
    ).toBe(4));
  it('a financial year is DateCode 2026/2027, a calendar year 2026, a quarter its ISO interval', () => {
    expect(rows[0]!.DateCode).toBe('2026/2027');
    expect(statisticsDateCode({ from: '2026-01-01', to: '2026-12-31' })).toBe('2026');
    expect(statisticsDateCode({ from: '2026-04-01', to: '2026-06-30' })).toBe(
      '2026-04-01/2026-06-30',
    );
  });
  it('the CSV has the header and one line per observation', () => {
    const lines = statisticsCsv(rows).trimEnd().split('\r\n');
    expect(lines[0]).toBe(STATISTICS_CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(rows.length + 1);
  });
  it('the validator names a missing column, a fractional count and an unknown stage', () =>
    expect(
      statisticsRowProblems({ ...rows[0]!, Value: 1.5, Stage: 'Stage 3', Channel: undefined }),
    ).toEqual(
      expect.arrayContaining([
        'Value of a Count is not a whole number',
        expect.stringMatching(/^Stage is not one of/),
        'Channel is empty',
      ]),
    ));
});
