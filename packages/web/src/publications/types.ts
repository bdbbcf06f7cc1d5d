import type { PublicationStatus, PublicationStep } from '@chp/domain';

export type { PublicationStatus, PublicationStep };
export type PublicationKind = 'quarterly' | 'annual';

export interface PublicFigure {
  value: number | null;
  display: string;
}

export type PeriodFigures = { label: string; from: string; to: string } & Record<
  string,
  PublicFigure | string
>;

export interface PersonalDataFinding {
  field: string;
  kind: string;
  excerpt: string;
}

export interface PublicationListItem {
  id: string;
  kind: PublicationKind;
  period: string;
  title: string;
  status: PublicationStatus;
  updatedAt: string;
  publishedAt: string | null;
  author: { id: string; name: string };
}

export interface PublicationItem {
  id: string;
  position: number;
  youSaid: string;
  weDid: string;
  actions: { id: string; title: string }[];
  serviceAreas: { id: string; name: string }[];
}

export interface PublicationDetail extends PublicationListItem {
  version: number;
  introduction: string;
  learning: string | null;
  customerExperience: string | null;
  staffTraining: string | null;
  allowedSteps: PublicationStep[];
  approvedAt: string | null;
  approvedBy: { id: string; name: string } | null;
  withdrawnAt: string | null;
  withdrawnReason: string | null;
  publicPath: string | null;
  items: PublicationItem[];
  personalDataFindings: PersonalDataFinding[];
  frozenFigures: {
    smallNumberThreshold: number;
    current: PeriodFigures;
    previous: PeriodFigures;
  } | null;
}

/** An improvement action completed in the quarter: a suggestion for an item. */
export interface Candidate {
  id: string;
  title: string;
  publicSummary: string | null;
  completedOn: string | null;
  serviceArea: { id: string; name: string };
  rootCauses: { id: string; name: string }[];
}
