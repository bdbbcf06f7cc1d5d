import DataLoader from 'dataloader';
import { isUuid } from '../../core/mutation';
import {
  GraphQLFloat,
  GraphQLID,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  lexicographicSortSchema,
  type GraphQLFieldConfigMap,
  type GraphQLNullableType,
} from 'graphql';
import type { DataSource } from 'typeorm';
import {
  NOT_RECORDED,
  PERIOD_FIGURE_FIELDS,
  type StoredFrozenFigures as FrozenFigures,
} from './stored-figures';

/**
 * The public GraphQL surface, served at /public/graphql without sign-in. Written by hand with
 * graphql-js (not type-graphql) so that it contains exactly these types and nothing of the
 * signed-in schema: published publications only, their items with service area names, the
 * frozen figures and the annual narrative. No person, customer, complaint or action is reachable.
 * test/public-surface.test.ts holds the exact list of types and fields.
 */
export interface PublicContext {
  dataSource: DataSource;
  items?: DataLoader<string, PublishedItemRow[]>;
}

interface PublishedItemRow {
  id: string;
  publication_id: string;
  you_said: string;
  we_did: string;
  service_areas: string[];
}

/** The items of many published publications in one statement (per request: the loader lives in the context). */
function itemsLoader(ctx: PublicContext): DataLoader<string, PublishedItemRow[]> {
  ctx.items ??= new DataLoader(async (publicationIds) => {
    const rows: PublishedItemRow[] = await ctx.dataSource.query(
      `SELECT i.id, i.publication_id, i.you_said, i.we_did,
              coalesce(array_agg(DISTINCT s.name ORDER BY s.name) FILTER (WHERE s.name IS NOT NULL), '{}') AS service_areas
         FROM publication_item i
         JOIN publication p ON p.organisation_id = i.organisation_id AND p.id = i.publication_id AND p.status = 'published'
         LEFT JOIN publication_item_action l ON l.organisation_id = i.organisation_id AND l.item_id = i.id
         LEFT JOIN improvement_action a ON a.organisation_id = l.organisation_id AND a.id = l.action_id
         LEFT JOIN service_area s ON s.organisation_id = a.organisation_id AND s.id = a.service_area_id
        WHERE i.publication_id = ANY($1::uuid[])
        GROUP BY i.id, i.publication_id, i.position, i.you_said, i.we_did
        ORDER BY i.publication_id, i.position`,
      [[...publicationIds]],
    );
    return publicationIds.map((id) => rows.filter((r) => r.publication_id === id));
  });
  return ctx.items;
}

interface PublishedRow {
  id: string;
  organisation_id: string;
  kind: string;
  period: string;
  period_from: string;
  period_to: string;
  title: string;
  introduction: string;
  learning: string | null;
  customer_experience: string | null;
  staff_training: string | null;
  published_at: Date;
  frozen_figures: FrozenFigures;
}

const nn = <T extends GraphQLNullableType>(t: T) => new GraphQLNonNull(t);
const str = { type: nn(GraphQLString) };
const optStr = { type: GraphQLString };

const Figure = new GraphQLObjectType({
  name: 'Figure',
  description:
    "value is null when withheld under the small-number rule; display is what to show ('fewer than 5', '83%')",
  fields: { value: { type: GraphQLFloat }, display: str },
});

const PeriodFigures = new GraphQLObjectType({
  name: 'PeriodFigures',
  fields: () =>
    ({
      label: str,
      from: str,
      to: str,
      ...Object.fromEntries(
        PERIOD_FIGURE_FIELDS.map((f) => [
          f,
          { type: nn(Figure), resolve: (p: Record<string, unknown>) => p[f] ?? NOT_RECORDED },
        ]),
      ),
    }) as GraphQLFieldConfigMap<unknown, PublicContext>,
});

const Figures = new GraphQLObjectType({
  name: 'Figures',
  description:
    'The headline figures frozen when the publication was approved: they never change afterwards',
  fields: {
    smallNumberThreshold: { type: nn(GraphQLInt) },
    current: { type: nn(PeriodFigures) },
    previous: { type: nn(PeriodFigures) },
  },
});

const MonthFigures = new GraphQLObjectType({
  name: 'MonthFigures',
  fields: {
    month: { type: nn(GraphQLString), description: "'2026-04'" },
    label: { type: nn(GraphQLString), description: "'April 2026'" },
    received: { type: nn(Figure) },
    closed: { type: nn(Figure) },
  },
});

const ServiceAreaFigures = new GraphQLObjectType({
  name: 'ServiceAreaFigures',
  fields: {
    name: str,
    received: { type: nn(Figure) },
    previousReceived: { type: nn(Figure), description: 'Received in the previous financial year' },
  },
});

const PublicAction = new GraphQLObjectType({
  name: 'PublicAction',
  description: 'An improvement action as the public reads it: its service, public summary and date',
  fields: {
    serviceArea: str,
    summary: str,
    date: {
      type: nn(GraphQLString),
      description: 'Completion date (taken) or target date (planned), YYYY-MM-DD',
    },
  },
});

const IndicatorLine = new GraphQLObjectType({
  name: 'IndicatorLine',
  description:
    "One line of the SPSO complaints performance indicators in the SPSO's layout: a figure per stage bucket and for all closures (null where the line has none)",
  fields: {
    indicator: { type: nn(GraphQLString), description: "The SPSO indicator: 'A' to 'F'" },
    label: str,
    unit: {
      type: nn(GraphQLString),
      description: "'count', 'share', 'perThousand' or 'workingDays'",
    },
    stage1: { type: Figure },
    stage2Direct: { type: Figure, description: 'Stage 2, received straight at stage 2' },
    stage2Escalated: { type: Figure, description: 'Stage 2 after escalation from stage 1' },
    all: { type: Figure },
  },
});

const SurveyQuestion = new GraphQLObjectType({
  name: 'SurveyQuestion',
  fields: {
    key: str,
    text: str,
    satisfied: {
      type: nn(Figure),
      description: 'The share answering 4 or 5 of those who answered',
    },
  },
});

const SurveyResults = new GraphQLObjectType({
  name: 'SurveyResults',
  description:
    'The satisfaction survey results of the year, under the small-number rule: no figure from fewer than 5 answers',
  fields: {
    answers: { type: nn(Figure), description: 'Closure surveys answered' },
    questions: { type: nn(new GraphQLList(nn(SurveyQuestion))) },
    recurrenceAnswers: { type: nn(Figure), description: 'Recurrence surveys answered' },
    problemBack: { type: nn(Figure), description: 'The share saying the problem came back' },
  },
});

const AnnualReport = new GraphQLObjectType({
  name: 'AnnualReport',
  description:
    'The annual complaints performance report beyond the headline figures: trends and the actions taken or planned',
  fields: {
    indicators: {
      type: nn(new GraphQLList(nn(IndicatorLine))),
      description:
        'The SPSO indicator set of the year, per stage bucket (empty on reports approved before it was added)',
      resolve: (a: { indicators?: unknown[]; survey?: unknown }) => a.indicators ?? [],
    },
    survey: {
      type: SurveyResults,
      description:
        'The satisfaction survey results of the year (null on reports approved before they were added)',
      resolve: (a: { indicators?: unknown[]; survey?: unknown }) => a.survey ?? null,
    },
    months: { type: nn(new GraphQLList(nn(MonthFigures))) },
    serviceAreas: { type: nn(new GraphQLList(nn(ServiceAreaFigures))) },
    actionsTaken: { type: nn(new GraphQLList(nn(PublicAction))) },
    actionsPlanned: { type: nn(new GraphQLList(nn(PublicAction))) },
  },
});

const PublishedItem = new GraphQLObjectType({
  name: 'PublishedItem',
  fields: {
    youSaid: str,
    weDid: str,
    serviceAreas: {
      type: nn(new GraphQLList(nn(GraphQLString))),
      description: 'Names of the services concerned',
    },
  },
});

const PublishedPublication = new GraphQLObjectType<PublishedRow, PublicContext>({
  name: 'PublishedPublication',
  fields: {
    id: { type: nn(GraphQLID) },
    kind: { type: nn(GraphQLString), description: "'quarterly' or 'annual'" },
    period: { type: nn(GraphQLString), description: "'2026-Q2' or '2026/27' (financial year)" },
    periodFrom: { type: nn(GraphQLString), resolve: (p) => p.period_from },
    periodTo: { type: nn(GraphQLString), resolve: (p) => p.period_to },
    title: str,
    introduction: str,
    publishedAt: { type: nn(GraphQLString), resolve: (p) => p.published_at.toISOString() },
    learning: optStr,
    customerExperience: { type: GraphQLString, resolve: (p) => p.customer_experience },
    staffTraining: { type: GraphQLString, resolve: (p) => p.staff_training },
    figures: { type: nn(Figures), resolve: (p) => p.frozen_figures },
    annualReport: {
      type: AnnualReport,
      description: 'Annual reports only (null on a quarterly publication)',
      resolve: (p) => p.frozen_figures.annualReport ?? null,
    },
    items: {
      type: nn(new GraphQLList(nn(PublishedItem))),
      resolve: async (p, _args, ctx) => {
        const rows = await itemsLoader(ctx).load(p.id);
        // The names frozen at approval; the live names only for a snapshot frozen before they were kept.
        const frozen = p.frozen_figures.itemServiceAreas;
        return rows.map((r) => ({
          youSaid: r.you_said,
          weDid: r.we_did,
          serviceAreas: frozen?.[r.id] ?? r.service_areas,
        }));
      },
    },
  },
});

const SELECT = `SELECT p.id, p.organisation_id, p.kind, p.period, to_char(p.period_from, 'YYYY-MM-DD') AS period_from, to_char(p.period_to, 'YYYY-MM-DD') AS period_to,
       p.title, p.introduction, p.learning, p.customer_experience, p.staff_training, p.published_at, p.frozen_figures
  FROM publication p JOIN organisation o ON o.id = p.organisation_id
 WHERE o.slug = $1 AND p.status = 'published'`;

const PublishingOrganisation = new GraphQLObjectType({
  name: 'PublishingOrganisation',
  fields: {
    name: str,
    slug: {
      type: nn(GraphQLString),
      description: 'Names the organisation in the other queries and in /public/<slug>',
    },
  },
});

const Query = new GraphQLObjectType<unknown, PublicContext>({
  name: 'Query',
  fields: {
    publishingOrganisations: {
      type: nn(new GraphQLList(nn(PublishingOrganisation))),
      description: 'The organisations with at least one published publication, by name',
      resolve: (_root, _args, ctx) =>
        ctx.dataSource.query(
          `SELECT o.name, o.slug FROM organisation o
          WHERE EXISTS (SELECT 1 FROM publication p WHERE p.organisation_id = o.id AND p.status = 'published')
          ORDER BY o.name LIMIT 500`,
        ),
    },
    publishingOrganisation: {
      type: PublishingOrganisation,
      description: 'One organisation by its slug; null unless it has published something',
      args: { slug: { type: nn(GraphQLString) } },
      resolve: async (_root, args: { slug: string }, ctx) => {
        const [row] = await ctx.dataSource.query<{ name: string; slug: string }[]>(
          `SELECT o.name, o.slug FROM organisation o
            WHERE o.slug = $1 AND EXISTS (SELECT 1 FROM publication p WHERE p.organisation_id = o.id AND p.status = 'published')`,
          [args.slug],
        );
        return row ?? null;
      },
    },
    publishedPublications: {
      type: nn(new GraphQLList(nn(PublishedPublication))),
      description:
        "An organisation's published quarterly publications and annual reports, newest period first",
      args: { organisationSlug: { type: nn(GraphQLString) } },
      resolve: (_root, args: { organisationSlug: string }, ctx) =>
        ctx.dataSource.query<PublishedRow[]>(
          `${SELECT} ORDER BY p.period_from DESC, p.published_at DESC LIMIT 200`,
          [args.organisationSlug],
        ),
    },
    publishedPublication: {
      type: PublishedPublication,
      description: 'One published publication; null when there is none (or it is not published)',
      args: { organisationSlug: { type: nn(GraphQLString) }, id: { type: nn(GraphQLID) } },
      resolve: async (_root, args: { organisationSlug: string; id: string }, ctx) => {
        if (!isUuid(args.id)) return null;
        const [row] = await ctx.dataSource.query<PublishedRow[]>(`${SELECT} AND p.id = $2`, [
          args.organisationSlug,
          args.id,
        ]);
        return row ?? null;
      },
    },
  },
});

export const publicSchema: GraphQLSchema = lexicographicSortSchema(
  new GraphQLSchema({ query: Query }),
);
