import { apiRequire } from './api.mjs';
import { TODAY } from './datasets.mjs';

const domain = apiRequire('@chp/domain');

/** The register's page size (packages/web/src/complaints/register-filters.ts, PAGE_SIZE). */
const PAGE = { limit: 25, offset: 0 };
/** The trends page's breakdowns, in the order its "Breakdown" list offers them (packages/web/src/trends/TrendsPage.tsx). */
export const TREND_BREAKDOWNS = [
  'none',
  'serviceArea',
  'category',
  'channel',
  'stage',
  'outcome',
  'rootCause',
  'contractor',
];

/**
 * Every request the dashboard's overview, indicators, trends and register pages send when
 * opened with their defaults (and the register's searches and filters), with the variables the
 * pages compute, as if opened on the data's "today" (TODAY) by `me` (the Me query's answer).
 * `data`: { startMonth (the organisation's financial year), serviceAreaId (the busiest
 * service area), reference (a whole reference), topCauseId (the top-level root cause with the
 * most complaints under it), subCauseId (its sub-cause with the most) }. Returns [{ page, name, document, variables }]
 * where `document` is an export name of bench/lib/page-documents.mjs.
 */
export function dashboardRequests(
  me,
  { startMonth, serviceAreaId, reference, topCauseId, subCauseId },
) {
  const quarter = domain.financialQuarterKey(TODAY, startMonth);
  const last24Months = { from: domain.monthsBefore(TODAY, 23), to: TODAY };
  const personal = domain.seesPersonalData(me.role);
  const out = [];
  const add = (page, name, document, variables = {}) =>
    out.push({ page, name, document, variables });

  // every page: the app shell (who is signed in; the organisation's word for a complainant and
  // its reporting year, one request answered from the cache afterwards)
  add('every page', 'Me', 'ME');
  add('every page', 'OrganisationBasics', 'ORGANISATION_BASICS');

  // the overview (packages/web/src/overview): its figures and work queue in one request, and a
  // manager's restriction reviews beside it
  add(
    'overview',
    'Overview (work queue, figures, two charts, quiet areas, overdue actions)',
    'OVERVIEW',
    {
      today: TODAY,
      trendFrom: last24Months.from,
      rootCauseFrom: domain.monthsBefore(TODAY, 11),
      quietPeriod: { financialQuarter: domain.previousFinancialQuarterKey(quarter) },
    },
  );
  if (domain.decidesRestrictions(me.role))
    add('overview', 'RestrictionReviewsDue', 'RESTRICTION_REVIEWS_DUE');

  // the other pages: the navigation's count of what waits (the first 10 and the total)
  add('other pages', "MyWork (the navigation's count)", 'MY_WORK');

  // the indicators page: this financial quarter by default (packages/web/src/lib/periods.ts)
  add('indicators', 'SpsoIndicators (this quarter)', 'SPSO_INDICATORS', {
    period: { financialQuarter: quarter },
  });

  // the trends page: the last 24 months by month, each breakdown it offers, no filter
  add('trends', 'ServiceAreas', 'SERVICE_AREAS');
  add('trends', 'RootCauses', 'ROOT_CAUSES');
  for (const breakdown of TREND_BREAKDOWNS)
    add('trends', `Trends (24 months × ${breakdown})`, 'TRENDS', {
      ...last24Months,
      grain: 'month',
      breakdown,
      filters: {},
    });

  // its "Root cause" filter (rootCauseIds: the cause chosen; it counts the cause and its
  // sub-causes): the default breakdown, by root cause, with the busiest service area too, and a
  // sub-cause. Named without the cause, so the sizes share a row
  const byCause = (name, breakdown, filters) =>
    add('trends', `Trends (24 months × ${breakdown}, ${name})`, 'TRENDS', {
      ...last24Months,
      grain: 'month',
      breakdown,
      filters,
    });
  byCause('the most common root-cause group', 'none', { rootCauseIds: [topCauseId] });
  byCause('the most common root-cause group', 'rootCause', { rootCauseIds: [topCauseId] });
  byCause('the most common root-cause group + busiest service area', 'none', {
    rootCauseIds: [topCauseId],
    serviceAreaIds: [serviceAreaId],
  });
  byCause('its most common sub-cause', 'none', { rootCauseIds: [subCauseId] });

  // the register: a page of 25, newest first, and its searches and filters
  const register = (name, filters) =>
    add('register', `Register (${name})`, 'REGISTER', { ...filters, personal, ...PAGE });
  add('register', 'ServiceAreas', 'SERVICE_AREAS');
  register('default page', {});
  // named without the reference itself, which differs by size, so the sizes share a row
  register('reference search (a whole reference)', { search: reference });
  register(`reference-year search "CMP-${TODAY.slice(0, 4)}-"`, {
    search: `CMP-${TODAY.slice(0, 4)}-`,
  });
  register('words search "mould"', { search: 'mould' });
  register('words search "extractor fan"', { search: 'extractor fan' });
  register('name search "MacLeod"', { search: 'MacLeod' });
  register('outcome upheld', { outcome: 'upheld' });
  register('busiest service area + open', { serviceAreaId, status: 'open' });
  return out;
}
