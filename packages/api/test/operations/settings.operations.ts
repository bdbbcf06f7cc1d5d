import { Role } from '../../src/core/role';
import { must, type InvalidCase, type OperationCase } from './operation-case';

/**
 * The administration screens' own operations (issue 13): what a closure day would move, the
 * audit log's filter choices and its CSV file; and the settings rules added to
 * updateOrganisationSettings.
 */

const SETTINGS =
  'mutation($s: OrganisationSettingsInput!) { updateOrganisationSettings(settings: $s) { version } }';

/** updateOrganisationSettings with one field set, at the organisation's current version. */
const settingsCase = (
  description: string,
  set: Record<string, unknown>,
  field: string,
  rule: string,
): InvalidCase => ({
  description,
  build: async (world, _org, as) => {
    const { organisation } = await must(world, { query: '{ organisation { version } }' }, as);
    return { query: SETTINGS, variables: { s: { version: organisation.version, ...set } } };
  },
  code: 'BAD_USER_INPUT',
  field,
  rule,
});

/** Rules of the settings screen, for the bad-input table's updateOrganisationSettings row. */
export const settingsInvalidCases: InvalidCase[] = [
  {
    description: 'who may close stage 1: a value that is not a choice (§21)',
    build: async (world, _org, as) => {
      const { organisation } = await must(world, { query: '{ organisation { version } }' }, as);
      return {
        query: SETTINGS,
        variables: { s: { version: organisation.version, stageOneResponders: 'everyone' } },
      };
    },
    code: 'BAD_USER_INPUT',
  },
  settingsCase(
    'a retention period of 11 months (docs/procedure.md, Retention and erasure)',
    { retentionMonths: 11 },
    'retentionMonths',
    'min',
  ),
  settingsCase(
    'a financial year starting in month 13',
    { financialYearStartMonth: 13 },
    'financialYearStartMonth',
    'max',
  ),
  settingsCase(
    'a financial year starting in month 0',
    { financialYearStartMonth: 0 },
    'financialYearStartMonth',
    'min',
  ),
  settingsCase(
    'a person term that is not words of letters',
    { personTerm: 'customer<script>' },
    'personTerm',
    'matches',
  ),
  settingsCase(
    'an SPSO text over 4,000 characters',
    { spsoSignposting: 'x'.repeat(4001) },
    'spsoSignposting',
    'isLength',
  ),
];

const PREVIEW =
  'query($date: LocalDate!, $change: ClosureDayChange!) { closureDayPreview(date: $date, change: $change) { totalCount complaints { reference dates { kind from to } } } }';
const CSV =
  'query($from: LocalDate, $to: LocalDate) { auditLogCsv(from: $from, to: $to) { filename rowCount truncated } }';

export const settingsOperations: OperationCase[] = [
  {
    name: 'bankHolidays',
    kind: 'query',
    allowed: Object.values(Role),
    valid: async () => ({ query: '{ bankHolidays(year: 2026) { date name } }' }),
    invalid: [
      {
        description: 'a year outside 1990 to 2100',
        build: async () => ({ query: '{ bankHolidays(year: 2101) { date } }' }),
        code: 'BAD_USER_INPUT',
        field: 'year',
        rule: 'yearInRange',
      },
    ],
  },
  {
    name: 'closureDayPreview',
    kind: 'query',
    allowed: [Role.admin],
    // 2032: addClosureDay's random days are in 2031, and one of them on this day made it a conflict
    valid: async () => ({ query: PREVIEW, variables: { date: '2032-06-10', change: 'add' } }),
    invalid: [
      {
        description: 'removing a day that is not a closure day',
        build: async () => ({
          query: PREVIEW,
          variables: { date: '2040-01-06', change: 'remove' },
        }),
        code: 'NOT_FOUND',
      },
      {
        description: 'a date that does not exist',
        build: async () => ({ query: PREVIEW, variables: { date: '2026-02-30', change: 'add' } }),
        code: 'BAD_USER_INPUT',
        field: 'date',
        rule: 'LocalDate',
      },
    ],
  },
  {
    name: 'auditChoices',
    kind: 'query',
    allowed: [Role.admin, Role.senior_manager],
    valid: async () => ({ query: '{ auditChoices { actors { id name } entities operations } }' }),
  },
  {
    name: 'auditLogCsv',
    kind: 'query',
    allowed: [Role.admin, Role.senior_manager],
    valid: async () => ({ query: CSV, variables: { from: '2026-01-01', to: '2026-12-31' } }),
    invalid: [
      {
        description: 'a period that ends before it starts',
        build: async () => ({ query: CSV, variables: { from: '2026-03-02', to: '2026-03-01' } }),
        code: 'BAD_USER_INPUT',
        field: 'to',
        rule: 'notBeforeFrom',
      },
    ],
  },
];
