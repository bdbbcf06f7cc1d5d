import { describe, expect, it } from 'vitest';
import { pagerSummary } from './pager';

describe('the pager (issue 19: an estimated total is said as such)', () => {
  it('states an exact total and stops at the last page', () => {
    expect(pagerSummary({ page: 3, pageSize: 50, total: 120 })).toEqual({
      text: '101–120 of 120 (page 3 of 3)',
      hasNext: false,
    });
  });

  it('says an estimate as "about" and offers the next page while this one is full', () => {
    expect(
      pagerSummary({ page: 2, pageSize: 50, total: 12_000, exact: false, more: true }),
    ).toEqual({ text: '51–100 of about 12,000 (page 2 of about 240)', hasNext: true });
  });

  it('offers no next page after a short page, even past the estimate', () => {
    expect(
      pagerSummary({ page: 250, pageSize: 50, total: 12_000, exact: false, more: false }).hasNext,
    ).toBe(false);
  });
});
