import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { apiRequire, repoRoot } from './api.mjs';
import { TODAY } from './datasets.mjs';
import { YEAR } from './period.mjs';

const { print } = apiRequire('graphql');
const domain = apiRequire('@chp/domain');

/** A module of the dashboard (packages/web/src), TypeScript compiled on the fly by tsx. */
const web = (file) =>
  tsImport(
    pathToFileURL(path.join(repoRoot, 'packages', 'web', 'src', file)).href,
    import.meta.url,
  );

/**
 * The requests the load runs send, taken from the dashboard's own documents and variable builders
 * (packages/web), so they are what a browser sends: the register page (default filters, a page of
 * 50), the indicators page for a year, the overview page's set, and the record-complaint form's
 * mutation. Dates follow the bench data's "today" (datasets.mjs), not the clock.
 */
export async function loadDocuments() {
  const complaints = await web('complaints/queries.ts');
  const filters = await web('complaints/register-filters.ts');
  const recordForm = await web('complaints/record-complaint-input.ts');
  const indicators = await web('indicators/queries.ts');
  const overview = await web('overview/queries.ts');
  const restrictions = await web('restrictions/queries.ts');

  const request = (doc, variables = {}) => ({ query: print(doc), variables });
  const registerVariables = {
    ...filters.registerVariables(filters.filtersFrom(new URLSearchParams(''))),
    limit: 50,
    personal: true,
  };
  // the overview page (overview/OverviewPage.tsx and the components it draws): quarters of a
  // financial year starting in April, the demo organisation's setting
  const quarter = domain.financialQuarterKey(TODAY, domain.DEFAULT_FINANCIAL_YEAR_START_MONTH);
  const previous = domain.previousFinancialQuarterKey(quarter);
  const overviewSet = [
    request(overview.OVERVIEW, {
      today: TODAY,
      trendFrom: domain.monthsBefore(TODAY, 23),
      rootCauseFrom: domain.monthsBefore(TODAY, 11),
      quietPeriod: { financialQuarter: previous },
    }),
    request(restrictions.RESTRICTION_REVIEWS_DUE),
  ];
  const recordQuery = print(complaints.RECORD_COMPLAINT);
  /** The record-complaint form's mutation for the `n`th recording: unique words, a named customer. */
  const record = (n, serviceAreaId) => {
    const values = {
      ...recordForm.blankRecord(new Date().toISOString()),
      channel: n % 3 === 0 ? 'email' : 'phone',
      serviceAreaId,
      category: 'Repairs',
      summary: `Load run complaint ${n}: the repair booked for flat ${n % 97} was missed twice`,
      outcomeSought: 'A new appointment and an apology',
      name: `Load Customer ${n}`,
      email: `load.customer.${n}@example.org`,
      postcode: 'EH1 1AA',
    };
    // received now, as for a contact taken on the phone (the form turns local time into an instant)
    const { input } = recordForm.toRecordComplaintInput(values, (instant) => instant);
    return { query: recordQuery, variables: { input } };
  };
  return {
    register: request(complaints.REGISTER, registerVariables),
    indicators: request(indicators.SPSO_INDICATORS, { period: { year: YEAR } }),
    overviewSet,
    record,
  };
}
