import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

describe('CSV for spreadsheets', () => {
  it('writes plain text and numbers as they are', () => {
    expect(
      toCsv([
        ['Quarter', 'Received'],
        ['2026 Q3', 412],
      ]),
    ).toBe('Quarter,Received\r\n2026 Q3,412\r\n');
  });

  it('quotes text with commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvField('Repairs, maintenance')).toBe('"Repairs, maintenance"');
    expect(csvField('the "new" form')).toBe('"the ""new"" form"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('leaves empty cells for nothing, and for numbers that are not numbers', () => {
    expect(toCsv([[null, undefined, Number.NaN, 0]])).toBe(',,,0\r\n');
  });

  it('keeps a spreadsheet from running text as a formula', () => {
    expect(csvField('=SUM(A1:A2)')).toBe("'=SUM(A1:A2)");
    expect(csvField('-5 days')).toBe("'-5 days");
    expect(csvField(-5)).toBe('-5');
  });
});
