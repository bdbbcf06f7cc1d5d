import { describe, expect, it } from 'vitest';
import {
  checkComplete,
  checkRecord,
  mayComplete,
  sortRecommendations,
  toCompleteInput,
  toRecordInput,
} from './recommendation-input';

// docs/procedure.md, SPSO recommendations (§72–73)

describe('recording an SPSO recommendation', () => {
  it('asks for the text, the due date and the owner (§72)', () => {
    expect(checkRecord({ recommendation: ' ', dueOn: '', ownerId: '' })).toEqual({
      recommendation: 'Say what the SPSO recommended.',
      dueOn: 'Enter the date it is due.',
      ownerId: 'Choose who sees it done.',
    });
  });

  it('sends the trimmed text on its complaint', () => {
    expect(
      toRecordInput({ recommendation: ' Apologise ', dueOn: '2026-04-30', ownerId: 'p1' }, 'c1'),
    ).toEqual({
      input: { complaintId: 'c1', recommendation: 'Apologise', dueOn: '2026-04-30', ownerId: 'p1' },
    });
  });
});

describe('completing an SPSO recommendation', () => {
  it('asks for evidence and the date (§73)', () => {
    expect(Object.keys(checkComplete({ evidence: '  ', completedOn: '' }))).toEqual([
      'evidence',
      'completedOn',
    ]);
    expect(checkComplete({ evidence: 'Letter sent', completedOn: '2026-05-04' })).toEqual({});
    expect(toCompleteInput({ evidence: ' Letter sent ', completedOn: '2026-05-04' })).toEqual({
      evidence: 'Letter sent',
      completedOn: '2026-05-04',
    });
  });

  it('is offered to its owner and to managers, while it is open', () => {
    const open = { status: 'due_soon' as const, owner: { id: 'owner' } };
    expect(mayComplete(open, { id: 'owner' }, false)).toBe(true);
    expect(mayComplete(open, { id: 'someone' }, false)).toBe(false);
    expect(mayComplete(open, { id: 'someone' }, true)).toBe(true);
    expect(mayComplete({ ...open, status: 'completed' }, { id: 'owner' }, true)).toBe(false);
  });
});

describe('the list of SPSO recommendations', () => {
  it('puts open ones first, overdue then by due date, completed ones last', () => {
    const items = [
      { id: 'done', status: 'completed' as const, dueOn: '2026-01-10' },
      { id: 'later', status: 'on_track' as const, dueOn: '2026-06-30' },
      { id: 'soon', status: 'due_soon' as const, dueOn: '2026-05-10' },
      { id: 'late', status: 'overdue' as const, dueOn: '2026-04-30' },
    ];
    expect(sortRecommendations(items).map((r) => r.id)).toEqual(['late', 'soon', 'later', 'done']);
  });
});
