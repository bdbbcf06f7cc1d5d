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
      pagerSummary({ page: 2, pageSize: 50, total: 12_000, qualifier: 'about ', more: true }),
    ).toEqual({ text: '51–100 of about 12,000 (page 2 of about 240)', hasNext: true });
  });

  it('says a lower bound as "more than"', () => {
    expect(
      pagerSummary({ page: 1, pageSize: 50, total: 10_000, qualifier: 'more than ', more: true })
        .text,
    ).toBe('1–50 of more than 10,000 (page 1 of more than 200)');
  });

  it('offers no next page after a short page, even past the estimate', () => {
    expect(
      pagerSummary({ page: 250, pageSize: 50, total: 12_000, qualifier: 'about ', more: false })
        .hasNext,
    ).toBe(false);
  });
});
