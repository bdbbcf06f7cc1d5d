import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from './support/world';
import { recordComplaint } from './support/complaints';

/**
 * A complaint's stored fields and field resolvers guarded by a role are checked synchronously
 * (issue 19: no promise per field per row; core/field-resolution.ts), with the same check and the
 * same errors as before: personal data never reaches a role that does not see it
 * (docs/procedure.md, Roles).
 */
describe('role checks on stored fields of a page of complaints', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld('2026-03-20T12:00:00Z');
    for (let i = 0; i < 3; i++)
      await recordComplaint(world, world.org, { receivedAt: `2026-03-1${i}T10:00:00Z` });
  });
  afterAll(async () => {
    await world?.close();
  });

  const PAGE = '{ complaints(limit: 3) { items { reference category summary } } }';

  it('answers the summary to a handler, who sees personal data', async () => {
    const res = await world.gql<any>(PAGE, {}, world.org.people.handler);
    expect(res.body.errors).toBeUndefined();
    const items: any[] = res.body.data.complaints.items;
    expect(items).toHaveLength(3);
    expect(items.every((i) => typeof i.summary === 'string' && i.summary.length > 0)).toBe(true);
  });

  it('refuses the summary to communications staff (FORBIDDEN) and answers no summary', async () => {
    const res = await world.gql<any>(PAGE, {}, world.org.people.communications);
    const codes: string[] = (res.body.errors ?? []).map((e: any) => e.extensions?.code);
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes)).toEqual(new Set(['FORBIDDEN']));
    expect(JSON.stringify(res.body.data ?? null)).not.toMatch(/"summary":"/);
  });

  it('answers communications staff the fields their role reads', async () => {
    const res = await world.gql<any>(
      '{ complaints(limit: 3) { items { reference category } } }',
      {},
      world.org.people.communications,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.complaints.items).toHaveLength(3);
  });

  it('refuses a field resolver guarded by a role (hasSupportNeeds) to communications staff (FORBIDDEN)', async () => {
    const res = await world.gql<any>(
      '{ complaints(limit: 3) { items { reference hasSupportNeeds } } }',
      {},
      world.org.people.communications,
    );
    const codes: string[] = (res.body.errors ?? []).map((e: any) => e.extensions?.code);
    // the first refusal nulls the page (the field is non-null), so one error or more
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes)).toEqual(new Set(['FORBIDDEN']));
    expect(JSON.stringify(res.body.data ?? null)).not.toMatch(/"hasSupportNeeds":(true|false)/);
  });

  it("answers a page's service area, handler and timeline as each complaint read on its own does", async () => {
    const fields =
      'reference serviceArea { name } handler { name } hasSupportNeeds timeline { stage1 { dayOne dueOn deadline status workingDaysElapsed workingDaysRemaining } escalationDeadline stageOneLastDay }';
    const page = await world.gql<any>(
      `{ complaints(limit: 3) { items { id ${fields} } } }`,
      {},
      world.org.people.handler,
    );
    expect(page.body.errors).toBeUndefined();
    const items: any[] = page.body.data.complaints.items;
    expect(items).toHaveLength(3);
    for (const { id, ...listed } of items) {
      const alone = await world.gql<any>(
        `query($id: ID!) { complaint(id: $id) { ${fields} } }`,
        { id },
        world.org.people.handler,
      );
      expect(alone.body.errors).toBeUndefined();
      expect(listed).toEqual(alone.body.data.complaint);
    }
  });

  it('refuses a page to a request with no session (UNAUTHENTICATED)', async () => {
    const res = await world.gql<any>(PAGE, {}, null);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.body.data?.complaints ?? null).toBeNull();
  });
});
