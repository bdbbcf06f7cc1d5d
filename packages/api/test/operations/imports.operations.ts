import { IMPORT_FIELDS } from '@chp/domain';
import { MANAGERS } from '../../src/core/role';
import { call, type OperationCase } from './operation-case';

/**
 * Importing complaints (docs/procedure.md, Importing complaints): admin and managers check and
 * import files, keep the column mapping and follow a run's progress.
 */

export const IMPORT_COMPLAINTS = `mutation($input: ImportComplaintsInput!) {
  importComplaints(input: $input) { runId dryRun status rowsRead rowsValid rowsImported rowsRefused
    problems { row column field code message } unknownServiceAreas unknownRootCauses } }`;
const IMPORT_RUN = `query($id: ID!) { importRun(id: $id) { id status rowsRead rowsImported dryRun report { rowsRead } } }`;
const SAVE_MAPPING = `mutation($mapping: [ImportColumnInput!]!, $kind: ImportKind) { saveImportMapping(mapping: $mapping, kind: $kind) { field column } }`;

/** A one-complaint CSV, received and closed at stage 1 in January 2026. */
export const oneRowCsv = (reference = 'OLD-1') =>
  [
    IMPORT_FIELDS.join(','),
    IMPORT_FIELDS.map(
      (f) =>
        ({
          source_reference: reference,
          received_at: '2026-01-12 10:00',
          channel: 'phone',
          service_area: 'Repairs',
          category: 'Repairs delay',
          summary: 'The boiler repair was late',
          stage1_closed_at: '2026-01-14',
          stage1_outcome: 'upheld',
        })[f as string] ?? '',
    ).join(','),
  ].join('\n');

const dryRun = (content = oneRowCsv(), extra: Record<string, unknown> = {}) => ({
  input: {
    content,
    format: 'csv',
    fileName: 'history.csv',
    dryRun: true,
    mode: 'all_or_nothing',
    mapping: [],
    ...extra,
  },
});

export const importOperations: OperationCase[] = [
  {
    name: 'importFields',
    kind: 'query',
    allowed: MANAGERS,
    valid: async () => ({ query: '{ importFields { field hint required } }' }),
  },
  {
    name: 'importMapping',
    kind: 'query',
    allowed: MANAGERS,
    valid: async () => ({ query: '{ importMapping { field column } }' }),
  },
  {
    name: 'saveImportMapping',
    kind: 'mutation',
    allowed: MANAGERS,
    valid: async () =>
      call(SAVE_MAPPING, { mapping: [{ field: 'source_reference', column: 'Case ref' }] }),
    invalid: [
      {
        description: 'a field that is not in the template',
        build: async () =>
          call(SAVE_MAPPING, { mapping: [{ field: 'favourite_colour', column: 'Colour' }] }),
        code: 'BAD_USER_INPUT',
        rule: 'isIn',
      },
      {
        description: 'the same field twice',
        build: async () =>
          call(SAVE_MAPPING, {
            mapping: [
              { field: 'summary', column: 'A' },
              { field: 'summary', column: 'B' },
            ],
          }),
        code: 'BAD_USER_INPUT',
        rule: 'arrayUnique',
        field: 'mapping',
      },
      {
        description: "a complaint field in the improvement actions' mapping",
        build: async () =>
          call(SAVE_MAPPING, {
            kind: 'actions',
            mapping: [{ field: 'received_at', column: 'Date received' }],
          }),
        code: 'BAD_USER_INPUT',
        rule: 'isIn',
        field: 'mapping',
      },
      {
        description: 'a kind of file the import does not know',
        build: async () => call(SAVE_MAPPING, { kind: 'customers', mapping: [] }),
        code: 'BAD_USER_INPUT',
      },
    ],
  },
  {
    name: 'importComplaints',
    kind: 'mutation',
    allowed: MANAGERS,
    valid: async () => call(IMPORT_COMPLAINTS, dryRun()),
    invalid: [
      {
        description: 'an .xlsx that is not a workbook',
        build: async () =>
          call(
            IMPORT_COMPLAINTS,
            dryRun(Buffer.from('not a workbook').toString('base64'), {
              format: 'xlsx',
              dryRun: false,
            }),
          ),
        code: 'BAD_USER_INPUT',
        rule: 'readableFile',
        field: 'content',
      },
      {
        description: "an improvement-action field in a complaint file's mapping",
        build: async () =>
          call(
            IMPORT_COMPLAINTS,
            dryRun(oneRowCsv(), { mapping: [{ field: 'target_date', column: 'Due' }] }),
          ),
        code: 'BAD_USER_INPUT',
        rule: 'isIn',
        field: 'mapping',
      },
      {
        description: 'an improvement-action file with a complaint field in its mapping',
        build: async () =>
          call(
            IMPORT_COMPLAINTS,
            dryRun(oneRowCsv(), {
              kind: 'actions',
              mapping: [{ field: 'stage1_outcome', column: 'Outcome' }],
            }),
          ),
        code: 'BAD_USER_INPUT',
        rule: 'isIn',
        field: 'mapping',
      },
    ],
  },
  {
    name: 'importRun',
    kind: 'query',
    allowed: MANAGERS,
    valid: async (world, org) => {
      const res = await world.gql<any>(IMPORT_COMPLAINTS, dryRun(), org.people.manager);
      return call(IMPORT_RUN, { id: res.body.data.importComplaints.runId });
    },
    invalid: [
      {
        description: 'a run that does not exist',
        build: async () => call(IMPORT_RUN, { id: '00000000-0000-4000-8000-000000000000' }),
        code: 'NOT_FOUND',
      },
    ],
  },
];
