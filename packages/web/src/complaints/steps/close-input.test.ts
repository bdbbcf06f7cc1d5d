import { describe, expect, it } from 'vitest';
import { checkClose, toCloseInput, type CloseValues } from './close-input';

const base: CloseValues = {
  stage2: false,
  pointIds: [],
  at: undefined,
  outcome: 'upheld',
  findings: {},
  agreedAction: '',
  customerAgreedOn: '',
  spsoSignposted: false,
  tribunalCase: false,
  tribunalSignposted: false,
  rootCauseIds: ['rc1'],
  reasons: 'The visit was missed.',
  communicatedBy: 'phone',
};

describe('toCloseInput', () => {
  it('stage 1: the outcome, no SPSO signposting, the root causes', () => {
    expect(toCloseInput({ ...base, spsoSignposted: true })).toEqual({
      input: {
        at: undefined,
        outcome: 'upheld',
        findings: undefined,
        resolution: undefined,
        spsoSignposted: false,
        tribunalCase: false,
        tribunalSignposted: false,
        rootCauseIds: ['rc1'],
        reasons: 'The visit was missed.',
        communicatedBy: 'phone',
      },
    });
  });
  it('stage 2 with findings: the outcome follows from them; blank reasons are left out', () => {
    const { input } = toCloseInput({
      ...base,
      stage2: true,
      spsoSignposted: true,
      pointIds: ['p1', 'p2'],
      outcome: 'findings',
      findings: {
        p1: { finding: 'upheld', reason: ' Late ' },
        p2: { finding: 'not_upheld', reason: '' },
      },
    });
    expect(input.outcome).toBeUndefined();
    expect(input.spsoSignposted).toBe(true);
    expect(input.findings).toEqual([
      { pointId: 'p1', finding: 'upheld', reason: 'Late' },
      { pointId: 'p2', finding: 'not_upheld', reason: undefined },
    ]);
  });
  it('resolved: the agreed action and date', () => {
    const { input } = toCloseInput({
      ...base,
      outcome: 'resolved',
      agreedAction: ' A new tap ',
      customerAgreedOn: '2026-01-05',
    });
    expect(input.resolution).toEqual({ agreedAction: 'A new tap', customerAgreedOn: '2026-01-05' });
  });
});

describe('checkClose', () => {
  it('asks for the outcome, every finding, and what a resolution needs', () => {
    expect(checkClose({ ...base, outcome: '' })).toEqual({
      outcome: 'Choose the outcome of the complaint.',
    });
    expect(
      checkClose({
        ...base,
        outcome: 'findings',
        pointIds: ['p1', 'p2'],
        findings: { p1: { finding: 'upheld', reason: '' } },
      }),
    ).toEqual({ findings: 'Record a finding on every agreed point of complaint.' });
    expect(checkClose({ ...base, outcome: 'resolved' })).toEqual({
      agreedAction: 'Describe the action agreed with the {person}.',
      customerAgreedOn: 'Enter the date the {person} agreed.',
    });
    expect(checkClose(base)).toEqual({});
  });
});

describe('the record of what was said (§31–32, §69)', () => {
  it('stage 1 asks for the reasons for the decision (§31)', () =>
    expect(checkClose({ ...base, reasons: ' ' })).toHaveProperty('reasons'));
  it('asks how the response was given (§31–32, §69)', () =>
    expect(checkClose({ ...base, communicatedBy: '' })).toHaveProperty('communicatedBy'));
  it('a response letter recorded as sent asks for neither (§32)', () =>
    expect(checkClose({ ...base, reasons: '', communicatedBy: '', responseSent: true })).toEqual(
      {},
    ));
  it('a resolved stage 1 needs no separate reasons (§31)', () =>
    expect(
      checkClose({
        ...base,
        outcome: 'resolved',
        agreedAction: 'Repair',
        customerAgreedOn: '2026-03-03',
        reasons: '',
      }),
    ).toEqual({}));
});

describe('the corrected closure rules in the form', () => {
  it('stage 1 past its last day asks why it is not escalated (§29)', () =>
    expect(checkClose({ ...base, closedLate: true, lateReason: ' ' })).toHaveProperty(
      'lateReason',
    ));
  it('stage 1 past its last day sends the reason', () =>
    expect(
      toCloseInput({ ...base, closedLate: true, lateReason: ' Customer asked ' }).input.lateReason,
    ).toBe('Customer asked'));
  it('a stage 2 outcome with agreed points still needs a finding on each (§66)', () =>
    expect(
      checkClose({ ...base, stage2: true, pointIds: ['p1'], outcome: 'upheld' }),
    ).toHaveProperty('findings'));
  it('the Tribunal is not sent where it is not offered (§74)', () =>
    expect(
      toCloseInput({ ...base, tribunalCase: true, tribunalSignposted: true }).input,
    ).toMatchObject({ tribunalCase: false, tribunalSignposted: false }));
});
