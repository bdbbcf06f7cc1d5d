import { PUBLIC_FIGURE_FIELDS } from '@chp/domain';

/**
 * The frozen figures as the public surface reads them from `publication.frozen_figures` (jsonb):
 * its own read type of the stored JSON, so the surface needs none of the publications module's
 * code. What is stored is exactly what the public sees (the small-number rule was applied when
 * the publication was approved: src/modules/publications/publication-figures.ts).
 */
export interface StoredFigure {
  value: number | null;
  display: string;
}

export type StoredPeriodFigures = { label: string; from: string; to: string } & Partial<
  Record<string, StoredFigure | string>
>;

export interface StoredFrozenFigures {
  smallNumberThreshold: number;
  current: StoredPeriodFigures;
  previous: StoredPeriodFigures;
  /** Annual reports only: months, services and actions; absent on a quarterly publication. */
  annualReport?: Record<string, unknown> | null;
  /** Each item's service names at approval, by item id (absent from older snapshots). */
  itemServiceAreas?: Record<string, string[]>;
}

/** The period figures the public sees, in order (from @chp/domain). */
export const PERIOD_FIGURE_FIELDS = PUBLIC_FIGURE_FIELDS;

/** A figure absent from a snapshot frozen before it was added. */
export const NOT_RECORDED: StoredFigure = { value: null, display: 'not recorded' };
