import { Role } from '../../src/core/role';
import { ANALYTICS_READERS } from '../../src/modules/analytics/analytics.resolver';
import type { World, WorldOrganisation, WorldPerson } from '../support/world';
import { doneAction, proposedAction } from '../support/improvement-actions';
import type { Call, InvalidCase, OperationCase } from './operation-case';

const ALL = Object.values(Role);

const BUCKET = `closed shareOfAllClosures totalWorkingDays averageWorkingDays withinTimescale withinTimescaleShare extended extendedShare
  outcomes { resolved { count share } upheld { count share } partiallyUpheld { count share } notUpheld { count share } }`;
export const INDICATOR_FIELDS = `period { kind from to label } received receivedPerThousand population populationLabel closed
  stages { stage1 { ${BUCKET} } stage2Direct { ${BUCKET} } stage2Escalated { ${BUCKET} } } stage2 { ${BUCKET} }
  otherOutcomes { notAComplaint withdrawn outOfTime duplicate }`;
export const INDICATORS_QUERY = `query($period: PeriodInput!) { spsoIndicators(period: $period) { organisationId ${INDICATOR_FIELDS} previous { ${INDICATOR_FIELDS} } } }`;
export const LIKE_FOR_LIKE_QUERY = `query($organisationId: ID) { likeForLikeComparison(organisationId: $organisationId) { organisationId quarter { kind from to label } workingDays partial
  current { ${INDICATOR_FIELDS} } previousQuarter { ${INDICATOR_FIELDS} } sameQuarterLastYear { ${INDICATOR_FIELDS} } } }`;
export const TRENDS_QUERY = `query($grain: TrendGrain!, $breakdown: TrendBreakdown, $from: LocalDate!, $to: LocalDate!, $filters: TrendFilters) {
  complaintTrends(grain: $grain, breakdown: $breakdown, from: $from, to: $to, filters: $filters) { grain yearStartMonth breakdown from to total buckets { period label key keyLabel count } } }`;
export const QUIET_QUERY = `query($period: PeriodInput!, $dimension: QuietDimension, $threshold: Float, $history: Int) {
  quietAreas(period: $period, dimension: $dimension, threshold: $threshold, history: $history) { period { from to label } history { from to label } items { key label count historicalAverage change changeShare } } }`;
export const DUE_SOON_QUERY = `query($days: Int, $limit: Int, $offset: Int) { actionsDueSoon(days: $days, limit: $limit, offset: $offset) { count items { id title targetDate owner { id } } } }`;
export const OVERDUE_QUERY = `{ overdueActions { total byOwner { ownerId ownerName count } byServiceArea { serviceAreaId serviceAreaName count } } }`;
export const ON_TIME_QUERY = `query($period: PeriodInput!) { actionsCompletedOnTime(period: $period) { period { from to label } completed onTime late onTimeShare } }`;
export const RECURRENCE_QUERY = `query($actionId: ID!, $windowDays: Int) { recurrence(actionId: $actionId, windowDays: $windowDays) {
  actionId serviceAreaId completedOn windowDays beforeFrom beforeTo afterFrom afterTo afterWindowComplete before after byRootCause { rootCauseId rootCauseName before after } } }`;

const call = (query: string, variables: Record<string, unknown> = {}): Call => ({
  query,
  variables,
});
const bad = (
  description: string,
  build: (w: World, o: WorldOrganisation, as: WorldPerson) => Promise<Call> | Call,
  code: InvalidCase['code'],
  rule?: string,
  field?: string,
): InvalidCase => ({ description, build: async (w, o, as) => build(w, o, as), code, rule, field });

export const badPeriods = (query: string, extra: Record<string, unknown> = {}): InvalidCase[] => [
  bad(
    "a quarter '2026-Q5'",
    () => call(query, { ...extra, period: { quarter: '2026-Q5' } }),
    'BAD_USER_INPUT',
    'matches',
    'period.quarter',
  ),
  bad(
    "a financial quarter '2026-Q1' without FY",
    () => call(query, { ...extra, period: { financialQuarter: '2026-Q1' } }),
    'BAD_USER_INPUT',
    'matches',
    'period.financialQuarter',
  ),
  bad(
    'a range that ends before it starts',
    () => call(query, { ...extra, period: { from: '2026-03-31', to: '2026-01-01' } }),
    'BAD_USER_INPUT',
    'notBeforeFrom',
    'period.to',
  ),
  bad(
    'both a year and a quarter',
    () => call(query, { ...extra, period: { year: 2026, quarter: '2026-Q1' } }),
    'BAD_USER_INPUT',
    'exactlyOne',
    'period',
  ),
  bad(
    'no period at all',
    () => call(query, { ...extra, period: {} }),
    'BAD_USER_INPUT',
    'exactlyOne',
    'period',
  ),
  bad(
    'a year out of range',
    () => call(query, { ...extra, period: { financialYear: 12026 } }),
    'BAD_USER_INPUT',
    'yearInRange',
    'period.financialYear',
  ),
];

export const analyticsOperations: OperationCase[] = [
  {
    name: 'spsoIndicators',
    kind: 'query',
    allowed: ANALYTICS_READERS,
    valid: async () => call(INDICATORS_QUERY, { period: { quarter: '2026-Q1' } }),
    invalid: [
      ...badPeriods(INDICATORS_QUERY),
      bad(
        'a from without a to',
        () => call(INDICATORS_QUERY, { period: { from: '2026-01-01' } }),
        'BAD_USER_INPUT',
        'required',
        'period.to',
      ),
    ],
  },
  {
    name: 'likeForLikeComparison',
    kind: 'query',
    allowed: ANALYTICS_READERS,
    valid: async (_w, org) => call(LIKE_FOR_LIKE_QUERY, { organisationId: org.id }),
    invalid: [
      bad(
        'an organisation id that is not an id',
        () => call(LIKE_FOR_LIKE_QUERY, { organisationId: 'clyde' }),
        'NOT_FOUND',
      ),
    ],
  },
  {
    name: 'complaintTrends',
    kind: 'query',
    allowed: ANALYTICS_READERS,
    valid: async (_w, org) =>
      call(TRENDS_QUERY, {
        grain: 'month',
        breakdown: 'serviceArea',
        from: '2026-01-01',
        to: '2026-03-31',
        filters: { serviceAreaIds: [org.serviceAreaIds[0]] },
      }),
    invalid: [
      bad(
        'from after to',
        () => call(TRENDS_QUERY, { grain: 'month', from: '2026-03-31', to: '2026-01-01' }),
        'BAD_USER_INPUT',
        'notBeforeFrom',
        'to',
      ),
      bad(
        'a range of more than 30 years',
        () => call(TRENDS_QUERY, { grain: 'year', from: '1990-01-01', to: '2026-01-01' }),
        'BAD_USER_INPUT',
        'maxRange',
        'to',
      ),
      bad(
        'a service area id that is not an id',
        () =>
          call(TRENDS_QUERY, {
            grain: 'month',
            from: '2026-01-01',
            to: '2026-03-31',
            filters: { serviceAreaIds: ['repairs'] },
          }),
        'BAD_USER_INPUT',
        'isUuid',
        'filters.serviceAreaIds',
      ),
    ],
  },
  {
    name: 'quietAreas',
    kind: 'query',
    allowed: ANALYTICS_READERS,
    valid: async () =>
      call(QUIET_QUERY, { period: { quarter: '2026-Q1' }, dimension: 'serviceArea' }),
    invalid: [
      ...badPeriods(QUIET_QUERY).slice(0, 2),
      bad(
        'a negative threshold',
        () => call(QUIET_QUERY, { period: { year: 2025 }, threshold: -1 }),
        'BAD_USER_INPUT',
        'min',
        'threshold',
      ),
      bad(
        'no history',
        () => call(QUIET_QUERY, { period: { year: 2025 }, history: 0 }),
        'BAD_USER_INPUT',
        'min',
        'history',
      ),
    ],
  },
  {
    name: 'actionsDueSoon',
    kind: 'query',
    allowed: ALL,
    valid: async (world, org, as) => {
      await proposedAction(world, org, as.id, { targetDate: '2026-03-10' });
      return call(DUE_SOON_QUERY, { days: 14 });
    },
    invalid: [
      bad('days < 0', () => call(DUE_SOON_QUERY, { days: -1 }), 'BAD_USER_INPUT', 'min', 'days'),
      bad(
        'a page of more than 100',
        () => call(DUE_SOON_QUERY, { limit: 101 }),
        'BAD_USER_INPUT',
        'max',
        'limit',
      ),
    ],
  },
  {
    name: 'overdueActions',
    kind: 'query',
    allowed: ANALYTICS_READERS,
    valid: async () => call(OVERDUE_QUERY),
  },
  {
    name: 'actionsCompletedOnTime',
    kind: 'query',
    allowed: ANALYTICS_READERS,
    valid: async () => call(ON_TIME_QUERY, { period: { year: 2026 } }),
    invalid: badPeriods(ON_TIME_QUERY).slice(0, 2),
  },
  {
    name: 'recurrence',
    kind: 'query',
    allowed: ALL,
    valid: async (world, org, as) =>
      call(RECURRENCE_QUERY, { actionId: (await doneAction(world, org, as.id)).id }),
    invalid: [
      bad(
        'an action id that is not an id',
        () => call(RECURRENCE_QUERY, { actionId: 'action-1' }),
        'BAD_USER_INPUT',
        'isUuid',
        'actionId',
      ),
      bad(
        'a window of 0 days',
        async (w, o, as) =>
          call(RECURRENCE_QUERY, { actionId: (await doneAction(w, o, as.id)).id, windowDays: 0 }),
        'BAD_USER_INPUT',
        'min',
        'windowDays',
      ),
      bad(
        'an action not completed yet',
        async (w, o, as) =>
          call(RECURRENCE_QUERY, { actionId: (await proposedAction(w, o, as.id)).id }),
        'CONFLICT',
        'NOT_COMPLETED',
      ),
      bad(
        'an unknown action',
        () => call(RECURRENCE_QUERY, { actionId: '00000000-0000-4000-8000-000000000000' }),
        'NOT_FOUND',
      ),
    ],
  },
];

export interface FixtureComplaint {
  receivedAt: string;
  serviceAreaId: string;
  category?: string;
  channel?: string;
  rootCauseIds?: string[];
}

/**
 * A received stage 1 complaint written straight to the tables (analytics read only the columns),
 * with its root causes. Returns its id.
 */
export async function insertAnalyticsComplaint(
  world: World,
  organisationId: string,
  c: FixtureComplaint,
): Promise<string> {
  const [row] = await world.db.dataSource.query(
    `INSERT INTO complaint (organisation_id, reference, received_at, channel, service_area_id, category, summary, route, current_stage, status, stage1_day_one, stage1_due_on)
     VALUES ($1, 'ANL-' || substr(md5(random()::text), 1, 12), $2, $3, $4, $5, 'Fixture', 'stage1', 1, 'open', ($2::timestamptz AT TIME ZONE 'Europe/London')::date,
             ($2::timestamptz AT TIME ZONE 'Europe/London')::date + 7)
     RETURNING id`,
    [
      organisationId,
      c.receivedAt,
      c.channel ?? 'phone',
      c.serviceAreaId,
      c.category ?? 'Repairs not done',
    ],
  );
  for (const rootCauseId of c.rootCauseIds ?? []) {
    await world.db.dataSource.query(
      `INSERT INTO complaint_root_cause (organisation_id, complaint_id, root_cause_id) VALUES ($1, $2, $3)`,
      [organisationId, row.id, rootCauseId],
    );
  }
  return row.id;
}
