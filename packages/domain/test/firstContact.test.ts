import { describe, expect, it } from 'vitest';
import {
  allowedOtherOutcomes,
  allowedSteps,
  assertCanAppend,
  checkFirstContact,
  checkOtherOutcome,
  complaintState,
  complaintTimeLimit,
  complaintsPerContractor,
  contractorName,
  countsAsReceived,
  spsoIndicators,
  ChpRuleError,
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
const ended = (
  outcome: 'not_a_complaint' | 'withdrawn' | 'out_of_time' | 'duplicate',
  at = '2026-03-03T09:00:00Z',
): ComplaintEvent => ({
  type: 'ended',
  at,
  outcome,
});

describe('the time limit for making a complaint (§11; docs/procedure.md, Before stage 1)', () => {
  it('is six months from when the customer first knew, by default', () =>
    expect(complaintTimeLimit({ awareOn: '2025-09-02', receivedOn: '2026-03-02' })).toEqual({
      lastDay: '2026-03-02',
      inTime: true,
    }));
  it('a complaint the day after the last day is late', () =>
    expect(complaintTimeLimit({ awareOn: '2025-09-01', receivedOn: '2026-03-02' }).inTime).toBe(
      false,
    ));
  it('31 August plus six months is 28 February (end-of-month clamping)', () =>
    expect(complaintTimeLimit({ awareOn: '2025-08-31', receivedOn: '2026-03-01' })).toEqual({
      lastDay: '2026-02-28',
      inTime: false,
    }));
  it('is a setting: twelve months makes the same complaint in time', () =>
    expect(complaintTimeLimit({ awareOn: '2025-08-31', receivedOn: '2026-03-01' }, 12).inTime).toBe(
      true,
    ));
  it('with the awareness date unknown the complaint may be in time, so it is in time', () =>
    expect(complaintTimeLimit({ awareOn: null, receivedOn: '2026-03-02' })).toEqual({
      lastDay: null,
      inTime: true,
    }));
  it('refuses a limit of no months', () =>
    expect(codeOf(() => complaintTimeLimit({ receivedOn: '2026-03-02' }, 0))).toBe(
      'INVALID_TIME_LIMIT',
    ));
});

describe('first contact: is it a complaint (§11–12)', () => {
  it('an enquiry is recorded as not a complaint with the signposting given (§12)', () =>
    expect(
      checkFirstContact({
        contactType: 'enquiry',
        receivedOn: '2026-03-02',
        signposting: ' Told the rent team number ',
      }),
    ).toMatchObject({ otherOutcome: 'not_a_complaint', reason: 'Told the rent team number' }));
  it('a request for service without the signposting is refused (§12)', () =>
    expect(
      codeOf(() => checkFirstContact({ contactType: 'service_request', receivedOn: '2026-03-02' })),
    ).toBe('SIGNPOSTING_REQUIRED'));
  it('a complaint in time enters the procedure with no other outcome (§11)', () =>
    expect(
      checkFirstContact({
        contactType: 'complaint',
        receivedOn: '2026-03-02',
        awareOn: '2026-02-20',
      }),
    ).toEqual({ otherOutcome: null, reason: null, timeLimitLastDay: '2026-08-20', inTime: true }));
  it('an unknown kind of contact is refused', () =>
    expect(
      codeOf(() => checkFirstContact({ contactType: 'gossip' as never, receivedOn: '2026-03-02' })),
    ).toBe('INVALID_CONTACT_TYPE'));
});

describe('first contact: a late complaint is never refused silently (§11; docs/procedure.md, Before stage 1)', () => {
  const late = {
    contactType: 'complaint' as const,
    receivedOn: '2026-03-02',
    awareOn: '2025-08-31',
  };
  it('made on 2 March 2026 about something known since 31 August 2025, it needs an answer, naming the last day', () => {
    let error: unknown;
    try {
      checkFirstContact(late);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ChpRuleError);
    expect((error as ChpRuleError).code).toBe('COMPLAINT_OUT_OF_TIME');
    expect((error as ChpRuleError).details).toEqual({ complaintTimeLimit: '2026-02-28' });
  });
  it('taken on with its special circumstances', () =>
    expect(
      checkFirstContact({
        ...late,
        specialCircumstances: 'In hospital from September to February',
      }),
    ).toMatchObject({ otherOutcome: null, inTime: false }));
  it('or recorded as out of time with the reason', () =>
    expect(
      checkFirstContact({ ...late, outOfTimeReason: 'Told the limit is six months' }),
    ).toMatchObject({ otherOutcome: 'out_of_time', reason: 'Told the limit is six months' }));
  it('not both', () =>
    expect(
      codeOf(() =>
        checkFirstContact({
          ...late,
          specialCircumstances: 'Illness',
          outOfTimeReason: 'Too late',
        }),
      ),
    ).toBe('SPECIAL_CIRCUMSTANCES_WITH_OUT_OF_TIME'));
  it('a complaint within six months is not out of time', () =>
    expect(
      codeOf(() =>
        checkFirstContact({ ...late, awareOn: '2025-09-02', outOfTimeReason: 'Too late' }),
      ),
    ).toBe('NOT_OUT_OF_TIME'));
  it('nor is one whose awareness date is unknown: it may be in time', () =>
    expect(
      codeOf(() => checkFirstContact({ ...late, awareOn: null, outOfTimeReason: 'Too late' })),
    ).toBe('NOT_OUT_OF_TIME'));
});

describe('first contact: another organisation involved (§11; docs/procedure.md, Before stage 1)', () => {
  it('is recorded with what was passed to it', () =>
    expect(
      checkFirstContact({
        contactType: 'complaint',
        receivedOn: '2026-03-02',
        otherOrganisation: { name: 'Glasgow City Council', passed: 'The noise part' },
      }).otherOutcome,
    ).toBeNull());
  it('a named organisation without what was passed is refused, naming that field', () => {
    let error: unknown;
    try {
      checkFirstContact({
        contactType: 'complaint',
        receivedOn: '2026-03-02',
        otherOrganisation: { name: 'Glasgow City Council', passed: ' ' },
      });
    } catch (e) {
      error = e;
    }
    expect((error as ChpRuleError).code).toBe('OTHER_ORGANISATION_INCOMPLETE');
    expect((error as ChpRuleError).details).toEqual({ field: 'passedToOtherOrganisation' });
  });
});

describe('the outcomes beyond the four end the record (docs/procedure.md, Before stage 1)', () => {
  it('a complaint found on 3 March not to be a complaint has the status ended, and that outcome', () =>
    expect(complaintState([r1, ended('not_a_complaint')])).toMatchObject({
      status: 'ended',
      otherOutcome: 'not_a_complaint',
      stage: 1,
    }));
  it('nothing is recorded on the journey after it', () =>
    expect(
      codeOf(() =>
        assertCanAppend([r1, ended('withdrawn')], { ...c1, at: '2026-03-05T09:00:00Z' }),
      ),
    ).toBe('ALREADY_ENDED'));
  it('after it only root causes and notes remain as steps', () =>
    expect(allowedSteps([r1, ended('withdrawn')], 'manager')).toEqual(['rootCauses', 'note']));
  it('after the stage 1 response (4 March) it is too late to say it is not a complaint (§11–12)', () =>
    expect(
      codeOf(() =>
        assertCanAppend([r1, c1, esc], ended('not_a_complaint', '2026-03-11T09:00:00Z')),
      ),
    ).toBe('OTHER_OUTCOME_AFTER_RESPONSE'));
  it('but the customer may withdraw during the investigation that followed', () =>
    expect(complaintState([r1, c1, esc, ended('withdrawn', '2026-03-11T09:00:00Z')]).status).toBe(
      'ended',
    ));
  it('a stage closed on 4 March cannot be withdrawn afterwards: it already has its response', () =>
    expect(
      codeOf(() => assertCanAppend([r1, c1], ended('withdrawn', '2026-03-05T09:00:00Z'))),
    ).toBe('ALREADY_CLOSED'));
  it('which are allowed: all four before a response, only withdrawn after one, none once ended', () => {
    expect(allowedOtherOutcomes([r1])).toEqual([
      'not_a_complaint',
      'withdrawn',
      'out_of_time',
      'duplicate',
    ]);
    expect(allowedOtherOutcomes([r1, c1, esc])).toEqual(['withdrawn']);
    expect(allowedOtherOutcomes([r1, c1])).toEqual([]);
    expect(allowedOtherOutcomes([r1, ended('duplicate')])).toEqual([]);
  });
  it('an unknown outcome is refused', () =>
    expect(codeOf(() => assertCanAppend([r1], ended('lost' as never)))).toBe(
      'INVALID_OTHER_OUTCOME',
    ));
});

describe('recording an outcome beyond the four (§12; docs/procedure.md, Before stage 1)', () => {
  const base = { complaintId: 'c-2', receivedOn: '2026-03-02' };
  it('not a complaint needs the signposting given (§12)', () =>
    expect(
      codeOf(() => checkOtherOutcome({ ...base, outcome: 'not_a_complaint', reason: '' })),
    ).toBe('SIGNPOSTING_REQUIRED'));
  it('withdrawn needs its reason', () =>
    expect(codeOf(() => checkOtherOutcome({ ...base, outcome: 'withdrawn' }))).toBe(
      'OTHER_OUTCOME_NEEDS_REASON',
    ));
  it('a duplicate names the complaint it repeats', () =>
    expect(codeOf(() => checkOtherOutcome({ ...base, outcome: 'duplicate', reason: 'Same' }))).toBe(
      'DUPLICATE_NEEDS_ORIGINAL',
    ));
  it('not itself', () =>
    expect(
      codeOf(() =>
        checkOtherOutcome({
          ...base,
          outcome: 'duplicate',
          reason: 'Same',
          original: { id: 'c-2', otherOutcome: null },
        }),
      ),
    ).toBe('DUPLICATE_OF_ITSELF'));
  it('and not another duplicate: it links to the original', () =>
    expect(
      codeOf(() =>
        checkOtherOutcome({
          ...base,
          outcome: 'duplicate',
          reason: 'Same',
          original: { id: 'c-1', otherOutcome: 'duplicate' },
        }),
      ),
    ).toBe('DUPLICATE_OF_DUPLICATE'));
  it('out of time only when the limit had passed when it was made (§11)', () => {
    const outOfTime = { ...base, outcome: 'out_of_time' as const, reason: 'Limit explained' };
    expect(codeOf(() => checkOtherOutcome({ ...outOfTime, awareOn: '2025-09-02' }))).toBe(
      'NOT_OUT_OF_TIME',
    );
    expect(codeOf(() => checkOtherOutcome({ ...outOfTime, awareOn: '2025-09-01' }))).toBe(
      'NO_ERROR',
    );
  });
});

describe('the outcomes beyond the four in the SPSO indicators (docs/procedure.md, SPSO performance indicators)', () => {
  const march = { from: '2026-03-01', to: '2026-03-31' };
  const q = spsoIndicators(
    [
      { events: [r1, ended('not_a_complaint')] },
      { events: [r1, ended('duplicate')] },
      { events: [r1, ended('withdrawn')] },
      { events: [r1, ended('out_of_time')] },
      { events: [r1, c1, esc, ended('withdrawn', '2026-03-11T09:00:00Z')] },
      { events: [r1, ended('withdrawn', '2026-04-01T09:00:00+01:00')] },
    ],
    march,
  );
  it('A: not a complaint and a duplicate are not complaints received; withdrawn and out of time were', () => {
    expect(q.received).toBe(4);
    expect([null, 'withdrawn', 'out_of_time'].every((o) => countsAsReceived(o as never))).toBe(
      true,
    );
    expect(['not_a_complaint', 'duplicate'].some((o) => countsAsReceived(o as never))).toBe(false);
  });
  it('B: none of them is a closure; a stage 1 response before a withdrawal still is', () =>
    expect([
      q.stages.stage1.closed,
      q.stages.stage2Direct.closed,
      q.stages.stage2Escalated.closed,
    ]).toEqual([1, 0, 0]));
  it('each is counted by its own local date: a withdrawal on 1 April is not a March one', () =>
    expect(q.otherOutcomes).toEqual({
      not_a_complaint: 1,
      withdrawn: 2,
      out_of_time: 1,
      duplicate: 1,
    }));
});

describe('complaints about contractors, per contractor (§11; docs/procedure.md, Before stage 1)', () => {
  it('a contractor is named once, spaces tidied; blank is no contractor', () => {
    expect(contractorName('  Acme   Roofing ')).toBe('Acme Roofing');
    expect(contractorName('   ')).toBeNull();
  });
  it('counts complaints received in the period by contractor, ignoring case, not duplicates', () =>
    expect(
      complaintsPerContractor(
        [
          { events: [r1], contractor: 'Acme Roofing' },
          { events: [r1], contractor: 'ACME roofing' },
          { events: [r1, ended('duplicate')], contractor: 'Acme Roofing' },
          { events: [r1], contractor: 'Clyde Gas' },
          { events: [r1], contractor: null },
          {
            events: [{ ...r1, at: '2026-04-01T09:00:00+01:00' }],
            contractor: 'Clyde Gas',
          },
        ],
        { from: '2026-03-01', to: '2026-03-31' },
      ),
    ).toEqual({ 'acme roofing': 2, 'clyde gas': 1 }));
});
