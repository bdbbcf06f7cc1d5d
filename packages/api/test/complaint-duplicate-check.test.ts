import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from './support/world';
import { recordComplaint, step } from './support/complaints';

/**
 * The duplicate warning while recording (issue 17; docs/procedure.md, Part 1 §15–18): the open
 * complaints of the same customer in your organisation — same e-mail, or same name and postcode —
 * newest first. Closed complaints and other organisations' are never named. Recording is still
 * allowed. "Today" is Wednesday 4 March 2026.
 */
describe('openComplaintsOfCustomer', () => {
  let world: World;
  const refs: Record<string, string> = {};
  const lookup = async (args: Record<string, string>) => {
    const res = await world.gql<any>(
      'query($email: String, $name: String, $postcode: String) { openComplaintsOfCustomer(email: $email, name: $name, postcode: $postcode) { id reference } }',
      args,
      world.org.people.handler,
    );
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    return (res.body.data.openComplaintsOfCustomer as { id: string }[]).map((c) => c.id);
  };

  beforeAll(async () => {
    world = await createWorld('2026-03-04T12:00:00Z');
    const customer = {
      name: 'Morag MacLeod',
      email: 'Morag.MacLeod@example.org',
      postcode: 'G2 4AB',
    };
    refs.older = (
      await recordComplaint(world, world.org, { receivedAt: '2026-02-23T10:00:00Z', customer })
    ).id;
    refs.newer = (
      await recordComplaint(world, world.org, { receivedAt: '2026-03-02T10:00:00Z', customer })
    ).id;
    const closed = await recordComplaint(world, world.org, {
      receivedAt: '2026-02-24T10:00:00Z',
      customer,
    });
    await step(
      world,
      world.org,
      'closeComplaint',
      '$id: ID!, $version: Int!',
      'id: $id, version: $version, input: { outcome: upheld, spsoSignposted: false, reasons: "We checked the repair record.", communicatedBy: "phone" }',
      closed,
    );
    await recordComplaint(world, world.other, { receivedAt: '2026-02-25T10:00:00Z', customer });
    await recordComplaint(world, world.org, {
      receivedAt: '2026-02-26T10:00:00Z',
      customer: { name: 'Morag MacLeod', postcode: 'EH7 4NS' },
    });
  });
  afterAll(async () => {
    await world?.close();
  });

  it("names the open complaints with the same e-mail, in any case, newest first; never a closed one or another organisation's", async () => {
    expect(await lookup({ email: 'morag.macleod@EXAMPLE.org' })).toEqual([refs.newer, refs.older]);
  });

  it('names them by the same name and postcode, the postcode typed without its space', async () => {
    expect(await lookup({ name: 'morag macleod', postcode: 'g24ab' })).toEqual([
      refs.newer,
      refs.older,
    ]);
  });

  it('does not match a name alone: the same name at another postcode is another person', async () => {
    expect(await lookup({ name: 'Morag MacLeod', postcode: 'PA1 2XY' })).toEqual([]);
    expect(await lookup({ name: 'Morag MacLeod' })).toEqual([]);
  });

  it('treats a wildcard in the e-mail as a character, not a pattern', async () => {
    expect(await lookup({ email: 'morag%@example.org' })).toEqual([]);
  });

  it('still lets the complaint be recorded: it may be a new matter', async () => {
    const again = await recordComplaint(world, world.org, {
      receivedAt: '2026-03-03T10:00:00Z',
      customer: { name: 'Morag MacLeod', email: 'morag.macleod@example.org' },
    });
    expect(await lookup({ email: 'morag.macleod@example.org' })).toEqual([
      again.id,
      refs.newer,
      refs.older,
    ]);
  });
});
