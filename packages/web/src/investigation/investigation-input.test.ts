import { describe, expect, it } from 'vitest';
import {
  checkAlternative,
  checkMeeting,
  evidenceUploadUrl,
  fileSize,
  toMeetingInput,
} from './investigation-input';

const meeting = {
  heldOn: '2026-03-02',
  staffPresent: 'Investigating officer',
  customerSidePresent: 'The customer',
  recordFormat: 'written',
  recordDueOn: '',
  recordSentOn: '',
};

describe('the meeting form (§58–59)', () => {
  it('accepts a meeting without a timescale: the default applies (§59)', () =>
    expect(checkMeeting(meeting)).toEqual({}));
  it('refuses a record due before the meeting (§59)', () =>
    expect(checkMeeting({ ...meeting, recordDueOn: '2026-03-01' })).toHaveProperty('recordDueOn'));
  it('asks who attended for the customer', () =>
    expect(checkMeeting({ ...meeting, customerSidePresent: ' ' })).toHaveProperty(
      'customerSidePresent',
    ));
  it('sends empty dates as null', () =>
    expect(toMeetingInput(meeting, 'c1')).toMatchObject({ recordDueOn: null, recordSentOn: null }));
});

describe('the alternative resolution form (§54–55)', () => {
  const v = {
    approach: 'mediation',
    description: '',
    startedOn: '2026-03-02',
    endedOn: '',
    result: '',
  };
  it('accepts mediation under way', () => expect(checkAlternative(v)).toEqual({}));
  it('asks for the end date with a result (§55)', () =>
    expect(checkAlternative({ ...v, result: 'Agreed' })).toHaveProperty('endedOn'));
  it('refuses an end before the start', () =>
    expect(checkAlternative({ ...v, endedOn: '2026-03-01' })).toHaveProperty('endedOn'));
});

describe('evidence files', () => {
  it('shows sizes in bytes, KB and MB', () => {
    expect(fileSize(820)).toBe('820 bytes');
    expect(fileSize(14 * 1024)).toBe('14 KB');
    expect(fileSize(2.5 * 1024 * 1024)).toBe('2.5 MB');
  });
  it('puts the complaint, name and description in the upload address', () =>
    expect(evidenceUploadUrl('c1', 'job log.pdf', ' From the contractor ')).toBe(
      '/evidence?complaintId=c1&fileName=job+log.pdf&description=From+the+contractor',
    ));
});
