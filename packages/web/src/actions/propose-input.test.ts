import { describe, expect, it } from 'vitest';
import { checkProposal, toProposeInput } from './propose-input';

const blank = {
  title: '',
  description: '',
  ownerId: '',
  serviceAreaId: '',
  targetDate: '',
  rootCauseId: '',
};

describe('propose action input', () => {
  it('asks for every field but the root cause', () => {
    expect(Object.keys(checkProposal(blank))).toEqual([
      'title',
      'description',
      'ownerId',
      'serviceAreaId',
      'targetDate',
    ]);
  });
  it('trims, and sends the one root cause as a list', () => {
    const values = {
      title: ' Checklist ',
      description: ' A checklist ',
      ownerId: 'p1',
      serviceAreaId: 'sa',
      targetDate: '2026-03-01',
      rootCauseId: 'rc',
    };
    expect(toProposeInput(values, ['c1'])).toEqual({
      input: {
        title: 'Checklist',
        description: 'A checklist',
        ownerId: 'p1',
        serviceAreaId: 'sa',
        targetDate: '2026-03-01',
        rootCauseIds: ['rc'],
        complaintIds: ['c1'],
      },
    });
    expect(toProposeInput({ ...values, rootCauseId: '' }, []).input.rootCauseIds).toEqual([]);
  });
});
