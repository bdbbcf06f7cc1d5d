import {
  isChpRuleError,
  resolvePeriod as domainResolvePeriod,
  type PeriodSpec,
  type Period,
} from '@chp/domain';
import { analyticsError, type AnalyticsRule } from './analytics.errors';

/**
 * Reporting periods are @chp/domain's (reportingPeriods.ts, periodKeys.ts); this file only maps
 * the domain's INVALID_PERIOD (details: field, rule) to the BAD_USER_INPUT the API has always
 * given, naming the same field and rule.
 */
export {
  addDays,
  daysInclusive,
  financialYearPeriod,
  periodLabel,
  previousPeriod,
  previousPeriods,
  type Period,
  type PeriodSpec,
} from '@chp/domain';

const RULES: Record<string, AnalyticsRule> = {
  exactlyOne: 'EXACTLY_ONE',
  matches: 'MATCHES',
  yearInRange: 'YEAR_IN_RANGE',
  required: 'REQUIRED',
  isDate: 'IS_DATE',
  notBeforeFrom: 'NOT_BEFORE_FROM',
};

/**
 * The period a PeriodInput names: exactly one of `quarter` ('2026-Q2'), `financialQuarter`
 * ('FY2026-Q1'), `year`, `financialYear` or `from` + `to` (inclusive); financial ones start in
 * `spec.financialYearStartMonth` (the organisation's setting). BAD_USER_INPUT naming the field
 * otherwise.
 */
export function resolvePeriod(spec: PeriodSpec, field = 'period'): Period {
  try {
    return domainResolvePeriod(spec, field);
  } catch (error) {
    if (!isChpRuleError(error) || error.code !== 'INVALID_PERIOD') throw error;
    const rule = RULES[String(error.details?.['rule'])];
    if (!rule) throw error;
    throw analyticsError(
      rule,
      `(${error.message}.)`,
      typeof error.details?.['field'] === 'string' ? error.details['field'] : field,
    );
  }
}
