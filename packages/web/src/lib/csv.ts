import { toCsv, type CsvCell } from '@chp/domain';

/**
 * Offers the rows as a CSV file download in the browser. The CSV itself (RFC 4180, guarded
 * against spreadsheet formulas) is @chp/domain's `toCsv`, as in the API's exports.
 */
export function downloadCsv(filename: string, rows: readonly (readonly CsvCell[])[]): void {
  // A byte-order mark so Excel reads UTF-8 (names with accents, the en dash in labels).
  const blob = new Blob(['\ufeff', toCsv(rows)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
