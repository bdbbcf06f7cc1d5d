import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getIntrospectionQuery } from 'graphql';
import { approved, draftPublication, inReview, published, WITHDRAW } from './support/publications';
import { publicGql } from './support/public-gql';
import { must } from './support/must';
import { createWorld, type World } from './support/world';

/** The whole public surface: every type (built-ins aside) and its fields. Anything new here is a deliberate decision. */
const FIGURE_FIELDS = [
  'closed',
  'notUpheld',
  'partiallyUpheld',
  'received',
  'resolved',
  'stage1AverageWorkingDays',
  'stage1Closed',
  'stage1Extended',
  'stage1WithinTimescaleShare',
  'stage2AverageWorkingDays',
  'stage2Closed',
  'stage2Extended',
  'stage2WithinTimescaleShare',
  'upheld',
  'withinTimescaleShare',
];
const EXPECTED: Record<string, string[]> = {
  Query: [
    'publishedPublication',
    'publishedPublications',
    'publishingOrganisation',
    'publishingOrganisations',
  ],
  PublishingOrganisation: ['name', 'slug'],
  PublishedPublication: [
    'annualReport',
    'customerExperience',
    'figures',
    'id',
    'introduction',
    'items',
    'kind',
    'learning',
    'period',
    'periodFrom',
    'periodTo',
    'publishedAt',
    'staffTraining',
    'title',
  ],
  PublishedItem: ['serviceAreas', 'weDid', 'youSaid'],
  Figures: ['current', 'previous', 'smallNumberThreshold'],
  PeriodFigures: [...FIGURE_FIELDS, 'from', 'label', 'to'].sort(),
  Figure: ['display', 'value'],
  AnnualReport: [
    'actionsPlanned',
    'actionsTaken',
    'indicators',
    'months',
    'serviceAreas',
    'survey',
  ],
  SurveyResults: ['answers', 'problemBack', 'questions', 'recurrenceAnswers'],
  SurveyQuestion: ['key', 'satisfied', 'text'],
  IndicatorLine: ['all', 'indicator', 'label', 'stage1', 'stage2Direct', 'stage2Escalated', 'unit'],
  MonthFigures: ['closed', 'label', 'month', 'received'],
  ServiceAreaFigures: ['name', 'previousReceived', 'received'],
  PublicAction: ['date', 'serviceArea', 'summary'],
};

describe('the public GraphQL surface at /public/graphql', () => {
  let world: World;
  let slug: string;
  beforeAll(async () => {
    world = await createWorld();
    [{ slug }] = await world.db.dataSource.query(`SELECT slug FROM organisation WHERE id = $1`, [
      world.org.id,
    ]);
  });
  afterAll(async () => {
    await world?.close();
  });

  it('exposes exactly the published-publication types and fields, no mutation and no subscription', async () => {
    const { data } = await publicGql(world, getIntrospectionQuery());
    expect(data.__schema.mutationType).toBeNull();
    expect(data.__schema.subscriptionType).toBeNull();
    const own = data.__schema.types.filter(
      (t: any) =>
        !t.name.startsWith('__') && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(t.name),
    );
    expect(
      Object.fromEntries(own.map((t: any) => [t.name, t.fields.map((f: any) => f.name).sort()])),
    ).toEqual(EXPECTED);
  });

  it('lists no organisation that has published nothing (this world has drafted nothing yet)', async () => {
    const { data } = await publicGql(world, '{ publishingOrganisations { name slug } }');
    expect(data.publishingOrganisations.map((o: any) => o.slug)).not.toContain(slug);
    const one = await publicGql(
      world,
      'query($slug: String!) { publishingOrganisation(slug: $slug) { slug } }',
      { slug },
    );
    expect(one.data.publishingOrganisation).toBeNull();
  });

  it('reaches only published publications: never a draft, one in review, an approved or a withdrawn one, nor another organisation', async () => {
    const hidden = [
      await draftPublication(world, world.org),
      await inReview(world, world.org),
      await approved(world, world.org),
    ];
    const gone = await published(world, world.org);
    await must(
      world,
      { query: WITHDRAW, variables: { ...gone, reason: 'Wrong quarter' } },
      world.org.people.communications,
    );
    hidden.push(gone);
    const shown = await published(world, world.org);
    const otherOrg = await published(world, world.other);

    const list = await publicGql(
      world,
      'query($slug: String!) { publishedPublications(organisationSlug: $slug) { id } }',
      { slug },
    );
    expect(list.data.publishedPublications.map((p: any) => p.id)).toEqual([shown.id]);
    const one =
      'query($slug: String!, $id: ID!) { publishedPublication(organisationSlug: $slug, id: $id) { id title } }';
    for (const p of [...hidden, otherOrg])
      expect(
        (await publicGql(world, one, { slug, id: p.id })).data.publishedPublication,
      ).toBeNull();
    expect((await publicGql(world, one, { slug, id: shown.id })).data.publishedPublication.id).toBe(
      shown.id,
    );
    expect(
      (await publicGql(world, one, { slug, id: 'not-a-uuid' })).data.publishedPublication,
    ).toBeNull();
    const { data } = await publicGql(world, '{ publishingOrganisations { name slug } }');
    expect(data.publishingOrganisations.filter((o: any) => o.slug === slug)).toHaveLength(1);
    const org = await publicGql(
      world,
      'query($slug: String!) { publishingOrganisation(slug: $slug) { slug } }',
      { slug },
    );
    expect(org.data.publishingOrganisation).toEqual({ slug });
  });

  it("shows a figure added after a snapshot was frozen as 'not recorded' (the snapshot is never recomputed)", async () => {
    const p = await published(world, world.org);
    await world.db.dataSource.query(
      `UPDATE publication SET frozen_figures = frozen_figures #- '{current,stage1Extended}' WHERE organisation_id = $1 AND id = $2`,
      [world.org.id, p.id],
    );
    const q =
      'query($slug: String!, $id: ID!) { publishedPublication(organisationSlug: $slug, id: $id) { figures { current { stage1Extended { value display } } previous { stage1Extended { display } } } } }';
    const { figures } = (await publicGql(world, q, { slug, id: p.id })).data.publishedPublication;
    expect(figures.current.stage1Extended).toEqual({ value: null, display: 'not recorded' });
    expect(figures.previous.stage1Extended).toEqual({ display: '0' });
  });

  it("the dashboard shows such a figure as 'not recorded' too, instead of failing the whole publication", async () => {
    const p = await published(world, world.org);
    await world.db.dataSource.query(
      `UPDATE publication SET frozen_figures = frozen_figures #- '{previous,stage2Extended}' WHERE organisation_id = $1 AND id = $2`,
      [world.org.id, p.id],
    );
    const q =
      'query($id: ID!) { publication(id: $id) { frozenFigures { previous { stage2Extended { value display } } current { stage2Extended { display } } } } }';
    const { frozenFigures } = (
      await must(world, { query: q, variables: { id: p.id } }, world.org.people.manager)
    ).publication;
    expect(frozenFigures.previous.stage2Extended).toEqual({ value: null, display: 'not recorded' });
    expect(frozenFigures.current.stage2Extended).toEqual({ display: '0' });
  });

  it('ignores a session: signed-in fields are not there even for a signed-in admin', async () => {
    const res = await fetch(`${world.url}/public/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${world.org.people.admin.token}`,
      },
      body: JSON.stringify({ query: '{ complaints { totalCount } }' }),
    });
    const body: any = await res.json();
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.data).toBeUndefined();
  });
});
