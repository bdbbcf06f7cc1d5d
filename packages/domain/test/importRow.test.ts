import { describe, expect, it } from 'vitest';
import { checkImportRow, readWhen, type ImportContext } from '../src';

// docs/procedure.md, Importing complaints: each row is checked with the forms' rules.

const ctx: ImportContext = {
  today: '2026-06-01',
  settings: {},
  earliestRecordDate: '2000-01-01',
  sector: 'housing',
  serviceAreas: new Set(['repairs']),
  rootCauses: new Set(['poor communication']),
  people: new Set(),
  createUnknown: false,
};
// received Monday 2 March 2026 at 10:00: day 5 is Friday 6 March, day 10 Friday 13 March
const row = {
  source_reference: 'OLD-1',
  received_at: '2026-03-02 10:00',
  channel: 'phone',
  service_area: 'Repairs',
  category: 'Repairs delay',
  summary: 'The boiler repair was late',
};
const problemsOf = (extra: Record<string, string>) =>
  checkImportRow({ ...row, ...extra }, ctx).problems.map(({ field, code }) => ({ field, code }));

describe('an imported row is checked with the forms’ rules', () => {
  it('a closure before receipt is refused on the closure column (§31)', () => {
    expect(problemsOf({ stage1_closed_at: '2026-02-27', stage1_outcome: 'upheld' })).toEqual([
      { field: 'stage1_closed_at', code: 'CLOSED_BEFORE_RECEIVED' },
    ]);
  });

  it('an extension past day 10 (Monday 16 March) is refused on the new due date (§27)', () => {
    expect(
      problemsOf({
        extension_at: '2026-03-04',
        extension_reason: 'Contractor report',
        extension_due_on: '2026-03-16',
      }),
    ).toEqual([{ field: 'extension_due_on', code: 'STAGE1_EXTENSION_PAST_DAY_10' }]);
  });

  it('an extension to day 10 (Friday 13 March) is kept in the journey with its reason (§27)', () => {
    const { complaint } = checkImportRow(
      {
        ...row,
        extension_at: '2026-03-04',
        extension_reason: 'Contractor report',
        extension_due_on: '2026-03-13',
      },
      ctx,
    );
    expect(complaint?.steps.map((s) => s.kind)).toEqual(['received', 'extended']);
  });

  it('a closure without its outcome is refused on the outcome column (§31)', () => {
    expect(problemsOf({ stage1_closed_at: '2026-03-04' })).toEqual([
      { field: 'stage1_outcome', code: 'OUTCOME_REQUIRED' },
    ]);
  });

  it('stage 1 closed after day 10 needs the late reason (§29)', () => {
    expect(problemsOf({ stage1_closed_at: '2026-03-16', stage1_outcome: 'upheld' })).toEqual([
      { field: 'stage1_late_reason', code: 'STAGE1_LATE_NEEDS_REASON' },
    ]);
  });

  it('an escalation after both six months from awareness and two months from the stage 1 response needs exceptional circumstances (§36)', () => {
    expect(
      problemsOf({
        aware_on: '2025-11-10',
        stage1_closed_at: '2026-03-04',
        stage1_outcome: 'not upheld',
        escalated_at: '2026-05-20',
      }),
    ).toEqual([{ field: 'escalated_at', code: 'ESCALATION_OUT_OF_TIME' }]);
  });

  it('a stage 2 response is taken as signed off and signposting the SPSO (§65, §73)', () => {
    const { complaint, problems } = checkImportRow(
      {
        ...row,
        received_stage: '2',
        stage2_acknowledged_at: '2026-03-04',
        points: 'Late repair; No call back',
        stage2_closed_at: '2026-03-20',
        stage2_outcome: 'partially upheld',
      },
      ctx,
    );
    expect(problems).toEqual([]);
    expect(complaint?.steps.map((s) => s.kind)).toEqual([
      'received',
      'acknowledged',
      'points',
      'closed',
    ]);
  });

  it('complaints are not taken through social media (What every complaint records)', () => {
    expect(problemsOf({ channel: 'social media' })).toEqual([
      { field: 'channel', code: 'CHANNEL_NOT_FOR_COMPLAINTS' },
    ]);
  });

  it('unknown service areas are refused unless the import creates them', () => {
    expect(problemsOf({ service_area: 'Grounds' })).toEqual([
      { field: 'service_area', code: 'IMPORT_UNKNOWN_SERVICE_AREA' },
    ]);
    expect(
      checkImportRow({ ...row, service_area: 'Grounds' }, { ...ctx, createUnknown: true }).problems,
    ).toEqual([]);
  });

  it('dates are read in the forms people type; 31 February is not a date', () => {
    expect(readWhen('14/03/2025')).toEqual({ date: '2025-03-14', time: null });
    expect(readWhen('2025-03-14 09:05')).toEqual({ date: '2025-03-14', time: '09:05' });
    expect(readWhen('31/02/2025')).toBeNull();
    expect(problemsOf({ received_at: '31/02/2026' })).toEqual([
      { field: 'received_at', code: 'IMPORT_BAD_DATE' },
    ]);
  });

  it('a date without a time is received at 12:00 London time (BST in summer)', () => {
    expect(checkImportRow({ ...row, received_at: '2025-07-01' }, ctx).complaint?.receivedAt).toBe(
      '2025-07-01T11:00:00.000Z',
    );
  });
});
