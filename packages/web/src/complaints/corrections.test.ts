import { describe, expect, it } from 'vitest';
import { correctionInput, voidableSteps } from './corrections';

const was = {
  serviceAreaId: 'a',
  category: 'Repairs',
  channel: 'email',
  awareOn: '2026-02-20',
  serious: false,
  summary: 'Boiler',
  customerName: 'Morag Tenant',
};

describe('the correction form sends only what changed (docs/procedure.md, Correcting a record)', () => {
  it('a new service area alone', () =>
    expect(correctionInput(was, { ...was, serviceAreaId: 'b' })).toEqual({ serviceAreaId: 'b' }));
  it('nothing changed sends an empty correction (the API refuses it)', () =>
    expect(correctionInput(was, { ...was, category: ' Repairs ' })).toEqual({}));
  it('an awareness date cleared is sent as null', () =>
    expect(correctionInput(was, { ...was, awareOn: '' })).toEqual({ awareOn: null }));
  it('the customer name as a customer correction', () =>
    expect(correctionInput(was, { ...was, customerName: 'Morag Tennant' })).toEqual({
      customer: { name: 'Morag Tennant' },
    }));
});

describe('the steps a manager may void', () => {
  it('never the receipt, a correction, a void or a step already voided', () =>
    expect(
      voidableSteps([
        { id: '1', type: 'received', voided: false },
        { id: '2', type: 'closed', voided: true },
        { id: '3', type: 'voided', voided: false },
        { id: '4', type: 'closed', voided: false },
        { id: '5', type: 'corrected', voided: false },
      ]).map((e) => e.id),
    ).toEqual(['4']));
});
