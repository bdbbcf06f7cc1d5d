import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_WORD_FORMS } from '../src/modules/complaints/register-search';
import { createWorld, type World } from './support/world';
import { recordComplaint } from './support/complaints';

/**
 * The last typed word is the start of a stored word ("MacLeod" finds "macleod7" in an e-mail
 * address). The register reads each stored word that starts with it on its own, newest first,
 * or, when more than MAX_WORD_FORMS do, the whole range only as far as the complaints with the
 * typed word itself reach (issue 19). Whichever way it is read, the page and the total are the
 * same: every matching complaint once, newest first (or oldest first), none missing.
 * "Today" is Wednesday 4 March 2026.
 */
describe('register search: the stored words a typed word starts', () => {
  let world: World;
  /** Complaint ids, newest first, per test group. */
  const few: string[] = [];
  const many: string[] = [];

  const list = async (args: string) => {
    const res = await world.gql<any>(
      `{ complaints(${args}) { totalCount total { count exact } items { id } } }`,
      {},
      world.org.people.handler,
    );
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    const page = res.body.data.complaints;
    return { ids: page.items.map((i: { id: string }) => i.id) as string[], ...page };
  };
  /** Every page of `size` in turn, joined. */
  const allPages = async (search: string, size: number, direction = 'desc') => {
    const ids: string[] = [];
    for (let offset = 0; ; offset += size) {
      const page = await list(
        `search: ${JSON.stringify(search)}, direction: ${direction}, limit: ${size}, offset: ${offset}`,
      );
      ids.push(...page.ids);
      if (page.ids.length < size) return ids;
    }
  };
  const record = (day: number, hour: number, name: string, email: string) =>
    recordComplaint(world, world.org, {
      receivedAt: `2026-02-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`,
      summary: 'Repair not done',
      customer: { name, email, postcode: 'KA7 1AA' },
    });

  beforeAll(async () => {
    world = await createWorld('2026-03-04T12:00:00Z');
    // a few stored words start "gillies": gillies, gilliesfield, gillies2 (one complaint holds two)
    for (const [day, name, email] of [
      [2, 'Anna Gillies', 'anna.gillies2@example.org'],
      [3, 'Rab Gilliesfield', 'rab@example.org'],
      [4, 'Isla Gillies', 'isla@example.org'],
    ] as const)
      few.unshift((await record(day, 10, name, email)).id);
    // more than MAX_WORD_FORMS start "mackay": mackay1, mackay2, ... each an e-mail of its own;
    // the newest complaints hold no "mackay" word itself, so the page reaches past the typed
    // word's own complaints
    for (let i = 0; i < MAX_WORD_FORMS + 4; i++) {
      const day = 5 + Math.floor(i / 4);
      const own = i % 3 === 0 ? 'Mackay' : 'Brown';
      many.unshift((await record(day, 8 + (i % 4), `Jo ${own}`, `jo.mackay${i}@example.org`)).id);
    }
  }, 120_000);
  afterAll(async () => {
    await world?.close();
  });

  it('a few stored words: each complaint once, newest first, with its exact total', async () => {
    const first = await list('search: "Gillies", limit: 2');
    expect(first.ids).toEqual(few.slice(0, 2));
    expect(first.totalCount).toBe(3);
    expect(first.total).toEqual({ count: 3, exact: true });
    expect(await allPages('gillies', 1)).toEqual(few);
    expect(await allPages('gillies', 2, 'asc')).toEqual([...few].reverse());
  });

  it('a word starting too many stored words to read each: pages join up, newest first, nothing repeated or lost', async () => {
    expect(await allPages('mackay', 5)).toEqual(many);
    expect(await allPages('mackay', 3)).toEqual(many);
    const page = await list('search: "mackay", limit: 2');
    expect(page.ids).toEqual(many.slice(0, 2));
    expect(page.total).toEqual({ count: many.length, exact: true });
  });

  it('the same read oldest first is the exact reverse', async () => {
    expect(await allPages('mackay', 4, 'asc')).toEqual([...many].reverse());
  });

  it('a stored word typed in full finds only the complaints holding a word that starts with it', async () => {
    // "mackay1" starts mackay1, mackay10 ... mackay19: not mackay2
    const expected = many.filter((_, k) => {
      const i = many.length - 1 - k;
      return String(i).startsWith('1');
    });
    expect(await allPages('mackay1', 50)).toEqual(expected);
  });
});
