import { describe, expect, it } from 'vitest';
import { deadlineRows } from './deadlines';
import { journeyDetails, journeyTitle } from './journey';
import { registerRow, stageLabel } from './register-rows';
import { allowedSteps } from './steps';
import type { ComplaintDetail, StageTimeline } from './types';

const stage = (over: Partial<StageTimeline> = {}): StageTimeline => ({
  dayOne: '2026-11-02',
  dueOn: '2026-11-06',
  extendedDueOn: null,
  deadline: '2026-11-06',
  acknowledgeBy: null,
  acknowledgedOn: null,
  closedOn: null,
  outcome: null,
  status: 'on_track',
  transferred: false,
  withinTimescale: null,
  workingDays: null,
  workingDaysElapsed: 2,
  workingDaysRemaining: 3,
  ...over,
});

const complaint = (over: Partial<ComplaintDetail> = {}): ComplaintDetail => ({
  id: 'c1',
  version: 1,
  reference: 'CMP-2026-00001',
  receivedAt: '2026-11-02T10:00:00Z',
  status: 'open',
  currentStage: 1,
  route: 'stage1',
  category: 'Repairs',
  channel: 'phone',
  serious: false,
  awareOn: null,
  escalatedAt: null,
  spsoDecision: null,
  spsoDecidedOn: null,
  serviceArea: { id: 's1', name: 'Repairs and maintenance' },
  handler: null,
  rootCauses: [],
  points: [],
  journey: [],
  actions: [],
  timeline: { stage1: stage(), stage2: null },
  ...over,
});

describe('a register row', () => {
  it('shows the current stage, its working deadline and its status', () => {
    const row = registerRow(
      complaint({
        timeline: {
          stage1: stage({
            extendedDueOn: '2026-11-13',
            deadline: '2026-11-13',
            status: 'due_soon',
          }),
          stage2: null,
        },
      }),
    );
    expect(row).toMatchObject({
      stage: 'Stage 1',
      dueOn: '2026-11-13',
      status: 'due_soon',
      serviceArea: 'Repairs and maintenance',
    });
  });

  it('measures an escalated complaint against stage 2, not the closed stage 1', () => {
    const row = registerRow(
      complaint({
        currentStage: 2,
        timeline: {
          stage1: stage({ closedOn: '2026-11-05', status: 'closed_on_time' }),
          stage2: stage({ dueOn: '2026-12-04', deadline: '2026-12-04', status: 'overdue' }),
        },
      }),
    );
    expect(row).toMatchObject({
      stage: 'Stage 2 (escalated)',
      dueOn: '2026-12-04',
      status: 'overdue',
    });
  });

  it('names a complaint that went straight to stage 2', () => {
    expect(stageLabel({ currentStage: 2, route: 'stage2_direct' })).toBe('Stage 2 (direct)');
  });
});

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

describe('the journey in words', () => {
  it('names each step with its dates and outcome', () => {
    expect(journeyTitle({ type: 'received', stage: 1 })).toBe('Received at stage 1');
    expect(journeyTitle({ type: 'extended', stage: 1, details: { dueOn: '2026-03-12' } })).toBe(
      'Stage 1 extended to 12 Mar 2026',
    );
    expect(
      journeyTitle({ type: 'closed', stage: 2, details: { outcome: 'partially_upheld' } }),
    ).toBe('Stage 2 closed: partially upheld');
    expect(journeyTitle({ type: 'escalated', stage: 2, details: { transfer: true } })).toBe(
      'Transferred to stage 2',
    );
  });

  it('names the step without its details for staff who may not see them', () => {
    expect(journeyTitle({ type: 'closed', stage: 1 })).toBe('Stage 1 closed');
  });

  it('lists reasons, notes, points and the agreed resolution', () => {
    expect(
      journeyDetails({
        type: 'points_agreed',
        details: { points: ['Repair delay', 'No call back'] },
      }),
    ).toEqual(['1. Repair delay', '2. No call back']);
    expect(
      journeyDetails({
        type: 'closed',
        details: {
          resolution: { agreedAction: 'Fix the boiler', customerAgreedOn: '2026-11-03' },
          spsoSignposted: false,
        },
      }),
    ).toEqual(['Agreed action: Fix the boiler (agreed 3 Nov 2026)']);
  });
});

describe('the deadlines on a complaint page', () => {
  it('lists day one and day 5 of an open stage 1 with the working days left, and the time limits', () => {
    const rows = deadlineRows(
      {
        stage1: stage(),
        stage2: null,
        escalationDeadline: '2027-05-02',
        spsoDeadline: '2027-11-02',
      },
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
      ['Last day to go to the SPSO', '2027-11-02', '12 months from when the customer knew'],
    ]);
  });

  it('shows the extension as the working deadline and how late it is', () => {
    const rows = deadlineRows(
      {
        stage1: stage({
          extendedDueOn: '2026-11-13',
          deadline: '2026-11-13',
          workingDaysRemaining: -2,
          status: 'overdue',
        }),
        stage2: null,
      },
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

  it('shows an escalated complaint: stage 1 closed, stage 2 with acknowledge-by and next update', () => {
    const rows = deadlineRows(
      {
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
      },
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
});
