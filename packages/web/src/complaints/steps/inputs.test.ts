import { describe, expect, it } from 'vitest';
import {
  agreedMessage,
  checkAgreePoints,
  checkAssign,
  checkExtend,
  checkSpsoDecision,
  rootCausesMessage,
  toAgreePointsInput,
  toEscalateInput,
  toExtendInput,
  toNoteInput,
  toPostClosureContactInput,
  toRootCausesInput,
  toSpsoDecisionInput,
} from './inputs';

describe('complaint step inputs', () => {
  it('extend: both fields are needed; the reason is trimmed', () => {
    expect(checkExtend({ dueOn: '', reason: ' ' })).toEqual({
      dueOn: 'Enter the new due date.',
      reason: 'Say why more time is needed: the {person} is told.',
    });
    expect(checkExtend({ dueOn: '2026-01-05', reason: 'Waiting' })).toEqual({});
    expect(toExtendInput({ dueOn: '2026-01-05', reason: '  Waiting \n' })).toEqual({
      dueOn: '2026-01-05',
      reason: 'Waiting',
    });
  });
  it('escalate: blank circumstances are left out; "now" is sent as no time', () => {
    expect(toEscalateInput({ at: undefined, exceptionalCircumstances: '  ' })).toEqual({
      at: undefined,
      exceptionalCircumstances: undefined,
    });
    expect(
      toEscalateInput({ at: '2026-01-05T10:00:00Z', exceptionalCircumstances: ' In hospital ' }),
    ).toEqual({ at: '2026-01-05T10:00:00Z', exceptionalCircumstances: 'In hospital' });
  });
  it('agree points: blank points are dropped, at least one is needed', () => {
    expect(checkAgreePoints(['', ' '])).toEqual({
      points: 'Enter at least one point of complaint.',
    });
    expect(toAgreePointsInput([' One ', '', 'Two'])).toEqual({ points: ['One', 'Two'] });
    expect(agreedMessage(1)).toBe('1 point of complaint agreed.');
    expect(agreedMessage(2)).toBe('2 points of complaint agreed.');
  });
  it('notes, contact after closure, the SPSO decision, root causes and the handler', () => {
    expect(toNoteInput(' Called ')).toEqual({ note: 'Called' });
    expect(toPostClosureContactInput({ note: ' Rang ', dissatisfied: true })).toEqual({
      note: 'Rang',
      dissatisfied: true,
    });
    expect(checkSpsoDecision({ decision: '', decidedOn: '2026-01-05' })).toEqual({
      decision: "Choose the SPSO's decision.",
    });
    expect(toSpsoDecisionInput({ decision: 'upheld', decidedOn: '2026-01-05' })).toEqual({
      decision: 'upheld',
      decidedOn: '2026-01-05',
    });
    expect(toRootCausesInput(['a', 'b'])).toEqual({ rootCauseIds: ['a', 'b'] });
    expect(rootCausesMessage(0)).toBe('Root causes cleared.');
    expect(rootCausesMessage(1)).toBe('1 root cause recorded.');
    expect(checkAssign('')).toEqual({ handlerId: 'Choose who handles the complaint.' });
    expect(checkAssign('p1')).toEqual({});
  });
});
