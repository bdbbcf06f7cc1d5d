import { describe, expect, it } from 'vitest';
import { checkActionImportRow, type ActionImportContext } from '../src';

// docs/procedure.md, Importing improvement actions: each row is checked with the action forms'
// rules (Part 4, Learning from complaints), each step on its own date.

const ctx: ActionImportContext = {
  today: '2026-06-01',
  serviceAreas: new Set(['repairs']),
  rootCauses: new Set(['poor communication']),
  people: new Set(['ann owner', 'ann@example.org']),
  createUnknown: false,
};
const row = {
  source_reference: 'ACT-1',
  title: 'Call back within a day',
  description: 'Repairs call customers back within one working day',
  service_area: 'Repairs',
  root_causes: 'Poor communication',
  owner: 'ann@example.org',
  raised_on: '2026-01-12',
  target_date: '2026-03-31',
  status: 'proposed',
};
const problemsOf = (extra: Record<string, string>) =>
  checkActionImportRow({ ...row, ...extra }, ctx).problems.map(({ field, code }) => ({
    field,
    code,
  }));

describe('an imported improvement action is checked with the action forms’ rules', () => {
  it('a proposed action keeps its owner and target date (Part 4: an owner and a target date from the start)', () => {
    const { action, problems } = checkActionImportRow(row, ctx);
    expect(problems).toEqual([]);
    expect(action?.record).toMatchObject({
      status: 'proposed',
      ownerId: 'ann@example.org',
      targetDate: '2026-03-31',
    });
    expect(action?.raisedOn).toBe('2026-01-12');
  });

  it('a target date before the day the action was raised is refused on the target date', () => {
    expect(problemsOf({ target_date: '2026-01-11' })).toEqual([
      { field: 'target_date', code: 'IMPORT_ACTION_TARGET_BEFORE_RAISED' },
    ]);
  });

  it('a done action without its completion date is refused on completed_on', () => {
    expect(problemsOf({ status: 'done', completion_evidence: 'Script changed' })).toEqual([
      { field: 'completed_on', code: 'IMPORT_REQUIRED' },
    ]);
  });

  it('a done action without its evidence is refused on completion_evidence (COMPLETION_NEEDS_EVIDENCE)', () => {
    expect(problemsOf({ status: 'done', completed_on: '2026-02-20' })).toEqual([
      { field: 'completion_evidence', code: 'COMPLETION_NEEDS_EVIDENCE' },
    ]);
  });

  it('a completion before the action was raised is refused', () => {
    expect(
      problemsOf({ status: 'done', completed_on: '2026-01-05', completion_evidence: 'Done' }),
    ).toEqual([{ field: 'completed_on', code: 'IMPORT_ACTION_COMPLETED_BEFORE_RAISED' }]);
  });

  it('a completion before the authorisation is refused (COMPLETED_BEFORE_AUTHORISED)', () => {
    expect(
      problemsOf({
        status: 'done',
        authorised_on: '2026-02-01',
        completed_on: '2026-01-20',
        completion_evidence: 'Done',
      }),
    ).toEqual([{ field: 'completed_on', code: 'COMPLETED_BEFORE_AUTHORISED' }]);
  });

  it('a completion after today is refused (COMPLETED_ON_IN_FUTURE)', () => {
    expect(
      problemsOf({ status: 'done', completed_on: '2026-06-02', completion_evidence: 'Done' }),
    ).toEqual([{ field: 'completed_on', code: 'COMPLETED_ON_IN_FUTURE' }]);
  });

  it('a done action is authorised (on the day raised unless given), then completed with its learning', () => {
    const { action } = checkActionImportRow(
      {
        ...row,
        status: 'Done',
        completed_on: '20/02/2026',
        completion_evidence: 'Script changed',
        learning_shared: 'Team briefing',
      },
      ctx,
    );
    expect(action?.record).toMatchObject({
      status: 'done',
      authorisedOn: '2026-01-12',
      authorisedById: null,
      completedOn: '2026-02-20',
      completionEvidence: 'Script changed',
      learningShared: 'Team briefing',
    });
  });

  it('an in-progress action needs its progress note (PROGRESS_NEEDS_NOTE)', () => {
    expect(problemsOf({ status: 'in progress' })).toEqual([
      { field: 'progress_note', code: 'PROGRESS_NEEDS_NOTE' },
    ]);
  });

  it('a verification early in monitoring is refused unless the action did not work (MONITORING_NOT_OVER)', () => {
    const verified = {
      status: 'verified',
      completed_on: '2026-02-20',
      completion_evidence: 'Script changed',
      monitoring_until: '2026-05-20',
      effectiveness: 'effective',
      effectiveness_note: 'Fewer complaints',
    };
    expect(problemsOf({ ...verified, verified_on: '2026-04-01' })).toEqual([
      { field: 'effectiveness_note', code: 'MONITORING_NOT_OVER' },
    ]);
    expect(problemsOf({ ...verified, verified_on: '2026-05-21' })).toEqual([]);
  });

  it('a cancelled action needs its reason (CANCEL_NEEDS_REASON)', () => {
    expect(problemsOf({ status: 'cancelled' })).toEqual([
      { field: 'cancelled_reason', code: 'CANCEL_NEEDS_REASON' },
    ]);
  });

  it('a completion date on a proposed action is refused: it belongs to a later step', () => {
    expect(problemsOf({ completed_on: '2026-02-20' })).toEqual([
      { field: 'completed_on', code: 'IMPORT_ACTION_NOT_IN_STATUS' },
    ]);
  });

  it('an unknown root cause, owner and a bad date are each refused on their column', () => {
    expect(
      problemsOf({
        root_causes: 'Poor communication; Staff attitude',
        owner: 'Bob',
        raised_on: '31/02/2026',
      }),
    ).toEqual([
      { field: 'raised_on', code: 'IMPORT_BAD_DATE' },
      { field: 'root_causes', code: 'IMPORT_UNKNOWN_ROOT_CAUSE' },
      { field: 'owner', code: 'IMPORT_UNKNOWN_PERSON' },
    ]);
  });

  it('an unknown root cause passes when the import is confirmed to create it', () => {
    expect(
      checkActionImportRow(
        { ...row, root_causes: 'Staff attitude' },
        { ...ctx, createUnknown: true },
      ).problems,
    ).toEqual([]);
  });

  it('every problem has its words (no code without a message)', () => {
    const { problems } = checkActionImportRow(
      { ...row, status: 'done', completed_on: '2026-06-02', completion_evidence: 'x' },
      ctx,
    );
    for (const p of problems) expect(p.message).not.toBe(p.code);
  });
});
