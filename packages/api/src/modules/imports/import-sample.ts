import {
  IMPORT_FIELDS,
  addDays,
  addWorkingDays,
  dayOne,
  londonInstant,
  stageOneLatestExtension,
  toCsv,
  type ImportField,
  type TimelineSettings,
} from '@chp/domain';

/**
 * Generated import files for the tests and the benchmark: `count` complaints received through
 * `year` (closed at stage 1, extended, escalated and closed at stage 2, taken straight to stage 2,
 * still open), and optionally one deliberately bad row in every `badEvery` (the six kinds the
 * done-when test names, in turn). `expectedProblems` lists where each bad row's problem is.
 */

export type SampleRow = Record<ImportField, string>;

export const BAD_KINDS = [
  { kind: 'closure before receipt', field: 'stage1_closed_at', code: 'CLOSED_BEFORE_RECEIVED' },
  {
    kind: 'extension past day 10',
    field: 'extension_due_on',
    code: 'STAGE1_EXTENSION_PAST_DAY_10',
  },
  { kind: 'unknown service area', field: 'service_area', code: 'IMPORT_UNKNOWN_SERVICE_AREA' },
  { kind: 'bad date', field: 'received_at', code: 'IMPORT_BAD_DATE' },
  { kind: 'missing outcome', field: 'stage1_outcome', code: 'OUTCOME_REQUIRED' },
  { kind: 'duplicate reference', field: 'source_reference', code: 'IMPORT_DUPLICATE_REFERENCE' },
] as const satisfies readonly { kind: string; field: ImportField; code: string }[];

export interface SampleOptions {
  count: number;
  year: number;
  serviceAreas: string[];
  rootCauses: string[];
  settings?: TimelineSettings;
  /** One bad row in every `badEvery` rows (the first at badEvery - 1), `badCount` of them. */
  badEvery?: number;
  badCount?: number;
}

const OUTCOMES = ['upheld', 'not upheld', 'partially upheld', 'resolved'];
const CHANNELS = ['phone', 'email', 'letter', 'in person', 'web form'];
const at = (date: string, time: string) => `${date} ${time}`;

/** The rows of a sample file, one at a time (a large file never sits in memory). */
export function* sampleRows(
  o: SampleOptions,
): Generator<{ row: SampleRow; bad: (typeof BAD_KINDS)[number] | null }> {
  const settings = o.settings ?? {};
  const start = Date.parse(`${o.year}-01-01T00:00:00Z`);
  let badSeen = 0;
  for (let i = 0; i < o.count; i++) {
    // received through the year's first 300 days, so every journey closes within it
    const received = new Date(start + Math.floor((i * 300) / o.count) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const receivedTime = `${String(8 + (i % 9)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`;
    const row = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, ''])) as SampleRow;
    Object.assign(row, {
      source_reference: `OLD-${o.year}-${String(i + 1).padStart(6, '0')}`,
      received_at: at(received, receivedTime),
      channel: CHANNELS[i % CHANNELS.length],
      service_area: o.serviceAreas[i % o.serviceAreas.length],
      category: ['Repairs delay', 'Staff attitude', 'Billing', 'Noise'][i % 4],
      summary: `Imported complaint ${i + 1}: the ${['boiler', 'window', 'rent statement', 'neighbour'][i % 4]} problem`,
      customer_name: `Customer ${i + 1}`,
      customer_email: `customer${i + 1}@example.org`,
      root_causes: o.rootCauses[i % o.rootCauses.length] ?? '',
    });
    const outcome = OUTCOMES[i % OUTCOMES.length]!;
    const first = dayOne(londonInstant(received, receivedTime), settings);
    const shape = i % 10;
    if (shape === 9) {
      // taken straight to stage 2, acknowledged, closed
      row.received_stage = '2';
      row.stage2_acknowledged_at = addWorkingDays(first, 2, settings);
      row.points = 'The repair was late; Nobody called back';
      row.stage2_closed_at = addWorkingDays(first, 15, settings);
      row.stage2_outcome = outcome;
      if (outcome === 'resolved') row.stage2_resolution = 'Repair done and compensation paid';
    } else if (shape === 8) {
      // still open at stage 1 (received, nothing else)
    } else {
      if (shape === 1 || shape === 5) {
        row.extension_at = at(addWorkingDays(first, 2, settings), '11:00');
        row.extension_reason = 'Waiting for the contractor report';
        row.extension_due_on = addWorkingDays(first, 7, settings);
      }
      const closedOn = addWorkingDays(first, shape === 1 || shape === 5 ? 6 : 3, settings);
      row.stage1_closed_at = at(closedOn, '15:00');
      row.stage1_outcome = outcome;
      if (outcome === 'resolved') row.stage1_resolution = 'Repair booked with the customer';
      if (shape === 3 || shape === 7) {
        const escalatedOn = addDays(closedOn, 7);
        row.escalated_at = at(escalatedOn, '10:00');
        row.stage2_acknowledged_at = at(addWorkingDays(escalatedOn, 2, settings), '10:00');
        row.stage2_closed_at = at(
          addWorkingDays(escalatedOn, shape === 3 ? 12 : 18, settings),
          '16:00',
        );
        row.stage2_outcome = OUTCOMES[(i + 1) % OUTCOMES.length]!;
        if (row.stage2_outcome === 'resolved') row.stage2_resolution = 'Compensation agreed';
        if (shape === 7 && i % 20 === 7) {
          row.spso_decision = 'not taken forward';
          row.spso_decided_on = addDays(row.stage2_closed_at.slice(0, 10), 40);
        }
      }
    }

    let bad: (typeof BAD_KINDS)[number] | null = null;
    if (o.badEvery && badSeen < (o.badCount ?? Infinity) && i % o.badEvery === o.badEvery - 1) {
      bad = BAD_KINDS[badSeen % BAD_KINDS.length]!;
      badSeen++;
      // each bad row is a plain stage 1 complaint but for its one mistake
      Object.assign(row, {
        received_stage: '',
        escalated_at: '',
        stage2_acknowledged_at: '',
        points: '',
        stage2_closed_at: '',
        stage2_outcome: '',
        stage2_resolution: '',
        spso_decision: '',
        spso_decided_on: '',
        extension_at: '',
        extension_reason: '',
        extension_due_on: '',
        stage1_closed_at: at(addWorkingDays(first, 3, settings), '15:00'),
        stage1_outcome: 'upheld',
        stage1_resolution: '',
      });
      if (bad.kind === 'closure before receipt') row.stage1_closed_at = addDays(received, -2);
      if (bad.kind === 'extension past day 10') {
        row.extension_at = at(addWorkingDays(first, 2, settings), '11:00');
        row.extension_reason = 'Waiting for the contractor report';
        row.extension_due_on = addWorkingDays(
          stageOneLatestExtension(first, settings),
          5,
          settings,
        );
      }
      if (bad.kind === 'unknown service area') row.service_area = 'Grounds (old name)';
      if (bad.kind === 'bad date') row.received_at = `31/02/${o.year}`;
      if (bad.kind === 'missing outcome') row.stage1_outcome = '';
      if (bad.kind === 'duplicate reference')
        row.source_reference = `OLD-${o.year}-${String(i).padStart(6, '0')}`;
    }
    yield { row, bad };
  }
}

/** The file's header line and rows as CSV text chunks. */
export function* sampleCsv(o: SampleOptions): Generator<string> {
  yield toCsv([IMPORT_FIELDS]);
  for (const { row } of sampleRows(o)) yield toCsv([IMPORT_FIELDS.map((f) => row[f])]);
}
