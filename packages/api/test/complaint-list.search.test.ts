import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readsComplaints, ROLES, seesPersonalData } from '@chp/domain';
import { createWorld, type World, type WorldPerson } from './support/world';
import { recordComplaint, step, type ComplaintRef } from './support/complaints';

/**
 * The register as a handler works it (issue 17): search by reference, the customer's name,
 * e-mail or postcode and words of the summary; personal fields only for roles that may read them
 * (Part 1 §15–18); my caseload; sorting by any column with a stable order. "Today" is Wednesday
 * 4 March 2026.
 */
describe('the register: search, caseload and order', () => {
  let world: World;
  const made: Record<string, ComplaintRef & { reference: string }> = {};
  const list = async (args: string, as: WorldPerson = world.org.people.handler) => {
    const res = await world.gql<any>(
      `{ complaints(${args}) { totalCount items { id reference } } }`,
      {},
      as,
    );
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    return res.body.data.complaints as {
      totalCount: number;
      items: { id: string; reference: string }[];
    };
  };
  const ids = async (args: string, as?: WorldPerson) =>
    (await list(`${args}, limit: 100`, as)).items.map((i) => i.id).sort();
  const named = (...names: string[]) => names.map((n) => made[n]!.id).sort();
  const search = (term: string, as?: WorldPerson) => ids(`search: ${JSON.stringify(term)}`, as);

  beforeAll(async () => {
    world = await createWorld('2026-03-04T12:00:00Z');
    const org = world.org;
    const record = async (name: string, overrides: Record<string, unknown>) => {
      const ref = await recordComplaint(world, org, overrides);
      const res = await world.gql<any>(
        `query($id: ID!) { complaint(id: $id) { reference } }`,
        { id: ref.id },
        org.people.handler,
      );
      made[name] = { ...ref, reference: res.body.data.complaint.reference };
    };
    await record('macleod', {
      receivedAt: '2026-02-23T10:00:00Z',
      summary: 'The kitchen tap has been leaking since the last visit',
      customer: { name: 'Morag MacLeod', email: 'morag.macleod@example.org', postcode: 'G2 4AB' },
    });
    await record('smith', {
      receivedAt: '2026-02-24T10:00:00Z',
      serviceAreaId: org.serviceAreaIds[1],
      summary: 'The boiler repair was promised twice and nobody came',
      customer: { name: 'Euan Smith', email: 'e.smith@example.org', postcode: 'pa12xy' },
      handlerId: org.people.manager.id,
    });
    await record('anonymous', {
      receivedAt: '2026-02-25T10:00:00Z',
      serviceAreaId: org.serviceAreaIds[2],
      summary: 'Rent statement shows the same charge twice',
      customer: {},
    });
    await record('direct', {
      receivedAt: '2026-02-26T10:00:00Z',
      stage: 2,
      summary: 'Noise from the flat above every night, reported many times',
      customer: { name: 'Ann Smithers', postcode: 'G2 4AB' },
    });
    const closed = await recordComplaint(world, org, {
      receivedAt: '2026-02-27T10:00:00Z',
      summary: 'A missed bin collection',
      customer: { name: 'Iain Reid', postcode: 'EH7 4NS' },
    });
    await step(
      world,
      org,
      'closeComplaint',
      '$id: ID!, $version: Int!',
      'id: $id, version: $version, input: { outcome: upheld, spsoSignposted: false, reasons: "We checked the repair record.", communicatedBy: "phone" }',
      closed,
    );
    made.closed = { ...closed, reference: (await list('status: closed')).items[0]!.reference };
    await recordComplaint(world, world.other, {
      receivedAt: '2026-02-23T10:00:00Z',
      summary: 'The kitchen tap has been leaking since the last visit',
      customer: { name: 'Morag MacLeod', email: 'morag.macleod@example.org', postcode: 'G2 4AB' },
    });
  });
  afterAll(async () => {
    await world?.close();
  });

  describe('search (Part 1 §15–18: personal fields only for roles that may read them)', () => {
    it("finds a complaint by the customer's surname, in any case", async () => {
      expect(await search('macleod')).toEqual(named('macleod'));
    });

    it('finds every name containing the words typed, and no more', async () => {
      expect(await search('Smith')).toEqual(named('smith', 'direct'));
      expect(await search('Euan Smith')).toEqual(named('smith'));
    });

    it('finds a postcode typed with or without its space, as stored either way', async () => {
      expect(await search('g24ab')).toEqual(named('macleod', 'direct'));
      expect(await search('PA1 2XY')).toEqual(named('smith'));
    });

    it('finds part of an e-mail address', async () => {
      expect(await search('e.smith@')).toEqual(named('smith'));
    });

    it('finds words of the summary by their stem: "leak" finds "leaking"', async () => {
      expect(await search('leak')).toEqual(named('macleod'));
      expect(await search('boilers promised')).toEqual(named('smith'));
    });

    it('still finds a reference by its start', async () => {
      expect(await search(made.anonymous!.reference.toLowerCase())).toEqual(named('anonymous'));
    });

    it("never finds another organisation's complaint", async () => {
      expect(await search('MacLeod')).toEqual(named('macleod'));
      expect(await search('leaking')).toEqual(named('macleod'));
    });

    it('combines with the other filters', async () => {
      expect(await ids('search: "Smith", stage: 2')).toEqual(named('direct'));
    });

    for (const role of ROLES.filter(readsComplaints)) {
      if (seesPersonalData(role)) {
        it(`${role}: may search the customer's name, postcode, e-mail and summary`, async () => {
          const as = world.org.people[role];
          expect(await search('MacLeod', as)).toEqual(named('macleod'));
          expect(await search('G2 4AB', as)).toEqual(named('macleod', 'direct'));
          expect(await search('morag.macleod', as)).toEqual(named('macleod'));
          expect(await search('leaking', as)).toEqual(named('macleod'));
        });
      } else {
        it(`${role}: searching a customer's surname answers exactly as a name nobody has, so it learns nothing`, async () => {
          const as = world.org.people[role];
          for (const term of ['MacLeod', 'G2 4AB', 'morag.macleod', 'leaking']) {
            const answer = await list(`search: ${JSON.stringify(term)}`, as);
            expect(answer, term).toEqual(await list('search: "Zzyzxquorble"', as));
            expect(answer.totalCount).toBe(0);
          }
        });
        it(`${role}: may still search by reference`, async () => {
          const as = world.org.people[role];
          expect(await search(made.macleod!.reference, as)).toEqual(named('macleod'));
        });
      }
    }
  });

  it('my caseload: only the complaints the signed-in person handles', async () => {
    // recorded by the handler, who handles them unless another handler is named
    expect(await ids('mine: true', world.org.people.manager)).toEqual(named('smith'));
    expect(await ids('mine: true')).toEqual(named('macleod', 'anonymous', 'direct', 'closed'));
    expect(await ids('mine: true, status: open')).toEqual(named('macleod', 'anonymous', 'direct'));
  });

  describe('order: any column, ties broken by receipt (newest first) then id; the other direction the exact reverse', () => {
    const order = async (args: string) =>
      (await list(`${args}, limit: 100`)).items.map((i) => i.id);
    const inOrder = (...names: string[]) => names.map((n) => made[n]!.id);

    it('received: newest first by default, oldest first ascending', async () => {
      const newest = inOrder('closed', 'direct', 'anonymous', 'smith', 'macleod');
      expect(await order('sort: received')).toEqual(newest);
      expect(await order('sort: received, direction: asc')).toEqual([...newest].reverse());
    });

    it('reference: ascending by default', async () => {
      const refs = Object.values(made)
        .sort((a, b) => a.reference.localeCompare(b.reference))
        .map((c) => c.id);
      expect(await order('sort: reference')).toEqual(refs);
      expect(await order('sort: reference, direction: desc')).toEqual([...refs].reverse());
    });

    it('each sort read the other way is the exact reverse', async () => {
      for (const sort of ['received', 'reference', 'service_area', 'stage', 'due', 'status']) {
        const asc = await order(`sort: ${sort}, direction: asc`);
        expect(await order(`sort: ${sort}, direction: desc`), sort).toEqual([...asc].reverse());
      }
    });

    it('service area by its name; equal names newest first', async () => {
      // Estate management (anonymous), Rents (smith), Repairs (the rest, newest first)
      expect(await order('sort: service_area')).toEqual(
        inOrder('anonymous', 'smith', 'closed', 'direct', 'macleod'),
      );
    });

    it('stage, then newest first within a stage', async () => {
      expect(await order('sort: stage')).toEqual(
        inOrder('closed', 'anonymous', 'smith', 'macleod', 'direct'),
      );
      // the exact reverse: stage 2 first, then oldest first
      expect(await order('sort: stage, direction: desc')).toEqual(
        inOrder('direct', 'macleod', 'smith', 'anonymous', 'closed'),
      );
    });

    it('due: the current deadline, earliest first (stage 1 day 5; stage 2 day 20)', async () => {
      // day 5 of 23 Feb is 2 Mar, 24 Feb -> 3 Mar, 25 Feb -> 4 Mar, 27 Feb -> 6 Mar;
      // the stage 2 received 26 Feb is due 26 Mar
      expect(await order('sort: due')).toEqual(
        inOrder('macleod', 'smith', 'anonymous', 'closed', 'direct'),
      );
    });

    it('status: closed before open ascending, then newest first', async () => {
      expect(await order('sort: status')).toEqual(
        inOrder('closed', 'direct', 'anonymous', 'smith', 'macleod'),
      );
    });

    it('pages of a sorted list join up with nothing repeated or lost', async () => {
      const all = await order('sort: stage');
      const pages = [];
      for (let offset = 0; offset < 5; offset += 2)
        pages.push(
          ...(await list(`sort: stage, limit: 2, offset: ${offset}`)).items.map((i) => i.id),
        );
      expect(pages).toEqual(all);
    });
  });
});
