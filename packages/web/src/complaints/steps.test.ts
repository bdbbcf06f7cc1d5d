import { describe, expect, it } from 'vitest';
import { allowedSteps } from './steps';
import { complaint, stage } from './test-fixtures';

describe('the lifecycle steps offered on a complaint', () => {
  it('offers a handler at an open stage 1: update, close, transfer to stage 2, root causes, note (no extension: a manager agrees it)', () => {
    expect(allowedSteps(complaint(), 'handler')).toEqual([
      'contactUpdate',
      'close',
      'escalate',
      'rootCauses',
      'note',
    ]);
  });

  it('offers a manager the one stage 1 extension until it is used, and assigning the handler', () => {
    expect(allowedSteps(complaint(), 'manager')).toContain('extend');
    expect(allowedSteps(complaint(), 'manager')).toContain('assign');
    expect(allowedSteps(complaint(), 'handler')).not.toContain('assign');
    const extended = complaint({
      timeline: { stage1: stage({ extendedDueOn: '2026-11-13' }), stage2: null },
    });
    expect(allowedSteps(extended, 'manager')).not.toContain('extend');
  });

  it('offers escalation after the stage 1 response, and contact after closure', () => {
    const closed = complaint({
      status: 'closed',
      timeline: {
        stage1: stage({ closedOn: '2026-11-05', status: 'closed_on_time' }),
        stage2: null,
      },
    });
    expect(allowedSteps(closed, 'handler')).toEqual([
      'escalate',
      'postClosureContact',
      'rootCauses',
      'note',
    ]);
  });

  it('at an open stage 2: acknowledge until done, points, sign-off for managers, close', () => {
    const s2 = complaint({
      currentStage: 2,
      route: 'stage2_direct',
      timeline: { stage1: null, stage2: stage({ acknowledgeBy: '2026-11-04' }) },
    });
    expect(allowedSteps(s2, 'manager')).toEqual([
      'acknowledge',
      'agreePoints',
      'extend',
      'assign',
      'contactUpdate',
      'signOff',
      'close',
      'rootCauses',
      'note',
    ]);
    expect(allowedSteps(s2, 'handler')).toEqual([
      'acknowledge',
      'agreePoints',
      'contactUpdate',
      'close',
      'rootCauses',
      'note',
    ]);
    // the administrator is not empowered to give the final response (§65)
    expect(allowedSteps(s2, 'admin')).not.toContain('signOff');
  });

  it("after the stage 2 response: the SPSO's decision", () => {
    const done = complaint({
      status: 'closed',
      currentStage: 2,
      route: 'stage2_direct',
      timeline: { stage1: null, stage2: stage({ closedOn: '2026-11-20' }) },
    });
    expect(allowedSteps(done, 'handler')).toEqual([
      'spsoDecision',
      'postClosureContact',
      'rootCauses',
      'note',
    ]);
  });

  it('offers communications staff and action owners nothing', () => {
    expect(allowedSteps(complaint(), 'communications')).toEqual([]);
    expect(allowedSteps(complaint(), 'staff')).toEqual([]);
  });
});
