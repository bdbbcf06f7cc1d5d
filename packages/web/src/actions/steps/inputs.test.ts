import { describe, expect, it } from 'vitest';
import {
  checkCancel,
  checkComplete,
  checkProgress,
  checkVerify,
  toAssignActionInput,
  toCancelInput,
  toCompleteInput,
  toProgressInput,
  toSummaryInput,
  toVerifyInput,
} from './inputs';

describe('action step inputs', () => {
  it('progress and cancel need their text, trimmed', () => {
    expect(checkProgress(' ')).toEqual({ note: 'Write what has been done.' });
    expect(toProgressInput(' Done ')).toEqual({ note: 'Done' });
    expect(checkCancel('')).toEqual({ reason: 'Give the reason for cancelling.' });
    expect(toCancelInput(' No longer needed ')).toEqual({ reason: 'No longer needed' });
  });
  it('complete: evidence is needed; empty optional fields are left out', () => {
    const values = { evidence: '', completedOn: '', monitoringUntil: '', learningShared: ' ' };
    expect(checkComplete(values)).toEqual({
      evidence: 'Say what shows the action was taken (the evidence).',
    });
    expect(toCompleteInput({ ...values, evidence: ' Checklist ' })).toEqual({
      evidence: 'Checklist',
      completedOn: undefined,
      monitoringUntil: undefined,
      learningShared: undefined,
    });
    expect(
      toCompleteInput({
        evidence: 'E',
        completedOn: '2026-01-05',
        monitoringUntil: '2026-03-05',
        learningShared: 'Team talk',
      }),
    ).toEqual({
      evidence: 'E',
      completedOn: '2026-01-05',
      monitoringUntil: '2026-03-05',
      learningShared: 'Team talk',
    });
  });
  it('verify: the effect and a note', () => {
    expect(checkVerify({ effectiveness: '', note: '' })).toEqual({
      effectiveness: 'Choose what monitoring found.',
      note: 'Say what monitoring found.',
    });
    expect(toVerifyInput({ effectiveness: 'effective', note: ' Fewer complaints ' })).toEqual({
      effectiveness: 'effective',
      note: 'Fewer complaints',
    });
  });
  it('assign keeps the target date when none is given; the summary is trimmed', () => {
    expect(toAssignActionInput({ ownerId: 'p1', targetDate: '' })).toEqual({
      ownerId: 'p1',
      targetDate: undefined,
    });
    expect(toSummaryInput({ publicSummary: ' We did ', learningShared: '' })).toEqual({
      publicSummary: 'We did',
      learningShared: '',
    });
  });
});
