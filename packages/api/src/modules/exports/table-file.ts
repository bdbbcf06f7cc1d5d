import { Readable, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { csvCell, type CsvCell } from '@chp/domain';

/** One file of an export: its header and its rows, produced batch by batch. */
export interface TableFile {
  /** The file's name without extension (also the XLSX sheet's name). */
  name: string;
  header: readonly string[];
  rows: () => AsyncIterable<CsvCell[][]>;
}

/** A stored value as one cell: instants in ISO 8601 (UTC), JSON as text. */
export function cellOf(value: unknown): CsvCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'bigint') return value.toString();
  return value as CsvCell;
}

const line = (cells: readonly CsvCell[]) => cells.map(csvCell).join(',') + '\r\n';

/**
 * The file as CSV text (RFC 4180 with CRLF, a byte-order mark so Excel reads UTF-8, cells
 * guarded against spreadsheet formulas by @chp/domain's `csvCell`), streamed batch by batch.
 */
export function csvStream(file: TableFile): Readable {
  return Readable.from(
    (async function* () {
      yield '\ufeff' + line(file.header);
      for await (const rows of file.rows()) yield rows.map(line).join('');
    })(),
  );
}

/** An XLSX sheet holds at most 1,048,576 rows; a longer table goes on in "name (2)", ... */
export const XLSX_SHEET_ROWS = 1_048_575;

/** Sheet names: at most 31 characters, none of []:*?/\ */
const sheetName = (name: string, part: number) =>
  (part === 1 ? name : `${name.slice(0, 26)} (${part})`).replace(/[[\]:*?/\\]/g, '_').slice(0, 31);

/** The files as one XLSX workbook, one sheet each, written to `out` row by row (never whole). */
export async function writeXlsx(out: Writable, files: readonly TableFile[]): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useSharedStrings: false,
    useStyles: false,
  });
  for (const file of files) {
    let part = 1;
    let sheet = book.addWorksheet(sheetName(file.name, part));
    sheet.addRow([...file.header]).commit();
    let used = 0;
    for await (const rows of file.rows()) {
      for (const row of rows) {
        if (used === XLSX_SHEET_ROWS) {
          sheet.commit();
          sheet = book.addWorksheet(sheetName(file.name, ++part));
          sheet.addRow([...file.header]).commit();
          used = 0;
        }
        sheet.addRow(row.map((v) => (v === undefined ? null : v))).commit();
        used += 1;
      }
    }
    sheet.commit();
  }
  await book.commit();
}
