import { execute, parse, type DocumentNode } from 'graphql';
import type { DataSource } from 'typeorm';
import { publicSchema } from './public-schema';
import { PERIOD_FIGURE_FIELDS } from './stored-figures';

/**
 * The public site reads through the public GraphQL schema only (never the database directly):
 * whatever that schema cannot reach, no public page can show. See test/public-surface.test.ts.
 */
export async function readPublic<T>(
  dataSource: DataSource,
  document: DocumentNode,
  variables: Record<string, unknown>,
): Promise<T> {
  const result = await execute({
    schema: publicSchema,
    document,
    variableValues: variables,
    contextValue: { dataSource },
  });
  const error = result.errors?.[0];
  if (error) throw error.originalError ?? error;
  return result.data as T;
}

export interface Figure {
  value: number | null;
  display: string;
}
export type PeriodFigures = { label: string; from: string; to: string } & Record<
  (typeof PERIOD_FIGURE_FIELDS)[number],
  Figure
>;
export interface PublicAction {
  serviceArea: string;
  summary: string;
  date: string;
}
export interface Publication {
  id: string;
  kind: 'quarterly' | 'annual';
  period: string;
  title: string;
  introduction: string;
  publishedAt: string;
  learning: string | null;
  customerExperience: string | null;
  staffTraining: string | null;
  figures: { smallNumberThreshold: number; current: PeriodFigures; previous: PeriodFigures };
  annualReport: null | {
    indicators: {
      indicator: string;
      label: string;
      unit: string;
      stage1: Figure | null;
      stage2Direct: Figure | null;
      stage2Escalated: Figure | null;
      all: Figure | null;
    }[];
    survey: null | {
      answers: Figure;
      questions: { key: string; text: string; satisfied: Figure }[];
      recurrenceAnswers: Figure;
      problemBack: Figure;
    };
    months: { month: string; label: string; received: Figure; closed: Figure }[];
    serviceAreas: { name: string; received: Figure; previousReceived: Figure }[];
    actionsTaken: PublicAction[];
    actionsPlanned: PublicAction[];
  };
  items: { youSaid: string; weDid: string; serviceAreas: string[] }[];
}
export interface Organisation {
  name: string;
  slug: string;
}

const period = `label from to ${PERIOD_FIGURE_FIELDS.map((f) => `${f} { value display }`).join(' ')}`;
const figure = '{ value display }';

export const ORGANISATIONS = parse('query { publishingOrganisations { name slug } }');

export const ORGANISATION_PUBLICATIONS = parse(`query($slug: String!) {
  publishingOrganisation(slug: $slug) { name slug }
  publishedPublications(organisationSlug: $slug) { id kind period title publishedAt figures { current { from to } } }
}`);

export const PUBLICATION = parse(`query($slug: String!, $id: ID!) {
  publishingOrganisation(slug: $slug) { name slug }
  publishedPublication(organisationSlug: $slug, id: $id) {
    id kind period title introduction publishedAt learning customerExperience staffTraining
    figures { smallNumberThreshold current { ${period} } previous { ${period} } }
    annualReport {
      indicators { indicator label unit stage1 ${figure} stage2Direct ${figure} stage2Escalated ${figure} all ${figure} }
      survey { answers ${figure} questions { key text satisfied ${figure} } recurrenceAnswers ${figure} problemBack ${figure} }
      months { month label received ${figure} closed ${figure} }
      serviceAreas { name received ${figure} previousReceived ${figure} }
      actionsTaken { serviceArea summary date }
      actionsPlanned { serviceArea summary date }
    }
    items { youSaid weDid serviceAreas }
  }
}`);
