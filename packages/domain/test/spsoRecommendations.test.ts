import { describe, expect, it } from 'vitest';
import {
  completeSpsoRecommendation,
  newSpsoRecommendation,
  spsoRecommendationStatus,
} from '../src';

// docs/procedure.md, SPSO recommendations (§72–73): tracked like improvement actions
const open = newSpsoRecommendation({
  recommendation: ' Apologise for the delay ',
  ownerId: 'p1',
  dueOn: '2026-04-30',
});

describe('SPSO recommendations, tracked like improvement actions (§72–73)', () => {
  it('a recommendation says what the SPSO asked (RECOMMENDATION_NEEDS_TEXT)', () => {
    expect(open.recommendation).toBe('Apologise for the delay');
    expect(() =>
      newSpsoRecommendation({ recommendation: ' ', ownerId: 'p1', dueOn: '2026-04-30' }),
    ).toThrow(/recommended/);
  });

  it('is completed with evidence, not after today, once only', () => {
    const done = completeSpsoRecommendation(open, ' Apology sent ', '2026-04-20', '2026-04-21');
    expect([done.completedOn, done.evidence]).toEqual(['2026-04-20', 'Apology sent']);
    expect(() => completeSpsoRecommendation(open, ' ', '2026-04-20', '2026-04-21')).toThrow(
      /evidence|met/,
    );
    expect(() => completeSpsoRecommendation(open, 'Sent', '2026-04-22', '2026-04-21')).toThrow(
      /after today/,
    );
    expect(() => completeSpsoRecommendation(done, 'Again', '2026-04-21', '2026-04-21')).toThrow(
      /RECOMMENDATION_ALREADY_COMPLETED/,
    );
  });

  it('is on track, due within 14 days, overdue after its due date, or completed', () => {
    expect(spsoRecommendationStatus(open, '2026-04-01')).toBe('on_track');
    expect(spsoRecommendationStatus(open, '2026-04-16')).toBe('due_soon');
    expect(spsoRecommendationStatus(open, '2026-04-30')).toBe('due_soon');
    expect(spsoRecommendationStatus(open, '2026-05-01')).toBe('overdue');
    expect(spsoRecommendationStatus({ ...open, completedOn: '2026-05-03' }, '2026-06-01')).toBe(
      'completed',
    );
  });
});
