import { describe, expect, it } from 'vitest';
import { endedQuarterKeys } from './quarters';

describe('the quarters a board pack may be drafted for (docs/procedure.md, The quarterly board pack)', () => {
  it('ended quarters of an April year, newest first, across the year start', () =>
    expect(endedQuarterKeys('2026-07-10', 4, 3)).toEqual(['FY2026-Q1', 'FY2025-Q4', 'FY2025-Q3']));
  it('a college year starting in August', () =>
    expect(endedQuarterKeys('2026-11-02', 8, 2)).toEqual(['FY2026-Q1', 'FY2025-Q4']));
});
