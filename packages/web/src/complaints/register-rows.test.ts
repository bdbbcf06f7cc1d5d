import { describe, expect, it } from 'vitest';
import { registerRow, stageLabel } from './register-rows';
import { complaint, stage, timeline } from './test-fixtures';

describe('a register row', () => {
  it('shows the current stage, its working deadline and its status', () => {
    const row = registerRow(
      complaint({
        timeline: timeline({
          stage1: stage({
            extendedDueOn: '2026-11-13',
            deadline: '2026-11-13',
            status: 'due_soon',
          }),
          stage2: null,
        }),
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
        timeline: timeline({
          stage1: stage({ closedOn: '2026-11-05', status: 'closed_on_time' }),
          stage2: stage({ dueOn: '2026-12-04', deadline: '2026-12-04', status: 'overdue' }),
        }),
      }),
    );
    expect(row).toMatchObject({
      stage: 'Stage 2 (escalated)',
      dueOn: '2026-12-04',
      status: 'overdue',
    });
  });

  it('shows an outcome beyond the four instead of a deadline (docs/procedure.md, Before stage 1)', () => {
    const row = registerRow(
      complaint({
        status: 'not_a_complaint',
        timeline: timeline({ stage1: stage({ status: null }) }),
      }),
    );
    expect(row).toMatchObject({ otherOutcome: 'Not a complaint', status: null });
  });

  it('names a complaint that went straight to stage 2', () => {
    expect(stageLabel({ currentStage: 2, route: 'stage2_direct' })).toBe('Stage 2 (direct)');
  });
});
