import { describe, expect, it } from 'vitest';
import {
  checkClosure,
  checkNewComplaintChannel,
  checkSeriousRouting,
  closureRequirements,
  isSeriousAtStageOne,
  NEW_COMPLAINT_CHANNELS,
  stageOneClosedLate,
  stageOneLastDay,
  tribunalSignpostingApplies,
} from '../src';
import { codeOf } from './helpers';

const signOff = { byId: 'mgr-1', empowered: true, at: '2026-04-01T10:00:00Z' };
const stage2 = { stage: 2 as const, outcome: 'upheld' as const, spsoSignposted: true, signOff };

describe('stage 1 past its last day must escalate, or a recorded reason (§29, Appendix 1 §10)', () => {
  // received Monday 2 March 2026: day 5 is Friday 6 March, day 10 Friday 13 March
  const stage1 = { dayOne: '2026-03-02', extendedDueOn: null };
  it('without an extension the last day is day 10', () =>
    expect(stageOneLastDay(stage1)).toBe('2026-03-13'));
  it('with an extension the last day is the extended due date', () =>
    expect(stageOneLastDay({ ...stage1, extendedDueOn: '2026-03-10' })).toBe('2026-03-10'));
  it('closing on day 10 is not late', () =>
    expect(stageOneClosedLate('2026-03-13', stage1)).toBe(false));
  it('closing the Monday after day 10 is late', () =>
    expect(stageOneClosedLate('2026-03-16', stage1)).toBe(true));
  it('closing at stage 1 after its last day without a reason is refused', () =>
    expect(
      codeOf(() =>
        checkClosure({
          stage: 1,
          outcome: 'upheld',
          closedOn: '2026-03-16',
          stageOneLastDay: '2026-03-13',
        }),
      ),
    ).toBe('STAGE1_LATE_NEEDS_REASON'));
  it('closing at stage 1 after its last day with a reason is accepted', () =>
    expect(
      codeOf(() =>
        checkClosure({
          stage: 1,
          outcome: 'upheld',
          closedOn: '2026-03-16',
          stageOneLastDay: '2026-03-13',
          lateReason: 'The customer asked for the answer at stage 1 after a site visit',
        }),
      ),
    ).toBe('NO_ERROR'));
  it('closing after day 5 but by day 10 needs no reason', () =>
    expect(
      codeOf(() =>
        checkClosure({
          stage: 1,
          outcome: 'upheld',
          closedOn: '2026-03-11',
          stageOneLastDay: '2026-03-13',
        }),
      ),
    ).toBe('NO_ERROR'));
});

describe('serious, high-risk or high-profile complaints (§36)', () => {
  it('kept at stage 1 without a reason is refused', () =>
    expect(codeOf(() => checkSeriousRouting({ serious: true, stage: 1 }))).toBe(
      'SERIOUS_AT_STAGE_1_NEEDS_REASON',
    ));
  it('kept at stage 1 with a blank reason is refused', () =>
    expect(
      codeOf(() => checkSeriousRouting({ serious: true, stage: 1, notStageTwoReason: '  ' })),
    ).toBe('SERIOUS_AT_STAGE_1_NEEDS_REASON'));
  it('kept at stage 1 with a reason is accepted, and shown to managers', () => {
    expect(
      codeOf(() =>
        checkSeriousRouting({ serious: true, stage: 1, notStageTwoReason: 'Fixed the same day' }),
      ),
    ).toBe('NO_ERROR');
    expect(isSeriousAtStageOne({ serious: true, stage: 1 })).toBe(true);
  });
  it('straight to stage 2 needs no reason', () =>
    expect(codeOf(() => checkSeriousRouting({ serious: true, stage: 2 }))).toBe('NO_ERROR'));
  it('a complaint that is not serious needs no reason at stage 1', () =>
    expect(codeOf(() => checkSeriousRouting({ serious: false, stage: 1 }))).toBe('NO_ERROR'));
});

describe('every point answered (§66)', () => {
  it('a stage 2 with agreed points cannot close without a finding on each', () =>
    expect(
      codeOf(() => checkClosure({ ...stage2, agreedPointIds: ['p1', 'p2'], findingPointIds: [] })),
    ).toBe('POINT_WITHOUT_FINDING'));
  it('a finding on one of two points is not enough', () =>
    expect(
      codeOf(() =>
        checkClosure({ ...stage2, agreedPointIds: ['p1', 'p2'], findingPointIds: ['p1'] }),
      ),
    ).toBe('POINT_WITHOUT_FINDING'));
  it('a finding on each point is complete', () =>
    expect(
      codeOf(() =>
        checkClosure({ ...stage2, agreedPointIds: ['p1', 'p2'], findingPointIds: ['p2', 'p1'] }),
      ),
    ).toBe('NO_ERROR'));
  it('a resolved complaint confirms the resolution instead (§67)', () =>
    expect(
      codeOf(() =>
        checkClosure({
          ...stage2,
          outcome: 'resolved',
          resolution: { agreedAction: 'Repair the door', customerAgreedOn: '2026-04-01' },
          agreedPointIds: ['p1'],
          findingPointIds: [],
        }),
      ),
    ).toBe('NO_ERROR'));
});

describe('sign-off valid only for the response actually closed (§65)', () => {
  it('a sign-off before the points were re-agreed no longer counts', () =>
    expect(
      codeOf(() => checkClosure({ ...stage2, responseChangedAt: '2026-04-01T10:00:01Z' })),
    ).toBe('SIGN_OFF_OUT_OF_DATE'));
  it('a sign-off after the last change counts', () =>
    expect(
      codeOf(() => checkClosure({ ...stage2, responseChangedAt: '2026-04-01T09:59:59Z' })),
    ).toBe('NO_ERROR'));
  it('a sign-off at the same instant as the change counts', () =>
    expect(
      codeOf(() => checkClosure({ ...stage2, responseChangedAt: '2026-04-01T10:00:00Z' })),
    ).toBe('NO_ERROR'));
});

describe('tribunal signposting by sector and stage (§74)', () => {
  it('housing, stage 2: offered', () =>
    expect(tribunalSignpostingApplies('housing', 2)).toBe(true));
  it('housing, stage 1: not offered', () =>
    expect(tribunalSignpostingApplies('housing', 1)).toBe(false));
  it('a local authority, stage 2: not offered', () =>
    expect(tribunalSignpostingApplies('local_authority', 2)).toBe(false));
  it('the form asks the question only where it applies', () => {
    expect(closureRequirements(2, 'upheld', 'housing').tribunalSignposting).toBe(true);
    expect(closureRequirements(2, 'upheld', 'higher_education').tribunalSignposting).toBe(false);
  });
  it('a tribunal case at stage 1 is refused', () =>
    expect(
      codeOf(() =>
        checkClosure({ stage: 1, outcome: 'upheld', sector: 'housing', tribunalCase: true }),
      ),
    ).toBe('TRIBUNAL_NOT_APPLICABLE'));
  it('a tribunal case outside housing is refused', () =>
    expect(
      codeOf(() =>
        checkClosure({
          ...stage2,
          sector: 'local_authority',
          tribunalCase: true,
          tribunalSignposted: true,
        }),
      ),
    ).toBe('TRIBUNAL_NOT_APPLICABLE'));
  it('a housing tribunal case at stage 2 signposting the Tribunal is complete', () =>
    expect(
      codeOf(() =>
        checkClosure({
          ...stage2,
          sector: 'housing',
          tribunalCase: true,
          tribunalSignposted: true,
        }),
      ),
    ).toBe('NO_ERROR'));
});

describe('channels (docs/procedure.md, What every complaint records)', () => {
  it('social media is not offered for a new complaint', () =>
    expect(NEW_COMPLAINT_CHANNELS).not.toContain('social_media'));
  it('recording a new complaint through social media is refused', () =>
    expect(codeOf(() => checkNewComplaintChannel('social_media'))).toBe(
      'CHANNEL_NOT_FOR_COMPLAINTS',
    ));
  it('the web form is a channel for new complaints', () =>
    expect(codeOf(() => checkNewComplaintChannel('web_form'))).toBe('NO_ERROR'));
});
