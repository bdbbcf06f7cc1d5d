import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../src';

describe('CSV cells a spreadsheet cannot run', () => {
  it.each(['=SUM(A1)', '+44', '-1+1', '@cmd', '\tx', '\rx'])(
    'text starting %j gets an apostrophe',
    (t) => expect(csvCell(t).replace(/^"/, '').startsWith("'")).toBe(true),
  );
  it('a negative number stays a number', () => expect(csvCell(-3)).toBe('-3'));
  it('a comma or quote is quoted, quotes doubled', () =>
    expect(csvCell('Roads, "paths"')).toBe('"Roads, ""paths"""'));
  it('a formula with a comma is guarded, then quoted', () =>
    expect(csvCell('=A1,B1')).toBe(`"'=A1,B1"`));
  it('empty values are empty', () => expect(toCsv([[null, undefined, NaN]])).toBe(',,\r\n'));
});
