/**
 * One CSV field (RFC 4180), safe to open in a spreadsheet: text a spreadsheet would run as a
 * formula (first character = + - @, tab or carriage return) is prefixed with an apostrophe, then
 * the field is quoted when it holds a comma, quote or line break, quotes doubled. Numbers are
 * written as they are (a negative number is a number, not a formula); null, undefined and
 * non-finite numbers are empty.
 *
 * @example
 * csvCell('=SUM(A1:A9)') // "'=SUM(A1:A9)"
 * csvCell('Roads, paths') // '"Roads, paths"'
 * csvCell(-3) // '-3'
 */
export type CsvCell = string | number | boolean | null | undefined;

const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = String(value);
  const safe = FORMULA.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as CSV text with CRLF line ends, as spreadsheets expect. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
