import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import {
  ACTION_IMPORT_FIELDS,
  ACTION_IMPORT_FIELD_HINTS,
  IMPORT_FIELDS,
  IMPORT_FIELD_HINTS,
  REQUIRED_ACTION_IMPORT_FIELDS,
  REQUIRED_IMPORT_FIELDS,
} from '@chp/domain';
import type { ImportKind } from './import-run';
import { UnreadableFile, type ImportFormat } from './import-reader';

/** Each column of a kind's template: its field, what to enter, and whether it is required. */
export function templateFields(
  kind: ImportKind,
): { field: string; hint: string; required: boolean }[] {
  if (kind === 'actions')
    return ACTION_IMPORT_FIELDS.map((field) => ({
      field,
      hint: ACTION_IMPORT_FIELD_HINTS[field],
      required: REQUIRED_ACTION_IMPORT_FIELDS.includes(field),
    }));
  return IMPORT_FIELDS.map((field) => ({
    field,
    hint: IMPORT_FIELD_HINTS[field],
    required: REQUIRED_IMPORT_FIELDS.includes(field),
  }));
}

/**
 * The import template of a kind of file (docs/procedure.md, Importing complaints and Importing
 * improvement actions). The CSV is the header row only, so that the template can be filled in
 * and imported as it is; the workbook has the same header on its first sheet (the one the import
 * reads) and a second sheet, "Notes", with each column's hint and whether it is required.
 */
export function templateCsv(kind: ImportKind = 'complaints'): string {
  return `${templateFields(kind)
    .map((f) => f.field)
    .join(',')}\r\n`;
}

export async function templateXlsx(kind: ImportKind = 'complaints'): Promise<Buffer> {
  const fields = templateFields(kind);
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(kind === 'actions' ? 'Improvement actions' : 'Complaints');
  sheet.addRow(fields.map((f) => f.field)).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  fields.forEach((f, i) => (sheet.getColumn(i + 1).width = Math.max(14, f.field.length + 2)));
  const notes = wb.addWorksheet('Notes');
  notes.addRow(['Column', 'Required', 'What to enter']).font = { bold: true };
  for (const f of fields) notes.addRow([f.field, f.required ? 'yes' : 'no', f.hint]);
  notes.getColumn(1).width = 38;
  notes.getColumn(3).width = 90;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * The header row of a CSV or the first worksheet of a workbook: the columns the dashboard maps
 * to the template's fields. Only the first row is read.
 */
export async function readHeader(input: Readable, format: ImportFormat): Promise<string[]> {
  try {
    return format === 'xlsx' ? await xlsxHeader(input) : await csvHeader(input);
  } catch (e) {
    throw new UnreadableFile(e instanceof Error ? e.message : String(e));
  }
}

async function csvHeader(input: Readable): Promise<string[]> {
  const parser = input.pipe(parse({ bom: true, relax_column_count: true, to_line: 1 }));
  for await (const record of parser as AsyncIterable<string[]>)
    return record.map((h) => h.trim()).filter((h) => h !== '');
  return [];
}

async function xlsxHeader(input: Readable): Promise<string[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
  });
  for await (const sheet of reader) {
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>)
      return (row.values as unknown[])
        .slice(1)
        .map((v) => headerText(v).trim())
        .filter((h) => h !== '');
    return [];
  }
  return [];
}

function headerText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    const v = value as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if (typeof v.text === 'string') return v.text;
    return v.result === undefined ? '' : headerText(v.result);
  }
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}
