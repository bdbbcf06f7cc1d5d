import type { BucketFieldsFragment, SpsoIndicatorsQuery } from '../generated/graphql';

// The dashboard's names for the generated result types (npm run codegen refreshes them).

/** One bucket of closures: a stage, or stage 2 in all (the BucketFields fragment). */
export type BucketFigures = BucketFieldsFragment;

/** One outcome's count and share of a bucket's closures. */
export type OutcomeFigure = BucketFigures['outcomes']['resolved'];

/** The SPSO indicators for a period and the one before (the SpsoIndicators query). */
export type SpsoIndicatorsReport = SpsoIndicatorsQuery['spsoIndicators'];

/** One period's figures: the report's own, or its `previous`. */
export type IndicatorFigures = SpsoIndicatorsReport['previous'];

/** The reporting period the figures cover. */
export type ReportingPeriod = IndicatorFigures['period'];
