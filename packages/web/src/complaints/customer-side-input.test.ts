import { describe, expect, it } from 'vitest';
import {
  blankCustomerSide,
  checkCustomerSide,
  withCustomerSide,
  type CustomerSideValues,
} from './customer-side-input';

const side = (over: Partial<CustomerSideValues>): CustomerSideValues => ({
  ...blankCustomerSide(),
  ...over,
});
const vars = (customer?: object) => ({ input: { summary: 'x', customer } });

describe("the customer's side on the record form (docs/procedure.md, The customer's side)", () => {
  it('anonymous with details given is named on the anonymous field (§11)', () =>
    expect(Object.keys(checkCustomerSide(side({ anonymous: true }), true))).toEqual(['anonymous']));
  it('anonymous without details sends anonymous and no customer (§11)', () =>
    expect(withCustomerSide(vars(), side({ anonymous: true }))).toEqual({
      input: { summary: 'x', anonymous: true, customer: undefined },
    }));
  it('consent ticked needs its date and what it covers (Part 1 §15–17)', () =>
    expect(
      Object.keys(
        checkCustomerSide(
          side({ hasRepresentative: true, repName: 'Jo', consentGiven: true }),
          true,
        ),
      ),
    ).toEqual([
      'customer.representative.consent.givenOn',
      'customer.representative.consent.scope',
    ]));
  it('a representative with consent is sent inside the customer (Part 1 §15–17)', () =>
    expect(
      withCustomerSide(
        vars({ name: 'Morag' }),
        side({
          hasRepresentative: true,
          repName: ' Jo Advocate ',
          repRelationship: 'Daughter',
          consentGiven: true,
          consentGivenOn: '2026-03-01',
          consentScope: ['receive_response'],
        }),
      ).input.customer,
    ).toEqual({
      name: 'Morag',
      representative: {
        name: 'Jo Advocate',
        relationship: 'Daughter',
        email: undefined,
        phone: undefined,
        consent: { givenOn: '2026-03-01', scope: ['receive_response'], note: undefined },
      },
    }));
  it('support needs are sent only when one is given (SPSO practice note: accessibility)', () => {
    expect(withCustomerSide(vars({ name: 'Morag' }), side({})).input.customer).toEqual({
      name: 'Morag',
    });
    expect(
      withCustomerSide(vars(), side({ formats: ['large_print'] })).input.customer,
    ).toMatchObject({ supportNeeds: { formats: ['large_print'], bsl: false } });
  });
});
