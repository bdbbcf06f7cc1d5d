import { describe, expect, it } from 'vitest';
import {
  columnsChosenTwice,
  formatOfFile,
  importUrl,
  mappingToSave,
  missingRequired,
  prefillMapping,
  problemsInFileOrder,
  rowsWithProblems,
  uuidFrom,
} from './import-mapping';

// The import page's column mapping and report (docs/procedure.md, Importing complaints)
const FIELDS = [
  { field: 'source_reference', hint: '', required: true },
  { field: 'received_at', hint: '', required: true },
  { field: 'channel', hint: '', required: true },
  { field: 'summary', hint: '', required: false },
];

describe('the column mapping, prefilled', () => {
  it('takes the saved column when the file has it', () => {
    const choice = prefillMapping(
      FIELDS,
      [{ field: 'source_reference', column: 'Case no' }],
      ['Case no', 'received_at'],
    );
    expect(choice).toMatchObject({ source_reference: 'Case no', received_at: 'received_at' });
  });

  it('falls back to the column named like the field, whatever its case, spaces or dashes', () => {
    const choice = prefillMapping(
      FIELDS,
      [{ field: 'source_reference', column: 'Old ref' }],
      ['Source Reference', 'Received-At', 'CHANNEL'],
    );
    expect(choice).toEqual({
      source_reference: 'Source Reference',
      received_at: 'Received-At',
      channel: 'CHANNEL',
      summary: '',
    });
  });

  it('leaves a field without a column when the file has none for it', () => {
    expect(prefillMapping(FIELDS, [], ['Something else']).summary).toBe('');
  });

  it('gives a column to one field only', () => {
    const choice = prefillMapping(
      FIELDS,
      [
        { field: 'source_reference', column: 'Ref' },
        { field: 'summary', column: 'Ref' },
      ],
      ['Ref'],
    );
    expect(choice.source_reference).toBe('Ref');
    expect(choice.summary).toBe('');
  });
});

describe('the column mapping, checked and saved', () => {
  it('names the required fields without a column', () => {
    expect(
      missingRequired(FIELDS, { source_reference: 'Ref', received_at: '', channel: '' }),
    ).toEqual(['received_at', 'channel']);
  });

  it('names a column chosen for two fields', () => {
    expect(columnsChosenTwice({ a: 'Ref', b: 'Ref', c: 'Date', d: '' })).toEqual(['Ref']);
  });

  it('saves only the fields given a column', () => {
    expect(mappingToSave({ source_reference: 'Ref', summary: '' })).toEqual([
      { field: 'source_reference', column: 'Ref' },
    ]);
  });
});

describe('the dry run report', () => {
  const problems = [
    { row: 9, column: 'Closed', field: 'stage1_closed_at', code: 'X', message: 'b' },
    { row: 3, column: 'Ref', field: 'source_reference', code: 'Y', message: 'a' },
    { row: 9, column: 'Area', field: 'service_area', code: 'Z', message: 'c' },
  ];

  it('lists the problems in file order, a row’s problems together by column', () => {
    expect(problemsInFileOrder(problems).map((p) => [p.row, p.column])).toEqual([
      [3, 'Ref'],
      [9, 'Area'],
      [9, 'Closed'],
    ]);
  });

  it('counts a row with several problems once', () => {
    expect(rowsWithProblems(problems)).toBe(2);
  });
});

describe('the upload', () => {
  it('reads .xlsx as a workbook and anything else as CSV', () => {
    expect(formatOfFile('History 2025.XLSX')).toBe('xlsx');
    expect(formatOfFile('history.csv')).toBe('csv');
  });

  it('sends the options and the run id in the address', () => {
    const url = new URL(
      importUrl({
        format: 'csv',
        fileName: 'a&b.csv',
        dryRun: false,
        mode: 'valid_rows',
        createUnknown: true,
        runId: 'r1',
      }),
      'http://x',
    );
    expect(url.pathname).toBe('/imports');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      format: 'csv',
      fileName: 'a&b.csv',
      dryRun: 'false',
      mode: 'valid_rows',
      createUnknown: 'true',
      runId: 'r1',
    });
  });

  it('makes a version 4 UUID of the random bytes', () => {
    const id = uuidFrom(new Uint8Array(16).fill(255));
    expect(id).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(uuidFrom(new Uint8Array(16))).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
