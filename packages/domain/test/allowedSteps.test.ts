import { describe, expect, it } from 'vitest';
import { allowedSteps, type ComplaintEvent } from '../src';

const r1: ComplaintEvent = { type: 'received', at: '2026-03-02T09:00:00Z', stage: 1 };
const r2: ComplaintEvent = { type: 'received', at: '2026-03-02T09:00:00Z', stage: 2 };
const x1: ComplaintEvent = {
  type: 'extended',
  at: '2026-03-04T09:00:00Z',
  stage: 1,
  dueOn: '2026-03-13',
};
const c1: ComplaintEvent = {
  type: 'closed',
  at: '2026-03-05T09:00:00Z',
  stage: 1,
  outcome: 'not_upheld',
};
const esc: ComplaintEvent = { type: 'escalated', at: '2026-03-10T09:00:00Z' };
const ack: ComplaintEvent = { type: 'acknowledged', at: '2026-03-11T09:00:00Z' };
const c2: ComplaintEvent = {
  type: 'closed',
  at: '2026-04-01T09:00:00Z',
  stage: 2,
  outcome: 'upheld',
};

describe('which complaint steps are allowed now', () => {
  it('received 2 Mar 2026 at stage 1, a manager may extend, assign, update, close or escalate', () =>
    expect(allowedSteps([r1], 'manager')).toEqual([
      'extend',
      'assign',
      'contactUpdate',
      'close',
      'otherOutcome',
      'escalate',
      'rootCauses',
      'note',
    ]));
  it('a handler may not extend or assign', () =>
    expect(allowedSteps([r1], 'handler')).toEqual([
      'contactUpdate',
      'close',
      'otherOutcome',
      'escalate',
      'rootCauses',
      'note',
    ]));
  it('stage 1 extended on 4 Mar 2026 cannot be extended again', () =>
    expect(allowedSteps([r1, x1], 'manager')).not.toContain('extend'));
  it('stage 1 closed on 5 Mar 2026 may still be escalated, and contact after closure recorded', () =>
    expect(allowedSteps([r1, c1], 'handler')).toEqual([
      'escalate',
      'postClosureContact',
      'rootCauses',
      'note',
    ]));
  it('escalated on 10 Mar 2026: acknowledge, agree points, sign off (empowered managers), close', () =>
    expect(allowedSteps([r1, c1, esc], 'manager')).toEqual([
      'acknowledge',
      'agreePoints',
      'extend',
      'assign',
      'contactUpdate',
      'signOff',
      'close',
      'otherOutcome',
      'rootCauses',
      'note',
    ]));
  it('the administrator does not sign off', () =>
    expect(allowedSteps([r2], 'admin')).not.toContain('signOff'));
  it('acknowledged on 11 Mar 2026, no second acknowledgement', () =>
    expect(allowedSteps([r1, c1, esc, ack], 'handler')).toEqual([
      'agreePoints',
      'contactUpdate',
      'close',
      'otherOutcome',
      'rootCauses',
      'note',
    ]));
  it('received directly at stage 2, there is nothing to escalate', () =>
    expect(allowedSteps([r2], 'manager')).not.toContain('escalate'));
  it('stage 2 closed on 1 Apr 2026: the SPSO decision and contact after closure', () =>
    expect(allowedSteps([r2, c2], 'handler')).toEqual([
      'spsoDecision',
      'postClosureContact',
      'rootCauses',
      'note',
    ]));
  it('communications and action-only staff take no steps', () => {
    expect(allowedSteps([r1], 'communications')).toEqual([]);
    expect(allowedSteps([r1], 'staff')).toEqual([]);
  });
  it('before receipt there is no step', () => expect(allowedSteps([], 'manager')).toEqual([]));
});
