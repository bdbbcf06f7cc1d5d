import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from './support/world';
import { recordComplaint, type ComplaintRef } from './support/complaints';

/**
 * The register's search reads the search-word table (migration SearchWords1795477000000), kept by
 * triggers in the writing transaction: a correction to the customer's details or the summary is
 * found by its new words only, and a search's page and total come from the same matches, newest
 * first. "Today" is Wednesday 4 March 2026.
 */
describe('register search words', () => {
  let world: World;
  const made: Record<string, ComplaintRef> = {};
  const list = async (args: string) => {
    const res = await world.gql<any>(
      `{ complaints(${args}) { totalCount items { id } } }`,
      {},
      world.org.people.handler,
    );
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    return res.body.data.complaints as { totalCount: number; items: { id: string }[] };
  };
  const found = async (term: string) =>
    (await list(`search: ${JSON.stringify(term)}, limit: 100`)).items.map((i) => i.id).sort();
  const sql = (text: string, params: unknown[]) => world.db.dataSource.query(text, params);

  beforeAll(async () => {
    world = await createWorld('2026-03-04T12:00:00Z');
    const customer = { name: 'Fiona Docherty', email: 'fiona@example.org', postcode: 'KA7 1AA' };
    made.first = await recordComplaint(world, world.org, {
      receivedAt: '2026-02-20T10:00:00Z',
      summary: 'Damp in the bedroom wall',
      customer,
    });
    made.second = await recordComplaint(world, world.org, {
      receivedAt: '2026-02-23T10:00:00Z',
      summary: 'Damp again after the repair',
      customer: { ...customer, name: 'Kenny Docherty', email: 'kenny@example.org' },
    });
    made.third = await recordComplaint(world, world.org, {
      receivedAt: '2026-02-25T10:00:00Z',
      summary: 'Damp patches are spreading',
      customer: { ...customer, name: 'Ruth Docherty', email: 'ruth@example.org' },
    });
  });
  afterAll(async () => {
    await world?.close();
  });

  /** The complaint's stored words, and the words its row and its customer's make now. */
  const wordsOf = async (id: string) => {
    const stored: { word: string; received_at: Date }[] = await sql(
      `SELECT word, received_at FROM search_word WHERE organisation_id = $1 AND complaint_id = $2 ORDER BY word`,
      [world.org.id, id],
    );
    const [made] = await sql(
      `SELECT c.received_at, ARRAY(SELECT complaint_search_words(c.summary, cu.name, cu.email, cu.postcode) w ORDER BY w) AS words
         FROM complaint c LEFT JOIN customer cu ON cu.organisation_id = c.organisation_id AND cu.id = c.customer_id
        WHERE c.organisation_id = $1 AND c.id = $2`,
      [world.org.id, id],
    );
    return { stored, made };
  };

  it('a recording writes its words before its number, the same words its row and its customer make (issue 19)', async () => {
    const c = await recordComplaint(world, world.org, {
      receivedAt: '2026-03-02T10:00:00Z',
      summary: '  Mould behind the extractor fan ',
      customer: { name: ' Alasdair Grieve ', email: 'a.grieve@example.org', postcode: 'kw15 1aa' },
    });
    const { stored, made } = await wordsOf(c.id);
    expect(stored.map((s) => s.word)).toEqual(made.words);
    expect(made.words).toEqual(expect.arrayContaining(['mould', 'griev', 'kw15', '1aa']));
    for (const s of stored) expect(s.received_at).toEqual(made.received_at);
    expect(await found('extractor')).toEqual([c.id]);
  });

  it('an anonymous recording gets the words of its summary only (issue 19)', async () => {
    const c = await recordComplaint(world, world.org, {
      receivedAt: '2026-03-02T11:00:00Z',
      summary: 'Overgrown hedge at the playpark',
      anonymous: true,
      customer: null,
    });
    const { stored, made } = await wordsOf(c.id);
    expect(stored.map((s) => s.word)).toEqual(made.words);
    expect(made.words).toContain('playpark');
  });

  it('a complaint inserted after a recording, in another transaction, still gets its words from the trigger', async () => {
    const c = await recordComplaint(world, world.org, {
      receivedAt: '2026-03-03T10:00:00Z',
      summary: 'Broken streetlight on the close',
    });
    const copy = '00000000-0000-4000-8000-000000000419';
    await sql(
      `INSERT INTO complaint SELECT (jsonb_populate_record(NULL::complaint, to_jsonb(c) || jsonb_build_object(
         'id', $3::uuid, 'reference', 'CMP-2026-90419', 'summary', 'Streetlight copy for the trigger'))).*
         FROM complaint c WHERE c.organisation_id = $1 AND c.id = $2`,
      [world.org.id, c.id, copy],
    );
    const { stored, made } = await wordsOf(copy);
    expect(stored.map((s) => s.word)).toEqual(made.words);
    expect(made.words).toContain('copi');
    await sql(`DELETE FROM complaint WHERE organisation_id = $1 AND id = $2`, [world.org.id, copy]);
  });

  it('pages a search newest first, with the total of all its matches', async () => {
    const page = await list('search: "damp", limit: 1, offset: 1');
    expect(page.items.map((i) => i.id)).toEqual([made.second!.id]);
    expect(page.totalCount).toBe(3);
    expect(await list('search: "damp", offset: 10')).toEqual({ totalCount: 3, items: [] });
    const oldest = await list('search: "docherty", direction: asc, limit: 1');
    expect(oldest.items.map((i) => i.id)).toEqual([made.first!.id]);
  });

  it('a complaint with two words starting with the typed one fills one place on the page', async () => {
    // "d" starts both "damp" and "docherty" in each of the three complaints
    const page = await list('search: "d", limit: 3');
    expect(page.items.map((i) => i.id)).toEqual([made.third!.id, made.second!.id, made.first!.id]);
  });

  it("finds a corrected customer name by its new words only (Part 1 §15: the customer's details)", async () => {
    await sql(
      `UPDATE customer SET name = 'Fiona Gallacher'
        WHERE id = (SELECT customer_id FROM complaint WHERE id = $1)`,
      [made.first!.id],
    );
    expect(await found('Gallacher')).toEqual([made.first!.id]);
    expect(await found('Fiona Docherty')).toEqual([]);
    expect(await found('Docherty')).toEqual([made.second!.id, made.third!.id].sort());
  });

  it('finds a corrected summary by its new words only', async () => {
    await sql(`UPDATE complaint SET summary = 'Mould on the ceiling' WHERE id = $1`, [
      made.third!.id,
    ]);
    expect(await found('mould ceiling')).toEqual([made.third!.id]);
    expect(await found('spreading')).toEqual([]);
  });
});
