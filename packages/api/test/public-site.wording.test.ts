import { describe, expect, it } from 'vitest';
import { csvCell, downloadName } from '../src/surfaces/public/figures-csv';
import { publicPeriodName as periodName } from '@chp/domain';

describe('public wording', () => {
  it("a period is named as the public says it: 'July to September 2026', 'April 2025 to March 2026', 'May 2025'", () => {
    expect(periodName({ from: '2026-07-01', to: '2026-09-30' })).toBe('July to September 2026');
    expect(periodName({ from: '2025-04-01', to: '2026-03-31' })).toBe('April 2025 to March 2026');
    expect(periodName({ from: '2025-05-01', to: '2025-05-31' })).toBe('May 2025');
  });
});

describe('public downloads', () => {
  it('a CSV cell a spreadsheet would run as a formula starts with an apostrophe; commas and quotes are quoted (RFC 4180)', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('Repairs, gas')).toBe('"Repairs, gas"');
    expect(csvCell('fewer than 5')).toBe('fewer than 5');
  });

  it("a financial year's download name has no slash: 2026/27 becomes 2026-27", () => {
    expect(downloadName('north-ha', '2026/27', 'figures.csv')).toBe('north-ha-2026-27-figures.csv');
  });
});
