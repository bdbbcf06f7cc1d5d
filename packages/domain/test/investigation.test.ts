import { describe, expect, it } from 'vitest';
import {
  alternativeResolutionSuggestsExtension,
  checkAlternativeResolution,
  checkMeetingRecord,
  evidenceFileKind,
  meetingRecordDueOn,
  meetingRecordState,
} from '../src';

const bytes = (...b: number[]) => new Uint8Array(b);
const text = (s: string) => new TextEncoder().encode(s);

describe('the record of a meeting with the customer (§59)', () => {
  it('is due on the date the customer was told (§59)', () =>
    expect(meetingRecordDueOn({ heldOn: '2026-03-02', recordDueOn: '2026-03-20' })).toBe(
      '2026-03-20',
    ));
  it('is due 5 working days after the meeting when no timescale was given, skipping Good Friday (§59)', () =>
    // Thursday 2 April 2026; Good Friday 3 April is a Scottish bank holiday, Easter Monday is not
    expect(meetingRecordDueOn({ heldOn: '2026-04-02', recordDueOn: null })).toBe('2026-04-10'));
  it('is overdue the day after its due date, and due on it (§59)', () => {
    const m = { heldOn: '2026-03-02', recordDueOn: '2026-03-09', recordSentOn: null };
    expect(meetingRecordState(m, '2026-03-09')).toBe('due');
    expect(meetingRecordState(m, '2026-03-10')).toBe('overdue');
  });
  it('counts as sent late when given after the timescale the customer was told (§59)', () => {
    const m = { heldOn: '2026-03-02', recordDueOn: '2026-03-09' };
    expect(meetingRecordState({ ...m, recordSentOn: '2026-03-09' }, '2026-03-30')).toBe('sent');
    expect(meetingRecordState({ ...m, recordSentOn: '2026-03-10' }, '2026-03-30')).toBe(
      'sent_late',
    );
  });
  it('cannot be due before the meeting (§59)', () =>
    expect(() =>
      checkMeetingRecord(
        { heldOn: '2026-03-02', recordDueOn: '2026-03-01', recordSentOn: null },
        '2026-03-02',
      ),
    ).toThrow(expect.objectContaining({ code: 'MEETING_RECORD_DUE_BEFORE_MEETING' })));
  it('cannot be sent before the meeting (§59)', () =>
    expect(() =>
      checkMeetingRecord(
        { heldOn: '2026-03-02', recordDueOn: null, recordSentOn: '2026-02-27' },
        '2026-03-02',
      ),
    ).toThrow(expect.objectContaining({ code: 'MEETING_RECORD_SENT_BEFORE_MEETING' })));
  it('cannot be sent after today (§59)', () =>
    expect(() =>
      checkMeetingRecord(
        { heldOn: '2026-03-02', recordDueOn: null, recordSentOn: '2026-03-03' },
        '2026-03-02',
      ),
    ).toThrow(expect.objectContaining({ code: 'MEETING_RECORD_SENT_IN_FUTURE' })));
  it('rejects a malformed meeting date with INVALID_DATE', () =>
    expect(() => meetingRecordDueOn({ heldOn: '2026-02-30', recordDueOn: null })).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    ));
});

describe('alternative complaint resolution (§54–57)', () => {
  const mediation = {
    approach: 'mediation' as const,
    startedOn: '2026-03-02',
    endedOn: null,
    result: null,
  };
  it('accepts mediation under way, without an end or a result (§54)', () =>
    expect(() => checkAlternativeResolution(mediation)).not.toThrow());
  it('cannot end before it started (§55)', () =>
    expect(() => checkAlternativeResolution({ ...mediation, endedOn: '2026-03-01' })).toThrow(
      expect.objectContaining({ code: 'ALTERNATIVE_RESOLUTION_ENDED_BEFORE_START' }),
    ));
  it('records its result with the date it ended (§55)', () =>
    expect(() =>
      checkAlternativeResolution({ ...mediation, result: 'Agreed a repair date' }),
    ).toThrow(expect.objectContaining({ code: 'ALTERNATIVE_RESOLUTION_RESULT_NEEDS_END' })));
  it('refuses an approach the list does not name (§54)', () =>
    expect(() =>
      checkAlternativeResolution({ ...mediation, approach: 'arbitration' as never }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ALTERNATIVE_RESOLUTION' })));
  it('suggests an extension when an approach is used on a stage 2 not yet extended (§57)', () => {
    expect(alternativeResolutionSuggestsExtension([mediation], false)).toBe(true);
    expect(alternativeResolutionSuggestsExtension([mediation], true)).toBe(false);
    expect(alternativeResolutionSuggestsExtension([], false)).toBe(false);
  });
});

describe('evidence file kinds (docs/procedure.md, The investigation file)', () => {
  it('recognises a PDF by its %PDF- header', () =>
    expect(evidenceFileKind('Repair log.PDF', text('%PDF-1.7\n'))).toBe('pdf'));
  it('refuses a program renamed to .pdf', () =>
    expect(evidenceFileKind('report.pdf', bytes(0x4d, 0x5a, 0x90, 0x00))).toBeNull());
  it('recognises Word and Excel files as zip packages', () => {
    expect(evidenceFileKind('notes.docx', bytes(0x50, 0x4b, 0x03, 0x04, 0x14))).toBe('docx');
    expect(evidenceFileKind('rent.xlsx', bytes(0x50, 0x4b, 0x03, 0x04, 0x14))).toBe('xlsx');
  });
  it('recognises PNG and JPEG images by their signatures', () => {
    expect(
      evidenceFileKind('photo.png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)),
    ).toBe('png');
    expect(evidenceFileKind('photo.jpg', bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('jpeg');
    expect(evidenceFileKind('photo.jpg', bytes(0x89, 0x50, 0x4e, 0x47))).toBeNull();
  });
  it('accepts text without control bytes, and refuses binary content named .txt', () => {
    expect(evidenceFileKind('call.txt', text('Called the tenant at 10:15.\r\n'))).toBe('txt');
    expect(evidenceFileKind('call.txt', bytes(0x41, 0x00, 0x42))).toBeNull();
  });
  it('accepts an e-mail that starts with a header, and an Outlook message by its signature', () => {
    expect(evidenceFileKind('mail.eml', text('From: a@example.org\r\nSubject: x\r\n'))).toBe('eml');
    expect(evidenceFileKind('mail.eml', text('Hello'))).toBeNull();
    expect(
      evidenceFileKind('mail.msg', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0)),
    ).toBe('msg');
  });
  it('refuses an extension not on the list, a missing one and an empty file', () => {
    expect(evidenceFileKind('setup.exe', bytes(0x4d, 0x5a))).toBeNull();
    expect(evidenceFileKind('README', text('hello'))).toBeNull();
    expect(evidenceFileKind('empty.txt', new Uint8Array())).toBeNull();
  });
});
