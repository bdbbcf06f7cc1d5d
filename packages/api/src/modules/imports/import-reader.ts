import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';

/** One data row of a spreadsheet: its row number as the user sees it (the header is row 1). */
export interface SourceRow {
  rowNumber: number;
  cells: Record<string, string>;
}

export type ImportFormat = 'csv' | 'xlsx';

export const formatOf = (fileName: string): ImportFormat =>
  fileName.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';

/** A file that is not the CSV or workbook it says it is. */
export class UnreadableFile extends Error {}

/** The rows of a CSV or XLSX file, streamed: the file is never held whole in memory. */
export async function* readRows(
  source: string | Readable,
  format: ImportFormat,
): AsyncGenerator<SourceRow> {
  const input = typeof source === 'string' ? createReadStream(source) : source;
  const rows = format === 'xlsx' ? xlsxRows(input) : csvRows(input);
  for (;;) {
    let next: IteratorResult<SourceRow>;
    try {
      next = await rows.next();
    } catch (e) {
      throw new UnreadableFile(e instanceof Error ? e.message : String(e));
    }
    if (next.done) return;
    yield next.value;
  }
}

async function* csvRows(input: Readable): AsyncGenerator<SourceRow> {
  const parser = input.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true }));
  let header: string[] | null = null;
  let rowNumber = 0;
  for await (const record of parser as AsyncIterable<string[]>) {
    rowNumber++;
    if (!header) {
      header = record.map((h) => h.trim());
      continue;
    }
    yield { rowNumber, cells: cellsOf(header, record) };
  }
}

async function* xlsxRows(input: Readable): AsyncGenerator<SourceRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
  });
  // the first worksheet only
  for await (const sheet of reader) {
    let header: string[] | null = null;
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      const values = (row.values as unknown[]).slice(1).map(cellText);
      if (!header) {
        header = values.map((h) => h.trim());
        continue;
      }
      if (values.every((v) => v === '')) continue;
      yield { rowNumber: row.number, cells: cellsOf(header, values) };
    }
    break;
  }
}

function cellsOf(header: string[], values: string[]): Record<string, string> {
  const cells: Record<string, string> = {};
  header.forEach((h, i) => {
    if (h) cells[h] = values[i] ?? '';
  });
  return cells;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A cell as text. A date cell holds the wall-clock time typed (exceljs gives it as UTC fields):
 * it becomes `YYYY-MM-DD` or `YYYY-MM-DD HH:MM`, read as London time like a typed date.
 */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const date = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const h = value.getUTCHours();
    const m = value.getUTCMinutes();
    return h === 0 && m === 0 ? date : `${date} ${pad(h)}:${pad(m)}`;
  }
  if (typeof value === 'object') {
    const v = value as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if (v.result !== undefined) return cellText(v.result);
    if (typeof v.text === 'string') return v.text;
    return '';
  }
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}
