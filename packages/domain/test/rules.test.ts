import { describe, expect, it } from 'vitest';
import {
  addCalendarMonths,
  allowedNextEvents,
  assertCanAppend,
  checkClosure,
  complaintState,
  complaintTimeline,
  escalationDeadline,
  isEscalationInTime,
  postClosureContact,
  spsoDeadline,
  stageOutcomeFromFindings,
  stageStatus,
  type ComplaintEvent,
} from '../src';
import { codeOf } from './helpers';

const r1: ComplaintEvent = { type: 'received', at: '2026-03-02T09:00:00Z', stage: 1 };
const c1: ComplaintEvent = {
  type: 'closed',
  at: '2026-03-04T09:00:00Z',
  stage: 1,
  outcome: 'not_upheld',
};
const esc: ComplaintEvent = { type: 'escalated', at: '2026-03-10T09:00:00Z' };

describe('escalation time limit (§36, Appendix 1 §12)', () => {
  it('six calendar months from awareness clamps 31 August to 28 February', () =>
    expect(addCalendarMonths('2025-08-31', 6)).toBe('2026-02-28'));
  it('clamps to 29 February in a leap year', () =>
    expect(addCalendarMonths('2023-08-31', 6)).toBe('2024-02-29'));
  it('the later of six months from awareness and two months from the stage 1 response applies', () =>
    expect(escalationDeadline({ awareOn: '2025-08-31', stageOneClosedOn: '2026-01-10' })).toBe(
      '2026-03-10',
    ));
  it('six months from awareness wins when it is later', () =>
    expect(escalationDeadline({ awareOn: '2025-12-01', stageOneClosedOn: '2026-01-10' })).toBe(
      '2026-06-01',
    ));
  it('a request on the deadline is in time', () =>
    expect(
      isEscalationInTime({ awareOn: '2025-01-15', stageOneClosedOn: '2025-05-01' }, '2025-07-15'),
    ).toBe(true));
  it('a request after the deadline is a warning (false), not an error', () =>
    expect(
      isEscalationInTime({ awareOn: '2025-01-15', stageOneClosedOn: '2025-05-01' }, '2025-07-16'),
    ).toBe(false));
  it('SPSO deadline: the 12 months beginning with 29 February 2024 end on 28 February 2025 (§75)', () =>
    expect(spsoDeadline('2024-02-29')).toBe('2025-02-28'));
  it('a malformed awareness date is INVALID_DATE', () =>
    expect(codeOf(() => spsoDeadline('2024-13-01'))).toBe('INVALID_DATE'));
});

describe('lifecycle: which event may follow which', () => {
  it('the first event must be received', () =>
    expect(codeOf(() => complaintTimeline([esc]))).toBe('NOT_RECEIVED'));
  it('received only once', () =>
    expect(codeOf(() => complaintTimeline([r1, r1]))).toBe('ALREADY_RECEIVED'));
  it('events out of order are EVENT_BEFORE_PREVIOUS', () =>
    expect(
      codeOf(() =>
        complaintTimeline([r1, esc, { type: 'acknowledged', at: '2026-03-09T09:00:00Z' }]),
      ),
    ).toBe('EVENT_BEFORE_PREVIOUS'));
  it('a closure before receipt is CLOSED_BEFORE_RECEIVED', () =>
    expect(codeOf(() => complaintTimeline([r1, { ...c1, at: '2026-03-01T09:00:00Z' }]))).toBe(
      'CLOSED_BEFORE_RECEIVED',
    ));
  it('an unknown event type is UNKNOWN_EVENT_TYPE', () =>
    expect(
      codeOf(() =>
        complaintTimeline([
          r1,
          { type: 'reopened', at: '2026-03-03T09:00:00Z' } as unknown as ComplaintEvent,
        ]),
      ),
    ).toBe('UNKNOWN_EVENT_TYPE'));
  it('acknowledgement at stage 1 is ACKNOWLEDGED_AT_STAGE_1', () =>
    expect(
      codeOf(() => complaintTimeline([r1, { type: 'acknowledged', at: '2026-03-03T09:00:00Z' }])),
    ).toBe('ACKNOWLEDGED_AT_STAGE_1'));
  it('stage 2 is acknowledged once', () =>
    expect(
      codeOf(() =>
        complaintTimeline([
          r1,
          esc,
          { type: 'acknowledged', at: '2026-03-11T09:00:00Z' },
          { type: 'acknowledged', at: '2026-03-12T09:00:00Z' },
        ]),
      ),
    ).toBe('ALREADY_ACKNOWLEDGED'));
  it('a stage is closed once', () =>
    expect(codeOf(() => complaintTimeline([r1, c1, c1]))).toBe('ALREADY_CLOSED'));
  it('nothing follows the stage 2 closure', () =>
    expect(
      codeOf(() =>
        complaintTimeline([
          r1,
          c1,
          esc,
          { type: 'closed', at: '2026-03-20T09:00:00Z', stage: 2, outcome: 'upheld' },
          { type: 'extended', at: '2026-03-21T09:00:00Z', stage: 2, dueOn: '2026-05-01' },
        ]),
      ),
    ).toBe('ALREADY_CLOSED'));
  it('escalation happens once', () =>
    expect(codeOf(() => complaintTimeline([r1, c1, esc, esc]))).toBe('ALREADY_ESCALATED'));
  it('a straight-to-stage-2 complaint cannot be escalated', () =>
    expect(codeOf(() => complaintTimeline([{ ...r1, stage: 2 }, esc]))).toBe(
      'ESCALATION_NOT_FROM_STAGE_1',
    ));
  it('closing stage 1 after escalation is STAGE_NOT_CURRENT', () =>
    expect(codeOf(() => complaintTimeline([r1, esc, { ...c1, at: '2026-03-11T09:00:00Z' }]))).toBe(
      'STAGE_NOT_CURRENT',
    ));
  it('a stage 1 extension after stage 1 closed is ALREADY_CLOSED', () =>
    expect(
      codeOf(() =>
        complaintTimeline([
          r1,
          c1,
          { type: 'extended', at: '2026-03-05T09:00:00Z', stage: 1, dueOn: '2026-03-12' },
        ]),
      ),
    ).toBe('ALREADY_CLOSED'));
  it('a closure without an outcome is OUTCOME_REQUIRED', () =>
    expect(
      codeOf(() =>
        complaintTimeline([
          r1,
          { type: 'closed', at: '2026-03-04T09:00:00Z', stage: 1 } as ComplaintEvent,
        ]),
      ),
    ).toBe('OUTCOME_REQUIRED'));
  it('assertCanAppend rejects an event before storing it', () =>
    expect(
      codeOf(() => assertCanAppend([r1], { type: 'acknowledged', at: '2026-03-03T09:00:00Z' })),
    ).toBe('ACKNOWLEDGED_AT_STAGE_1'));
  it('after a stage 1 closure the only next step is escalation', () =>
    expect(allowedNextEvents([r1, c1])).toEqual([{ type: 'escalated' }]));
  it('an open stage 2 may be extended, acknowledged or closed', () =>
    expect(allowedNextEvents([{ ...r1, stage: 2 }]).map((e) => e.type)).toEqual([
      'extended',
      'acknowledged',
      'closed',
    ]));
  it('complaintState reports an escalated open complaint at stage 2', () =>
    expect(complaintState([r1, c1, esc])).toMatchObject({
      stage: 2,
      status: 'open',
      route: 'stage2Escalated',
    }));
});

describe('closing requirements (§31-34, §65-75) and post-closure contact (§76)', () => {
  const signOff = { byId: 'mgr-1', empowered: true };
  it('a stage 1 closure may not signpost to the SPSO', () =>
    expect(codeOf(() => checkClosure({ stage: 1, outcome: 'upheld', spsoSignposted: true }))).toBe(
      'SPSO_SIGNPOSTED_AT_STAGE_1',
    ));
  it('a stage 1 closure with an outcome is complete', () =>
    expect(codeOf(() => checkClosure({ stage: 1, outcome: 'upheld' }))).toBe('NO_ERROR'));
  it('a stage 2 closure needs an empowered sign-off', () =>
    expect(
      codeOf(() =>
        checkClosure({
          stage: 2,
          outcome: 'upheld',
          spsoSignposted: true,
          signOff: { byId: 'x', empowered: false },
        }),
      ),
    ).toBe('SIGN_OFF_REQUIRED'));
  it('a stage 2 closure must signpost to the SPSO', () =>
    expect(codeOf(() => checkClosure({ stage: 2, outcome: 'upheld', signOff }))).toBe(
      'SPSO_SIGNPOSTING_REQUIRED',
    ));
  it('a tribunal case at stage 2 also signposts the First-tier Tribunal', () =>
    expect(
      codeOf(() =>
        checkClosure({
          stage: 2,
          outcome: 'upheld',
          signOff,
          spsoSignposted: true,
          sector: 'housing',
          tribunalCase: true,
        }),
      ),
    ).toBe('TRIBUNAL_SIGNPOSTING_REQUIRED'));
  it('resolved needs the agreed action and the customer agreement (§2-7)', () =>
    expect(codeOf(() => checkClosure({ stage: 1, outcome: 'resolved' }))).toBe(
      'RESOLVED_NEEDS_AGREEMENT',
    ));
  it('resolved with an agreement is complete', () =>
    expect(
      codeOf(() =>
        checkClosure({
          stage: 1,
          outcome: 'resolved',
          resolution: { agreedAction: 'Repair the door', customerAgreedOn: '2026-03-04' },
        }),
      ),
    ).toBe('NO_ERROR'));
  it('a closure needs an outcome', () =>
    expect(codeOf(() => checkClosure({ stage: 2 }))).toBe('OUTCOME_REQUIRED'));
  it('dissatisfaction after stage 2 is signposted to the SPSO', () =>
    expect(
      postClosureContact(
        [
          { ...r1, stage: 2 },
          { type: 'closed', at: '2026-03-20T09:00:00Z', stage: 2, outcome: 'upheld' },
        ],
        true,
      ),
    ).toBe('signpost_spso'));
  it('dissatisfaction after stage 1 means escalation', () =>
    expect(postClosureContact([r1, c1], true)).toBe('escalate'));
  it('a question after closure is clarification only', () =>
    expect(postClosureContact([r1, c1], false)).toBe('clarify'));
});

describe('outcomes (docs/procedure.md, Outcomes)', () => {
  it('all points upheld is upheld', () =>
    expect(stageOutcomeFromFindings(['upheld', 'upheld'])).toBe('upheld'));
  it('no point upheld is not upheld', () =>
    expect(stageOutcomeFromFindings(['not_upheld'])).toBe('not_upheld'));
  it('some points upheld is partially upheld', () =>
    expect(stageOutcomeFromFindings(['upheld', 'not_upheld'])).toBe('partially_upheld'));
  it('resolved overrides the findings', () =>
    expect(stageOutcomeFromFindings(['upheld'], { resolved: true })).toBe('resolved'));
  it('no findings is NO_FINDINGS', () =>
    expect(codeOf(() => stageOutcomeFromFindings([]))).toBe('NO_FINDINGS'));
  it('each closed stage has one outcome recorded on the timeline', () =>
    expect(complaintTimeline([r1, c1]).stage1!.outcome).toBe('not_upheld'));
});

describe('deadline status as of today', () => {
  const open = complaintTimeline([
    { type: 'received', at: '2026-03-30T09:00:00Z', stage: 1 },
  ]).stage1!; // due Mon 2026-04-06
  it('due date within two working days is due soon', () =>
    expect(stageStatus(open, '2026-04-02').status).toBe('due_soon'));
  it('earlier it is on track', () =>
    expect(stageStatus(open, '2026-03-31').status).toBe('on_track'));
  it('after the due date it is overdue', () =>
    expect(stageStatus(open, '2026-04-08').status).toBe('overdue'));
  it('an extension moves the working deadline for overdue', () =>
    expect(stageStatus({ ...open, extendedDueOn: '2026-04-10' }, '2026-04-08').status).toBe(
      'due_soon',
    ));
  it('counts working days elapsed and remaining over Easter', () =>
    expect(stageStatus(open, '2026-04-02')).toMatchObject({
      workingDaysElapsed: 4,
      workingDaysRemaining: 1,
    }));
  it('past the due date, remaining counts the working days overdue (§26)', () =>
    // due Mon 2026-04-06; Tue 7 and Wed 8 have passed
    expect(stageStatus(open, '2026-04-08').workingDaysRemaining).toBe(-2));
  it('on a weekend after the due date, only the working days since count as overdue (§26)', () =>
    // due Mon 2026-04-06; by Saturday 2026-04-11, Tue 7 to Fri 10 have passed
    expect(stageStatus(open, '2026-04-11').workingDaysRemaining).toBe(-4));
  it('a late closure stays closed_late even with an extension', () =>
    expect(
      stageStatus(
        { ...open, extendedDueOn: '2026-04-10', closedOn: '2026-04-09', workingDays: 7 },
        '2026-05-01',
      ).status,
    ).toBe('closed_late'));
});
