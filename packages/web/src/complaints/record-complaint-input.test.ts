import { describe, expect, it } from 'vitest';
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
  it('sends no customer when none is given', () => {
    expect(toRecordComplaintInput(blankRecord(at), toInstant).input.customer).toBeUndefined();
  });
});
