import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, tableCounts, type World } from './support/world';
import { complaintInput, RECORD, recordComplaint } from './support/complaints';
import { must } from './support/must';

/**
 * The customer's side (docs/procedure.md, The customer's side) over HTTP against PostgreSQL:
 * representatives with consent (Part 1 §15–17), anonymous complaints by choice (§11), support
 * needs (SPSO practice note: accessibility) and the preferred contact. Clock: Monday 2 March 2026 10:00Z.
 */
const DETAIL = `query($id: ID!) { complaint(id: $id) { id version anonymous correspondent hasSupportNeeds
  customer { name preferredContact
    representative { name relationship email phone address mayShareInformation consent { givenOn scope note } }
    supportNeeds { formats largePrint interpreterLanguage bsl namedContact other } } } }`;
const CORRECT =
  'mutation($id: ID!, $version: Int!, $input: ComplaintCorrectionInput!, $reason: String!) { correctComplaint(id: $id, version: $version, input: $input, reason: $reason) { id version } }';

const REPRESENTATIVE = {
  name: 'Jo Advocate',
  relationship: 'Citizens Advice Bureau',
  email: 'jo@cab.example.org',
  phone: '0141 555 0100',
};

describe("the customer's side", () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld('2026-03-02T10:00:00Z');
  });
  afterAll(async () => {
    await world?.close();
  });
  const detail = async (id: string, as = world.org.people.handler) =>
    (await must(world, { query: DETAIL, variables: { id } }, as)).complaint;
  const record = (overrides: Record<string, unknown>) =>
    world.gql<any>(
      RECORD,
      { input: complaintInput(world.org, overrides) },
      world.org.people.handler,
    );
  const withCustomer = (extra: Record<string, unknown>) => ({
    customer: { name: 'Morag Tenant', preferredContact: 'letter', ...extra },
  });

  it('a representative is recorded with the consent given; letters go to them when it covers the response (Part 1 §15–17)', async () => {
    const c = await recordComplaint(
      world,
      world.org,
      withCustomer({
        representative: {
          ...REPRESENTATIVE,
          consent: { givenOn: '2026-02-27', scope: ['receive_response', 'act_on_complaint'] },
        },
      }),
    );
    const d = await detail(c.id);
    expect(d.customer.representative).toEqual({
      ...REPRESENTATIVE,
      address: null,
      mayShareInformation: true,
      consent: {
        givenOn: '2026-02-27',
        scope: ['act_on_complaint', 'receive_response'],
        note: null,
      },
    });
    expect(d.correspondent).toBe('representative');
  });

  it('a representative without consent is recorded, but nothing is shared and letters go to the customer (Part 1 §15–17)', async () => {
    const c = await recordComplaint(
      world,
      world.org,
      withCustomer({ representative: { name: 'Jo Advocate' } }),
    );
    const d = await detail(c.id);
    expect(d.customer.representative).toMatchObject({
      name: 'Jo Advocate',
      consent: null,
      mayShareInformation: false,
    });
    expect(d.correspondent).toBe('customer');
  });

  it('consent dated after today is refused and nothing is recorded (Part 1 §15–17)', async () => {
    const before = await tableCounts(world.db);
    const res = await record(
      withCustomer({
        representative: {
          name: 'Jo Advocate',
          consent: { givenOn: '2026-03-03', scope: ['act_on_complaint'] },
        },
      }),
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'CONSENT_IN_FUTURE',
      field: 'customer.representative.consent.givenOn',
    });
    expect(await tableCounts(world.db)).toEqual(before);
  });

  it('consent covering nothing is refused (Part 1 §15–17)', async () => {
    const res = await record(
      withCustomer({
        representative: { name: 'Jo Advocate', consent: { givenOn: '2026-03-01', scope: [] } },
      }),
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'CONSENT_INCOMPLETE',
    });
  });

  it('an anonymous complaint is a choice: recorded without a customer, and nobody receives the response (§11)', async () => {
    const c = await recordComplaint(world, world.org, { anonymous: true, customer: null });
    const d = await detail(c.id);
    expect(d).toMatchObject({
      anonymous: true,
      customer: null,
      correspondent: 'nobody',
      hasSupportNeeds: false,
    });
  });

  it('a complaint without details is not anonymous unless chosen (§11)', async () => {
    const c = await recordComplaint(world, world.org, { customer: null });
    expect(await detail(c.id)).toMatchObject({ anonymous: false, correspondent: 'customer' });
  });

  it('an anonymous complaint with customer details is refused, naming the choice (§11)', async () => {
    const before = await tableCounts(world.db);
    const res = await record({ anonymous: true });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'ANONYMOUS_WITH_DETAILS',
      field: 'anonymous',
    });
    expect(await tableCounts(world.db)).toEqual(before);
  });

  it('an anonymous complaint with support needs is refused (§11)', async () => {
    const res = await record({
      anonymous: true,
      customer: { supportNeeds: { formats: ['braille'] } },
    });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      rule: 'ANONYMOUS_WITH_SUPPORT_NEEDS',
    });
  });

  it('support needs are recorded and large print is exposed for letters (SPSO practice note: accessibility)', async () => {
    const c = await recordComplaint(
      world,
      world.org,
      withCustomer({
        supportNeeds: {
          formats: ['large_print', 'audio'],
          interpreterLanguage: 'Polish',
          bsl: true,
          namedContact: 'Sam Reid',
          other: 'Calls after 2pm',
        },
      }),
    );
    const d = await detail(c.id);
    expect(d.hasSupportNeeds).toBe(true);
    expect(d.customer.supportNeeds).toEqual({
      formats: ['audio', 'large_print'],
      largePrint: true,
      interpreterLanguage: 'Polish',
      bsl: true,
      namedContact: 'Sam Reid',
      other: 'Calls after 2pm',
    });
  });

  it('no support needs given: none shown (SPSO practice note: accessibility)', async () => {
    const c = await recordComplaint(
      world,
      world.org,
      withCustomer({ supportNeeds: { formats: [] } }),
    );
    const d = await detail(c.id);
    expect(d).toMatchObject({ hasSupportNeeds: false, customer: { supportNeeds: null } });
  });

  it('a correction adds consent to the representative: letters move to them from then (Part 1 §15–17)', async () => {
    let c = await recordComplaint(
      world,
      world.org,
      withCustomer({ representative: { name: 'Jo Advocate' } }),
    );
    const res = await must(
      world,
      {
        query: CORRECT,
        variables: {
          ...c,
          reason: 'Signed consent form arrived',
          input: {
            customer: {
              representative: {
                name: 'Jo Advocate',
                consent: { givenOn: '2026-03-02', scope: ['receive_response'] },
              },
            },
          },
        },
      },
      world.org.people.handler,
    );
    c = res.correctComplaint;
    expect(await detail(c.id)).toMatchObject({
      correspondent: 'representative',
      customer: { name: 'Morag Tenant', representative: { consent: { givenOn: '2026-03-02' } } },
    });
  });

  it('a correction removes the support needs with null, keeping the customer (SPSO practice note: accessibility)', async () => {
    const c = await recordComplaint(
      world,
      world.org,
      withCustomer({ supportNeeds: { formats: ['braille'] } }),
    );
    await must(
      world,
      {
        query: CORRECT,
        variables: {
          ...c,
          reason: 'Recorded on the wrong complaint',
          input: { customer: { supportNeeds: null } },
        },
      },
      world.org.people.handler,
    );
    expect(await detail(c.id)).toMatchObject({
      hasSupportNeeds: false,
      customer: { name: 'Morag Tenant', supportNeeds: null },
    });
  });

  it('a correction makes a complaint without details anonymous (§11)', async () => {
    const c = await recordComplaint(world, world.org, { customer: null });
    await must(
      world,
      {
        query: CORRECT,
        variables: {
          ...c,
          reason: 'The customer asked to stay anonymous',
          input: { anonymous: true },
        },
      },
      world.org.people.handler,
    );
    expect(await detail(c.id)).toMatchObject({ anonymous: true, correspondent: 'nobody' });
  });

  it('a correction to anonymous while customer details remain is refused and changes nothing (§11)', async () => {
    const c = await recordComplaint(world, world.org, withCustomer({}));
    const before = await tableCounts(world.db);
    const res = await world.gql<any>(
      CORRECT,
      { ...c, reason: 'Asked to stay anonymous', input: { anonymous: true } },
      world.org.people.handler,
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ rule: 'ANONYMOUS_WITH_DETAILS' });
    expect(await tableCounts(world.db)).toEqual(before);
    expect(await detail(c.id)).toMatchObject({
      anonymous: false,
      customer: { name: 'Morag Tenant' },
    });
  });

  it('the preferred contact is recorded next to the details (§41, §65)', async () => {
    const c = await recordComplaint(world, world.org, withCustomer({ preferredContact: 'phone' }));
    expect((await detail(c.id)).customer.preferredContact).toBe('phone');
  });

  it('communications staff see that a complaint is anonymous but never the representative, support needs or correspondent (Part 1 §15–18)', async () => {
    const c = await recordComplaint(
      world,
      world.org,
      withCustomer({ representative: { name: 'Jo Advocate' }, supportNeeds: { bsl: true } }),
    );
    const as = world.org.people.communications;
    const open = await world.gql<any>(
      `query($id: ID!) { complaint(id: $id) { anonymous } }`,
      { id: c.id },
      as,
    );
    expect(open.body.errors).toBeUndefined();
    expect(open.body.data.complaint.anonymous).toBe(false);
    for (const field of [
      'correspondent',
      'hasSupportNeeds',
      'customer { representative { name } }',
      'customer { supportNeeds { bsl } }',
    ]) {
      const res = await world.gql<any>(
        `query($id: ID!) { complaint(id: $id) { ${field} } }`,
        { id: c.id },
        as,
      );
      expect(res.body.errors?.[0]?.extensions?.code, field).toBe('FORBIDDEN');
    }
  });

  it('erasing the customer removes the representative and the support needs too (docs/procedure.md, Retention and erasure)', async () => {
    const c = await recordComplaint(
      world,
      world.org,
      withCustomer({
        representative: {
          ...REPRESENTATIVE,
          consent: { givenOn: '2026-03-01', scope: ['share_information'], note: 'Signed form' },
        },
        supportNeeds: {
          formats: ['large_print'],
          interpreterLanguage: 'Polish',
          bsl: true,
          namedContact: 'Sam Reid',
          other: 'Mornings',
        },
      }),
    );
    const [{ customerId }] = await world.db.dataSource.query(
      `SELECT customer_id AS "customerId" FROM complaint WHERE id = $1`,
      [c.id],
    );
    await must(
      world,
      {
        query:
          'mutation($id: ID!, $reason: String!) { eraseCustomer(customerId: $id, reason: $reason) { anonymised } }',
        variables: { id: customerId, reason: 'Erasure request' },
      },
      world.org.people.manager,
    );
    const [row] = await world.db.dataSource.query(
      `SELECT representative_name, representative_relationship, representative_email, representative_phone,
              representative_address, consent_given_on, consent_scope, consent_note, support_formats,
              interpreter_language, bsl, support_contact, support_other
         FROM customer WHERE id = $1`,
      [customerId],
    );
    expect(row).toEqual({
      representative_name: null,
      representative_relationship: null,
      representative_email: null,
      representative_phone: null,
      representative_address: null,
      consent_given_on: null,
      consent_scope: [],
      consent_note: null,
      support_formats: [],
      interpreter_language: null,
      bsl: false,
      support_contact: null,
      support_other: null,
    });
  });
});
