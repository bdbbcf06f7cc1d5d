import { describe, expect, it } from 'vitest';
import { NEW_COMPLAINT_CHANNEL_OPTIONS } from './labels';
import { blankRecord, checkRecord, toRecordComplaintInput } from './record-complaint-input';

const at = '2026-01-05T10:30';
const toInstant = (local: string) => `${local}:00Z`;

describe('record complaint input', () => {
  it('asks for the arrival, service area, category and summary', () => {
    expect(Object.keys(checkRecord(blankRecord('')))).toEqual([
      'receivedAt',
      'serviceAreaId',
      'category',
      'summary',
    ]);
    expect(
      checkRecord({ ...blankRecord(at), serviceAreaId: 'sa', category: 'C', summary: 'S' }),
    ).toEqual({});
  });
  it('trims the texts, sends the stage as a number and only the customer details given', () => {
    const { input } = toRecordComplaintInput(
      {
        ...blankRecord(at),
        stage: '2',
        serviceAreaId: 'sa',
        category: ' Repair ',
        summary: ' Leak ',
        name: 'Ann',
        email: ' ',
      },
      toInstant,
    );
    expect(input).toEqual({
      contactType: 'complaint',
      signposting: undefined,
      specialCircumstances: undefined,
      outOfTimeReason: undefined,
      otherOrganisation: undefined,
      passedToOtherOrganisation: undefined,
      contractor: undefined,
      electedMember: undefined,
      receivedAt: '2026-01-05T10:30:00Z',
      stage: 2,
      channel: 'phone',
      serviceAreaId: 'sa',
      category: 'Repair',
      summary: 'Leak',
      outcomeSought: '',
      serious: false,
      awareOn: undefined,
      customer: { name: 'Ann' },
    });
  });
  it('an enquiry asks for the signposting given, and is sent at stage 1 without the complaint questions (§12)', () => {
    const enquiry = {
      ...blankRecord(at),
      contactType: 'enquiry' as const,
      serviceAreaId: 'sa',
      category: 'Rent',
      summary: 'Asked about the rent',
      stage: '2',
      serious: true,
      contractor: 'Acme',
    };
    expect(checkRecord(enquiry)).toEqual({
      signposting: 'Say what the person was told and where they were sent.',
    });
    const { input } = toRecordComplaintInput({ ...enquiry, signposting: ' Rent line ' }, toInstant);
    expect(input).toMatchObject({
      contactType: 'enquiry',
      signposting: 'Rent line',
      stage: 1,
      serious: false,
      contractor: undefined,
    });
  });
  it('a late complaint needs its answer: special circumstances or out of time, with the text (§11)', () => {
    const late = { ...blankRecord(at), serviceAreaId: 'sa', category: 'C', summary: 'S' };
    expect(Object.keys(checkRecord(late, true))).toEqual(['late']);
    expect(Object.keys(checkRecord({ ...late, late: 'out_of_time' }, true))).toEqual([
      'outOfTimeReason',
    ]);
    const { input } = toRecordComplaintInput(
      { ...late, late: 'special', specialCircumstances: ' Illness ', outOfTimeReason: 'x' },
      toInstant,
    );
    expect([input.specialCircumstances, input.outOfTimeReason]).toEqual(['Illness', undefined]);
  });
  it('consent to the survey needs the e-mail address, and is sent with it (docs/procedure.md, Satisfaction survey)', () => {
    const v = { ...blankRecord(at), surveyConsent: true };
    expect(checkRecord(v)['email']).toBe(
      'Enter the e-mail address the survey goes to, or untick the survey.',
    );
    const given = { ...v, email: 'morag@example.org' };
    expect(checkRecord(given)['email']).toBeUndefined();
    expect(toRecordComplaintInput(given, toInstant).input.customer).toMatchObject({
      email: 'morag@example.org',
      surveyConsent: true,
    });
  });
  it('sends no customer when none is given', () => {
    expect(toRecordComplaintInput(blankRecord(at), toInstant).input.customer).toBeUndefined();
  });
});

describe('serious complaints and channels when recording (§36; docs/procedure.md, What every complaint records)', () => {
  const filled = { ...blankRecord(at), serviceAreaId: 'sa', category: 'C', summary: 'S' };
  it('a serious complaint at stage 1 asks why it is not going to stage 2', () =>
    expect(checkRecord({ ...filled, serious: true })).toHaveProperty('seriousStageOneReason'));
  it('a serious complaint straight to stage 2 needs no reason, and none is sent', () => {
    const v = { ...filled, serious: true, stage: '2', seriousStageOneReason: 'kept' };
    expect(checkRecord(v)).toEqual({});
    expect(toRecordComplaintInput(v, toInstant).input.seriousStageOneReason).toBeUndefined();
  });
  it('the reason is sent trimmed for a serious complaint at stage 1', () =>
    expect(
      toRecordComplaintInput(
        { ...filled, serious: true, seriousStageOneReason: ' Fixed the same day ' },
        toInstant,
      ).input.seriousStageOneReason,
    ).toBe('Fixed the same day'));
  it('social media is not offered for a new complaint', () =>
    expect(NEW_COMPLAINT_CHANNEL_OPTIONS.map(([c]) => c)).not.toContain('social_media'));
});
