/**
 * Analytics: the SPSO indicators, trends and action figures for a period (read-only SQL).
 * What other modules, the app and the demo seeder may use; everything else in this folder is
 * the module's own (test/import-boundaries.test.ts).
 */
export { analyticsResolvers } from './analytics.resolver';
export { TrendBreakdown, TrendGrain } from './analytics.types';
export type { IndicatorFigures } from './analytics.types';
export { indicatorFigures } from './indicators.queries';
export { addDays, financialYearPeriod, previousPeriod, resolvePeriod } from './period';
export type { Period } from './period';
export { complaintTrends } from './trends.queries';
export { quarterlyIndicatorMessages } from './quarterly-indicators';
export { PeriodInput } from './analytics.inputs';
export { ReportingPeriod } from './analytics.types';
export { reportingPeriod } from './indicators.queries';
