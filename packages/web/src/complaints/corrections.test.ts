import { describe, expect, it } from 'vitest';
import { correctionInput, voidableSteps, type CorrectionValues } from './corrections';

const was: CorrectionValues = {
  serviceAreaId: 'a',
  category: 'Repairs',
  channel: 'email',
  awareOn: '2026-02-20',
  serious: false,
  seriousStageOneReason: '',
  summary: 'Boiler',
  outcomeSought: 'A new boiler',
  customer: {
    name: 'Morag Tenant',
    email: 'morag@example.org',
    phone: '',
    address: '',
    postcode: 'EH1 1AA',
    preferredContact: 'phone',
    surveyConsent: false,
  },
  handlerId: 'h1',
  namedStaffIds: ['s1', 's2'],
};
const withCustomer = (customer: Partial<NonNullable<CorrectionValues['customer']>>) => ({
  ...was,
  customer: { ...was.customer!, ...customer },
});

describe('the correction form sends only what changed (docs/procedure.md, Correcting a record)', () => {
  it('a new service area alone', () =>
    expect(correctionInput(was, { ...was, serviceAreaId: 'b' })).toEqual({ serviceAreaId: 'b' }));
  it('nothing changed sends an empty correction (the API refuses it)', () =>
    expect(correctionInput(was, { ...was, category: ' Repairs ' })).toEqual({}));
  it('an awareness date cleared is sent as null', () =>
    expect(correctionInput(was, { ...was, awareOn: '' })).toEqual({ awareOn: null }));
  it('the customer name as a customer correction', () =>
    expect(correctionInput(was, withCustomer({ name: 'Morag Tennant' }))).toEqual({
      customer: { name: 'Morag Tennant' },
    }));
  it("the customer's e-mail and preferred contact, and none of their unchanged details", () =>
    expect(
      correctionInput(
        was,
        withCustomer({ email: 'm.tenant@example.org', preferredContact: 'email' }),
      ),
    ).toEqual({ customer: { email: 'm.tenant@example.org', preferredContact: 'email' } }));
  it('a contact detail emptied is sent as null, which removes it', () =>
    expect(correctionInput(was, withCustomer({ postcode: ' ' }))).toEqual({
      customer: { postcode: null },
    }));
  it('a contact detail given where there was none', () =>
    expect(correctionInput(was, withCustomer({ phone: '0131 496 0000' }))).toEqual({
      customer: { phone: '0131 496 0000' },
    }));
  it('consent to the satisfaction survey given later (docs/procedure.md, Satisfaction survey)', () =>
    expect(correctionInput(was, withCustomer({ surveyConsent: true }))).toEqual({
      customer: { surveyConsent: true },
    }));
  it('the outcome sought, trimmed', () =>
    expect(correctionInput(was, { ...was, outcomeSought: ' A repair ' })).toEqual({
      outcomeSought: 'A repair',
    }));
  it('serious set at stage 1 goes with the reason why not stage 2 (§36)', () =>
    expect(
      correctionInput(was, { ...was, serious: true, seriousStageOneReason: 'Fixed within days' }),
    ).toEqual({ serious: true, seriousStageOneReason: 'Fixed within days' }));
  it('a reason typed and then serious unticked is not sent (§36)', () =>
    expect(
      correctionInput(was, { ...was, serious: false, seriousStageOneReason: 'Fixed within days' }),
    ).toEqual({}));
  it('a new handler', () =>
    expect(correctionInput(was, { ...was, handlerId: 'h2' })).toEqual({ handlerId: 'h2' }));
  it('no handler is sent when the form has none to offer (a handler never sees the field)', () =>
    expect(correctionInput({ ...was, handlerId: '' }, { ...was, handlerId: '' })).toEqual({}));
  it('the named staff list as a whole when someone is added (§62)', () =>
    expect(correctionInput(was, { ...was, namedStaffIds: ['s1', 's2', 's3'] })).toEqual({
      namedStaffIds: ['s1', 's2', 's3'],
    }));
  it('the named staff list emptied, as an empty list (§62)', () =>
    expect(correctionInput(was, { ...was, namedStaffIds: [] })).toEqual({ namedStaffIds: [] }));
  it('the same named staff ticked in another order is no change', () =>
    expect(correctionInput(was, { ...was, namedStaffIds: ['s2', 's1'] })).toEqual({}));
  it('details the viewer may not see are never sent', () => {
    const { summary, outcomeSought, customer, namedStaffIds, handlerId, ...seen } = was;
    void [summary, outcomeSought, customer, namedStaffIds, handlerId];
    expect(correctionInput(seen, { ...seen, category: 'Rent' })).toEqual({ category: 'Rent' });
  });
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
