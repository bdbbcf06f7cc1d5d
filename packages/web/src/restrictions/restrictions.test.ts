import { describe, expect, it } from 'vitest';
import {
  checkApproval,
  checkProposal,
  checkReview,
  reviewDateHint,
  toReviewVariables,
  type ReviewValues,
} from './restriction-input';

const review: ReviewValues = {
  decision: 'continue',
  note: 'Calls continued',
  nextReviewOn: '2026-09-01',
  kind: '',
  details: '',
  customerToldOn: '',
  toldOfReview: false,
  toldOfSpso: false,
};

describe('the contact restriction forms (Part 1 §12–13)', () => {
  it('a proposal needs a kind, details, a reason and a review date', () =>
    expect(
      Object.keys(checkProposal({ kind: '', details: ' ', reason: '', reviewOn: '' })),
    ).toEqual(['kind', 'details', 'reason', 'reviewOn']));
  it('approval needs the customer told of the review and of the SPSO (Part 1 §12–13)', () =>
    expect(
      Object.keys(
        checkApproval({
          customerToldOn: '2026-03-02',
          toldOfReview: false,
          toldOfSpso: false,
          reviewOn: '',
        }),
      ),
    ).toEqual(['toldOfReview', 'toldOfSpso']));
  it('continue needs the next review date; lift does not (Part 1 §12)', () => {
    expect(checkReview({ ...review, nextReviewOn: '' })).toHaveProperty('nextReviewOn');
    expect(checkReview({ ...review, decision: 'lift', nextReviewOn: '' })).toEqual({});
  });
  it('lift sends no review date; continue sends no new terms', () => {
    expect(toReviewVariables({ ...review, decision: 'lift' })).toEqual({
      decision: 'lift',
      note: 'Calls continued',
    });
    expect(toReviewVariables(review)).toEqual({
      decision: 'continue',
      note: 'Calls continued',
      nextReviewOn: '2026-09-01',
    });
  });
  it('the review date hint names the latest date, six months on: 31 Aug gives 28 Feb (docs/procedure.md, Part 1 §12–13)', () =>
    expect(reviewDateHint('2026-08-31')).toContain('28 Feb 2027'));
});
