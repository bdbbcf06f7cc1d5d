/** What is measured: the GraphQL queries sent to our API and to PostGraphile, and the hand-written floor statements. */

const BUCKET =
  'closed averageWorkingDays totalWorkingDays withinTimescale extended outcomes { resolved { count } upheld { count } partiallyUpheld { count } notUpheld { count } }';
const FIGURES = `received closed stages { stage1 { ${BUCKET} } stage2Direct { ${BUCKET} } stage2Escalated { ${BUCKET} } }`;
export const INDICATORS_QUERY = `query Indicators($year: Int!) { spsoIndicators(period: { year: $year }) { ${FIGURES} previous { ${FIGURES} } } }`;
export const TRENDS_QUERY = `query Trends($from: LocalDate!, $to: LocalDate!) {
  complaintTrends(grain: month, breakdown: serviceArea, from: $from, to: $to) { total buckets { period key keyLabel count } } }`;
export const PAGE_QUERY = `query Page($limit: Int!) { complaints(limit: $limit) { items {
  reference serviceArea { name } handler { name } rootCauses { name } actions { title owner { name } } } } }`;
// The same shape through PostGraphile's generated schema: relations come from the composite
// foreign keys (organisation_id, x_id); the many-to-many links go through their join tables.
export const PGL_PAGE_QUERY = `query Page($limit: Int!, $org: UUID!) {
  allComplaints(first: $limit, condition: { organisationId: $org }, orderBy: [RECEIVED_AT_DESC, ROW_ID_ASC]) { nodes {
    reference
    serviceAreaByOrganisationIdAndServiceAreaId { name }
    personByOrganisationIdAndHandlerId { name }
    complaintRootCausesByOrganisationIdAndComplaintId { nodes { rootCauseByOrganisationIdAndRootCauseId { name } } }
    improvementActionComplaintsByOrganisationIdAndComplaintId { nodes { improvementActionByOrganisationIdAndActionId {
      title personByOrganisationIdAndOwnerId { name } } } }
  } } }`;

const LOCAL = (d) => `(${d}::timestamp AT TIME ZONE 'Europe/London')`;
/** The floor for spsoIndicators: one hand-written statement, both years (the API answers the period and the previous one). */
export const FLOOR_INDICATORS_SQL = `
  WITH p(k, f, t) AS (VALUES (0, $2::date, $3::date), (1, $4::date, $5::date))
  SELECT p.k,
    (SELECT count(*) FROM complaint c WHERE c.organisation_id = $1 AND c.received_at >= ${LOCAL('p.f')} AND c.received_at < ${LOCAL('(p.t + 1)')})::int AS received,
    s1.*, s2.*
  FROM p
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS s1_closed,
           count(*) FILTER (WHERE stage1_outcome = 'resolved')::int AS s1_resolved, count(*) FILTER (WHERE stage1_outcome = 'upheld')::int AS s1_upheld,
           count(*) FILTER (WHERE stage1_outcome = 'partially_upheld')::int AS s1_partially, count(*) FILTER (WHERE stage1_outcome = 'not_upheld')::int AS s1_not,
           coalesce(sum(stage1_working_days), 0)::bigint AS s1_days, count(*) FILTER (WHERE stage1_within_timescale)::int AS s1_within,
           count(*) FILTER (WHERE stage1_extended_due_on IS NOT NULL)::int AS s1_extended
      FROM complaint WHERE organisation_id = $1 AND stage1_closed_on BETWEEN p.f AND p.t) s1
  CROSS JOIN LATERAL (
    SELECT count(*) FILTER (WHERE route = 'stage2_direct')::int AS s2d_closed, count(*) FILTER (WHERE route <> 'stage2_direct')::int AS s2e_closed,
           count(*) FILTER (WHERE route = 'stage2_direct' AND stage2_outcome = 'resolved')::int AS s2d_resolved,
           count(*) FILTER (WHERE route = 'stage2_direct' AND stage2_outcome = 'upheld')::int AS s2d_upheld,
           count(*) FILTER (WHERE route = 'stage2_direct' AND stage2_outcome = 'partially_upheld')::int AS s2d_partially,
           count(*) FILTER (WHERE route = 'stage2_direct' AND stage2_outcome = 'not_upheld')::int AS s2d_not,
           count(*) FILTER (WHERE route <> 'stage2_direct' AND stage2_outcome = 'resolved')::int AS s2e_resolved,
           count(*) FILTER (WHERE route <> 'stage2_direct' AND stage2_outcome = 'upheld')::int AS s2e_upheld,
           count(*) FILTER (WHERE route <> 'stage2_direct' AND stage2_outcome = 'partially_upheld')::int AS s2e_partially,
           count(*) FILTER (WHERE route <> 'stage2_direct' AND stage2_outcome = 'not_upheld')::int AS s2e_not,
           coalesce(sum(stage2_working_days) FILTER (WHERE route = 'stage2_direct'), 0)::bigint AS s2d_days,
           coalesce(sum(stage2_working_days) FILTER (WHERE route <> 'stage2_direct'), 0)::bigint AS s2e_days,
           count(*) FILTER (WHERE route = 'stage2_direct' AND stage2_within_timescale)::int AS s2d_within,
           count(*) FILTER (WHERE route <> 'stage2_direct' AND stage2_within_timescale)::int AS s2e_within,
           count(*) FILTER (WHERE route = 'stage2_direct' AND stage2_extended_due_on IS NOT NULL)::int AS s2d_extended,
           count(*) FILTER (WHERE route <> 'stage2_direct' AND stage2_extended_due_on IS NOT NULL)::int AS s2e_extended
      FROM complaint WHERE organisation_id = $1 AND stage2_closed_on BETWEEN p.f AND p.t) s2
  ORDER BY p.k`;
/**
 * The floor over the same storage the API reads since the summary table landed: one
 * hand-written statement over indicator_day (per-day sums kept by a trigger on complaint).
 */
export const FLOOR_SUMMARY_SQL = `
  WITH p(k, f, t) AS (VALUES (0, $2::date, $3::date), (1, $4::date, $5::date))
  SELECT p.k,
    coalesce(sum(received) FILTER (WHERE bucket = 0), 0)::int AS received,
    coalesce(sum(closed) FILTER (WHERE bucket = 1), 0)::int AS s1_closed,
    coalesce(sum(closed) FILTER (WHERE bucket = 2), 0)::int AS s2d_closed,
    coalesce(sum(closed) FILTER (WHERE bucket = 3), 0)::int AS s2e_closed,
    coalesce(sum(working_days) FILTER (WHERE bucket = 1), 0)::bigint AS s1_days,
    ${['resolved', 'upheld', 'partially_upheld', 'not_upheld', 'within_timescale', 'extended'].flatMap((f) => [1, 2, 3].map((b) => `coalesce(sum(${f}) FILTER (WHERE bucket = ${b}), 0)::int AS b${b}_${f}`)).join(',\n    ')},
    coalesce(sum(working_days) FILTER (WHERE bucket = 2), 0)::bigint AS s2d_days,
    coalesce(sum(working_days) FILTER (WHERE bucket = 3), 0)::bigint AS s2e_days
  FROM p LEFT JOIN indicator_day d ON d.organisation_id = $1 AND d.date BETWEEN p.f AND p.t
  GROUP BY p.k ORDER BY p.k`;
/** The floor for trends: one statement, a range scan of received_at per local month, counted by service area. */
export const FLOOR_TRENDS_SQL = `
  SELECT m::date AS month, c.service_area_id, count(*)::int AS n
    FROM generate_series($2::date, $3::date, interval '1 month') m
    JOIN complaint c ON c.organisation_id = $1
     AND c.received_at >= (m::timestamp AT TIME ZONE 'Europe/London')
     AND c.received_at < ((m + interval '1 month')::timestamp AT TIME ZONE 'Europe/London')
   GROUP BY 1, 2 ORDER BY 1, 2`;
