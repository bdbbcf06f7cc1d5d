import { describe, expect, it } from 'vitest';
import {
  describeTotal,
  EXACT_COUNT_LIMIT,
  registerTotal,
  roundEstimate,
  SEARCH_COUNT_LIMIT,
} from '../src';

describe("the register's total (issue 19: count exactly up to a limit, else an estimate said as such)", () => {
  it('is the exact count while the capped count stays within the limit', () => {
    expect(registerTotal(0, 900_000)).toEqual({ count: 0, exact: true, atLeast: false });
    expect(registerTotal(EXACT_COUNT_LIMIT, 3)).toEqual({
      count: EXACT_COUNT_LIMIT,
      exact: true,
      atLeast: false,
    });
  });

  it("is the planner's estimate, rounded, once the capped count passes the limit", () => {
    expect(registerTotal(EXACT_COUNT_LIMIT + 1, 123_456)).toEqual({
      count: 120_000,
      exact: false,
      atLeast: false,
    });
  });

  it('never estimates below the limit the capped count proved', () => {
    expect(registerTotal(EXACT_COUNT_LIMIT + 1, 4_000)).toEqual({
      count: EXACT_COUNT_LIMIT,
      exact: false,
      atLeast: false,
    });
  });

  it('says only that the limit was passed when there is no estimate to give', () => {
    const total = registerTotal(EXACT_COUNT_LIMIT + 1, null);
    expect(total).toEqual({ count: EXACT_COUNT_LIMIT, exact: false, atLeast: true });
    expect(describeTotal(total)).toBe('more than 10,000 complaints');
  });

  it('counts a search exactly up to its own limit, 1,000, and says "more than" past it', () => {
    expect(registerTotal(SEARCH_COUNT_LIMIT, null, SEARCH_COUNT_LIMIT)).toEqual({
      count: 1_000,
      exact: true,
      atLeast: false,
    });
    const total = registerTotal(SEARCH_COUNT_LIMIT + 1, null, SEARCH_COUNT_LIMIT);
    expect(describeTotal(total)).toBe('more than 1,000 complaints');
  });

  it('rounds an estimate to two significant figures', () => {
    expect(roundEstimate(12_345)).toBe(12_000);
    expect(roundEstimate(987_654)).toBe(990_000);
    expect(roundEstimate(1_049_999)).toBe(1_000_000);
    expect(roundEstimate(57)).toBe(57);
  });

  it('says an exact total plainly and an estimate as "about"', () => {
    expect(describeTotal({ count: 1, exact: true })).toBe('1 complaint');
    expect(describeTotal({ count: 1234, exact: true })).toBe('1,234 complaints');
    expect(describeTotal({ count: 12_000, exact: false })).toBe('about 12,000 complaints');
  });
});
