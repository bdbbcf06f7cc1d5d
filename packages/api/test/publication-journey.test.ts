import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertComplaint } from './support/inserted-complaint';
import { doneAction } from './support/improvement-actions';
import { must } from './support/must';
import {
  ADD_ITEM,
  APPROVE,
  CREATE,
  PUBLISH,
  SUBMIT,
  UPDATE,
  UPDATE_ITEM,
  WITHDRAW,
  afterThePeriod,
} from './support/publications';
import { publicGql } from './support/public-gql';
import { createWorld, tableCounts, type World } from './support/world';

const PUBLIC_PAGE = `query($slug: String!) { publishedPublications(organisationSlug: $slug) {
  id title introduction period publishedAt items { youSaid weDid serviceAreas }
  figures { smallNumberThreshold current { label received { value display } closed { value display } withinTimescaleShare { display } } } } }`;

describe('a quarter of "you said, we did", from draft to the public page', () => {
  let world: World;
  let slug: string;
  beforeAll(async () => {
    world = await createWorld('2026-03-20T10:00:00Z');
    [{ slug }] = await world.db.dataSource.query(`SELECT slug FROM organisation WHERE id = $1`, [
      world.org.id,
    ]);
    await world.db.dataSource.query(
      `INSERT INTO customer (organisation_id, name) VALUES ($1, 'Morag Campbell')`,
      [world.org.id],
    );
    for (let i = 0; i < 3; i++) await insertComplaint(world, world.org, '2026-02-10T10:00:00Z');
  });
  afterAll(async () => {
    await world?.close();
  });

  it('is drafted, checked, approved by another manager, published, frozen and withdrawn', async () => {
    const comms = world.org.people.communications;
    const action = await doneAction(world, world.org, world.org.people.staff.id);
    const candidates = await must(
      world,
      {
        query:
          '{ publicationCandidates(quarter: "2026-Q1") { totalCount items { id serviceArea { name } rootCauses { name } } } }',
      },
      comms,
    );
    expect(candidates.publicationCandidates.items.map((a: any) => a.id)).toContain(action.id);
    // the quarter's complaints and actions are in; it is published once the quarter has ended
    await afterThePeriod(world);

    let p = (
      await must(
        world,
        {
          query: CREATE,
          variables: {
            kind: 'quarterly',
            period: '2026-Q1',
            title: 'You said, we did: January to March 2026',
          },
        },
        comms,
      )
    ).createPublication;
    p = (
      await must(
        world,
        { query: UPDATE, variables: { ...p, introduction: 'What your complaints changed.' } },
        comms,
      )
    ).updatePublication;
    p = (
      await must(
        world,
        {
          query: ADD_ITEM,
          variables: {
            ...p,
            youSaid: 'Morag Campbell told us nobody called back',
            weDid: 'We now call back within one working day',
            actionIds: [action.id],
          },
        },
        comms,
      )
    ).addPublicationItem;
    expect(p.items[0].serviceAreas).toEqual([{ name: 'Repairs' }]);

    // the check blocks the customer's name, and nothing is written
    const before = await tableCounts(world.db);
    const blocked = await world.gql<any>(SUBMIT, { id: p.id, version: p.version }, comms);
    const error = blocked.body.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.rule).toBe('PERSONAL_DATA');
    expect(error?.extensions?.findings).toEqual([
      {
        field: 'items[1].youSaid',
        kind: 'customer_name',
        excerpt: expect.stringContaining('Morag Campbell told us'),
      },
    ]);
    expect(await tableCounts(world.db)).toEqual(before);

    p = (
      await must(
        world,
        {
          query: UPDATE_ITEM,
          variables: {
            id: p.id,
            version: p.version,
            itemId: p.items[0].id,
            youSaid: 'You told us nobody called back',
          },
        },
        comms,
      )
    ).updatePublicationItem;
    p = (await must(world, { query: SUBMIT, variables: p }, comms)).submitPublicationForReview;
    expect(p.status).toBe('in_review');

    // a manager who wrote it may not approve it; another may
    let own = (
      await must(
        world,
        { query: CREATE, variables: { kind: 'quarterly', period: '2025-Q4', title: 'Mine' } },
        world.org.people.manager,
      )
    ).createPublication;
    own = (
      await must(
        world,
        { query: UPDATE, variables: { ...own, introduction: 'x' } },
        world.org.people.manager,
      )
    ).updatePublication;
    own = (await must(world, { query: SUBMIT, variables: own }, world.org.people.manager))
      .submitPublicationForReview;
    expect(
      (await world.gql<any>(APPROVE, own, world.org.people.manager)).body.errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect((await world.gql<any>(APPROVE, own, world.org.manager2)).body.errors).toBeUndefined();

    p = (await must(world, { query: APPROVE, variables: p }, world.org.people.manager))
      .approvePublication;
    expect(p.status).toBe('approved');
    // 3 complaints received in the quarter: below the small number
    expect(p.frozenFigures.current.received).toEqual({ value: null, display: 'fewer than 5' });
    expect(p.frozenFigures.current.label).toBe('2026 Q1');

    // not public until published
    expect((await publicGql(world, PUBLIC_PAGE, { slug })).data.publishedPublications).toEqual([]);
    const pathBefore = await must(
      world,
      { query: 'query($id: ID!) { publication(id: $id) { publicPath } }', variables: { id: p.id } },
      comms,
    );
    expect(pathBefore.publication.publicPath).toBeNull();
    p = (await must(world, { query: PUBLISH, variables: p }, comms)).publishPublication;
    const pathAfter = await must(
      world,
      { query: 'query($id: ID!) { publication(id: $id) { publicPath } }', variables: { id: p.id } },
      comms,
    );
    expect(pathAfter.publication.publicPath).toBe(`/public/${slug}/${p.id}`);

    const page1 = (await publicGql(world, PUBLIC_PAGE, { slug })).data.publishedPublications;
    expect(page1).toHaveLength(1);
    expect(page1[0].items).toEqual([
      {
        youSaid: 'You told us nobody called back',
        weDid: 'We now call back within one working day',
        serviceAreas: ['Repairs'],
      },
    ]);
    expect(page1[0].figures.current.received).toEqual({ value: null, display: 'fewer than 5' });

    // more complaints in the quarter after approval: the live indicators move, the page does not
    for (let i = 0; i < 6; i++) await insertComplaint(world, world.org, '2026-03-05T10:00:00Z');
    const live = await must(
      world,
      { query: '{ spsoIndicators(period: { quarter: "2026-Q1" }) { received } }' },
      world.org.people.senior_manager,
    );
    expect(live.spsoIndicators.received).toBe(9);
    const page2 = (await publicGql(world, PUBLIC_PAGE, { slug })).data.publishedPublications;
    expect(page2).toEqual(page1);

    // withdrawn: gone from the public surface
    await must(world, { query: WITHDRAW, variables: { ...p, reason: 'Superseded' } }, comms);
    expect((await publicGql(world, PUBLIC_PAGE, { slug })).data.publishedPublications).toEqual([]);
    expect(
      (
        await publicGql(
          world,
          'query($slug: String!, $id: ID!) { publishedPublication(organisationSlug: $slug, id: $id) { id } }',
          { slug, id: p.id },
        )
      ).data.publishedPublication,
    ).toBeNull();
  });

  it('a count at or above the threshold is shown as it is; the administrator sets the threshold per organisation (after the journey: 9 received in the quarter)', async () => {
    const comms = world.org.people.communications;
    const admin = world.org.people.admin;
    const { organisation } = await must(world, { query: '{ organisation { version } }' }, admin);
    const set = await must(
      world,
      {
        query:
          'mutation($s: OrganisationSettingsInput!) { updateOrganisationSettings(settings: $s) { publicSmallNumber } }',
        variables: { s: { version: organisation.version, publicSmallNumber: 10 } },
      },
      admin,
    );
    expect(set.updateOrganisationSettings.publicSmallNumber).toBe(10);
    try {
      let p = (
        await must(
          world,
          {
            query: CREATE,
            variables: { kind: 'quarterly', period: '2026-Q1', title: 'Second look' },
          },
          comms,
        )
      ).createPublication;
      p = (await must(world, { query: UPDATE, variables: { ...p, introduction: 'x' } }, comms))
        .updatePublication;
      p = (await must(world, { query: SUBMIT, variables: p }, comms)).submitPublicationForReview;
      p = (await must(world, { query: APPROVE, variables: p }, world.org.people.senior_manager))
        .approvePublication;
      expect(p.frozenFigures.smallNumberThreshold).toBe(10);
      expect(p.frozenFigures.current.received).toEqual({ value: null, display: 'fewer than 10' });
      await must(
        world,
        { query: WITHDRAW, variables: { ...p, reason: 'Threshold changed' } },
        comms,
      );
      await world.db.dataSource.query(
        `UPDATE organisation SET public_small_number = 5 WHERE id = $1`,
        [world.org.id],
      );
      let q = (
        await must(
          world,
          {
            query: CREATE,
            variables: { kind: 'quarterly', period: '2026-Q1', title: 'Third look' },
          },
          comms,
        )
      ).createPublication;
      q = (await must(world, { query: UPDATE, variables: { ...q, introduction: 'x' } }, comms))
        .updatePublication;
      q = (await must(world, { query: SUBMIT, variables: q }, comms)).submitPublicationForReview;
      q = (await must(world, { query: APPROVE, variables: q }, world.org.people.senior_manager))
        .approvePublication;
      expect(q.frozenFigures.current.received).toEqual({ value: 9, display: '9' });
      expect(q.frozenFigures.current.closed).toEqual({ value: 0, display: '0' });
    } finally {
      await world.db.dataSource.query(
        `UPDATE organisation SET public_small_number = 5 WHERE id = $1`,
        [world.org.id],
      );
    }
  });
});
