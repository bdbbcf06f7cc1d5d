import { describe, expect, it } from 'vitest';
import {
  checkVoid,
  complaintState,
  complaintTimeline,
  correctedJourney,
  correctionChanges,
  escalationDeadline,
  isChpRuleError,
  type ComplaintEvent,
  type RecordedStep,
} from '../src';

const step = (id: string, event: ComplaintEvent): RecordedStep => ({
  id,
  kind: 'step',
  type: event.type,
  event,
});
const other = (id: string, type: string): RecordedStep => ({ id, kind: 'step', type, event: null });

// received Monday 5 Jan 2026 at stage 1, the customer aware since 20 Dec 2025
const received = step('1', {
  type: 'received',
  at: '2026-01-05T10:00:00Z',
  stage: 1,
  awareOn: '2025-12-20',
});
const closed1 = step('2', {
  type: 'closed',
  at: '2026-01-09T10:00:00Z',
  stage: 1,
  outcome: 'not_upheld',
});
const escalated = step('3', { type: 'escalated', at: '2026-01-20T10:00:00Z' });
const acknowledged = step('4', { type: 'acknowledged', at: '2026-01-21T10:00:00Z' });
const closed2 = step('5', {
  type: 'closed',
  at: '2026-02-10T10:00:00Z',
  stage: 2,
  outcome: 'upheld',
});

const code = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    if (isChpRuleError(e)) return e.code;
    throw e;
  }
  return undefined;
};

const limit = (steps: RecordedStep[]): string | null => {
  const events = correctedJourney(steps);
  const { stage1 } = complaintTimeline(events, {}, { recorded: true });
  return escalationDeadline({
    awareOn: complaintState(events).awareOn,
    stageOneClosedOn: stage1?.closedOn ?? null,
  });
};

describe('corrections to the awareness date (docs/procedure.md, Correcting a record)', () => {
  it('as recorded, aware 20 Dec 2025: the escalation limit is six months on, 20 Jun 2026 (§36, Appendix 1 §12)', () =>
    expect(limit([received, closed1])).toBe('2026-06-20'));

  it('corrected to 31 Aug 2025: the limit moves to two months after the 9 Jan response, 9 Mar 2026 (§36, Appendix 1 §12)', () =>
    expect(limit([received, closed1, { id: '3', kind: 'corrected', awareOn: '2025-08-31' }])).toBe(
      '2026-03-09',
    ));

  it('the latest correction of the awareness date is the one that counts (§36)', () =>
    expect(
      complaintState(
        correctedJourney([
          received,
          { id: '2', kind: 'corrected', awareOn: '2025-08-31' },
          { id: '3', kind: 'corrected', awareOn: '2025-11-01' },
        ]),
      ).awareOn,
    ).toBe('2025-11-01'));

  it('a correction removing the awareness date leaves receipt to stand in for it (§36)', () =>
    expect(
      complaintState(correctedJourney([received, { id: '2', kind: 'corrected', awareOn: null }]))
        .awareOn,
    ).toBeNull());

  it('a correction of other details leaves the awareness date as recorded', () =>
    expect(
      complaintState(correctedJourney([received, { id: '2', kind: 'corrected' }])).awareOn,
    ).toBe('2025-12-20'));
});

describe('voiding a step recorded by mistake (docs/procedure.md, Correcting a record)', () => {
  it('a voided stage 1 closure is absent: stage 1 is open again (§29)', () => {
    const steps = [received, closed1, { id: '3', kind: 'voided', voidedId: '2' } as const];
    expect(complaintState(correctedJourney(steps)).status).toBe('open');
    expect(complaintTimeline(correctedJourney(steps)).stage1?.closedOn).toBeNull();
  });

  it('voiding a stage 1 closure is allowed while nothing depends on it (§29)', () =>
    expect(code(() => checkVoid([received, closed1], '2'))).toBeUndefined());

  it('voiding a stage 1 extension counts the response against day 5 again (§27, §29)', () => {
    const extended = step('2', {
      type: 'extended',
      at: '2026-01-07T10:00:00Z',
      stage: 1,
      dueOn: '2026-01-16',
    });
    const steps = [received, extended, { id: '3', kind: 'voided', voidedId: '2' } as const];
    expect(complaintTimeline(correctedJourney(steps)).stage1?.extendedDueOn).toBeNull();
  });

  it('voiding a mistaken escalation before stage 2 went further returns the complaint to stage 1 closed (§36)', () => {
    expect(code(() => checkVoid([received, closed1, escalated], '3'))).toBeUndefined();
    const state = complaintState(
      correctedJourney([received, closed1, escalated, { id: '9', kind: 'voided', voidedId: '3' }]),
    );
    expect([state.stage, state.status]).toEqual([1, 'closed']);
  });

  it('an escalation whose stage 2 was acknowledged and closed cannot be voided (§36, §40)', () =>
    expect(code(() => checkVoid([received, closed1, escalated, acknowledged, closed2], '3'))).toBe(
      'VOID_LEAVES_IMPOSSIBLE_JOURNEY',
    ));

  it('a stage 1 closure that was escalated cannot be voided (§36)', () =>
    expect(code(() => checkVoid([received, closed1, escalated], '2'))).toBe(
      'VOID_LEAVES_IMPOSSIBLE_JOURNEY',
    ));

  it('a closure the SPSO decided on cannot be voided (Part 4, Recording complaints)', () =>
    expect(
      code(() =>
        checkVoid([received, closed1, escalated, closed2, other('6', 'spso_decision')], '5'),
      ),
    ).toBe('VOID_LEAVES_IMPOSSIBLE_JOURNEY'));

  it('the receipt is never voided', () =>
    expect(code(() => checkVoid([received, closed1], '1'))).toBe('VOID_RECEIPT'));

  it('a step already voided is not voided again', () =>
    expect(
      code(() => checkVoid([received, closed1, { id: '3', kind: 'voided', voidedId: '2' }], '2')),
    ).toBe('VOID_ALREADY_VOIDED'));

  it('a correction is not a step that can be voided', () =>
    expect(code(() => checkVoid([received, { id: '2', kind: 'corrected' }], '2'))).toBe(
      'VOID_NOT_A_STEP',
    ));

  it('a step of another journey is not found', () =>
    expect(code(() => checkVoid([received], '99'))).toBe('VOID_NOT_FOUND'));

  it('ending an enquiry as not a complaint cannot be voided: it never enters the procedure (§11–12)', () => {
    const ended = step('2', {
      type: 'ended',
      at: '2026-01-05T10:00:00Z',
      outcome: 'not_a_complaint',
    });
    expect(code(() => checkVoid([received, ended], '2', {}, { contactType: 'enquiry' }))).toBe(
      'VOID_LEAVES_IMPOSSIBLE_JOURNEY',
    );
  });

  it('a note can be voided; the timeline does not change', () =>
    expect(code(() => checkVoid([received, other('2', 'note')], '2'))).toBeUndefined());
});

describe('what a correction changes (docs/procedure.md, Correcting a record)', () => {
  it('lists each given field that differs, with before and after', () =>
    expect(
      correctionChanges(
        { category: 'Repairs', channel: 'phone', serious: false },
        { category: 'Rent arrears', channel: 'phone' },
      ),
    ).toEqual([{ field: 'category', before: 'Repairs', after: 'Rent arrears' }]));

  it('named staff compare as a set: the same people in another order is no change', () =>
    expect(
      code(() => correctionChanges({ namedStaffIds: ['a', 'b'] }, { namedStaffIds: ['b', 'a'] })),
    ).toBe('CORRECTION_CHANGES_NOTHING'));

  it('a correction that changes nothing is refused', () =>
    expect(code(() => correctionChanges({ serious: true }, { serious: true }))).toBe(
      'CORRECTION_CHANGES_NOTHING',
    ));

  it('clearing a detail is a change (null after a value)', () =>
    expect(correctionChanges({ awareOn: '2025-12-20' }, { awareOn: null })).toEqual([
      { field: 'awareOn', before: '2025-12-20', after: null },
    ]));
});
