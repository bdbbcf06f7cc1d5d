import { apiRequire } from './api.mjs';
import { readsComplaints, startCapturingApi } from './capture.mjs';
import { dashboardRequests } from './dashboard-pages.mjs';
import { graphql, parallelAgent } from './http.mjs';
import { explain } from './explain.mjs';
import { pageDocuments } from './page-documents.mjs';
import { measure, measureAlternating, summarise } from './stats.mjs';

const { EXACT_COUNT_LIMIT } = apiRequire('@chp/domain');

/** What a response holds, in a few words (so the report shows the request did work). */
function answerOf(name, data) {
  const fields = Object.keys(data);
  // a page's one request (the overview): each of its answers in turn
  if (fields.length > 1)
    return fields
      .map((f) => answerOf(name, { [f]: data[f] }))
      .filter(Boolean)
      .join('; ');
  const [field] = fields;
  const v = data[field];
  if (field === 'myWork')
    return `${v.total.toLocaleString('en-GB')} waiting, ${v.items.length} sent`;
  if (field === 'complaints') {
    const t = v.total;
    const total = !t
      ? ''
      : t.atLeast
        ? `more than ${t.count.toLocaleString('en-GB')}`
        : `${t.exact ? '' : 'about '}${t.count.toLocaleString('en-GB')}`;
    return `${v.items.length} rows of ${total || '?'}`;
  }
  if (field === 'complaintTrends')
    return `${v.total.toLocaleString('en-GB')} complaints, ${v.buckets.length} buckets`;
  if (field === 'spsoIndicators')
    return `${v.received.toLocaleString('en-GB')} received, ${v.closed.toLocaleString('en-GB')} closed`;
  if (field === 'likeForLikeComparison')
    return `${v.current.received.toLocaleString('en-GB')} received so far`;
  if (field === 'quietAreas') return `${v.items.length} areas`;
  if (field === 'overdueActions') return `${v.total} overdue`;
  if (Array.isArray(v)) return `${v.length} items`;
  return '';
}

/**
 * The data the pages' variables need: the financial year, the busiest service area, a reference,
 * the most common top-level root cause and its most common sub-cause.
 */
async function pageData(floorClient, org, me, apiUrl, token, documents) {
  const fy = await graphql(apiUrl, documents.ORGANISATION_BASICS, {}, token);
  const {
    rows: [area],
  } = await floorClient.query(
    `SELECT service_area_id AS id FROM complaint WHERE organisation_id = $1
      GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    [org],
  );
  // a whole reference from the middle of the register (not the newest: no head start)
  const {
    rows: [c],
  } = await floorClient.query(
    `SELECT reference FROM complaint WHERE organisation_id = $1
      ORDER BY received_at DESC, id OFFSET 5000 LIMIT 1`,
    [org],
  );
  // the top-level root cause with the most complaints under it, and its sub-cause with the most
  // (the demo taxonomy is groups of causes; complaints are linked to the causes)
  const {
    rows: [causes],
  } = await floorClient.query(
    `WITH linked AS (
       SELECT r.id, coalesce(r.parent_id, r.id) AS top FROM complaint_root_cause l
         JOIN root_cause r ON r.organisation_id = l.organisation_id AND r.id = l.root_cause_id
        WHERE l.organisation_id = $1),
     top AS (SELECT top FROM linked GROUP BY top ORDER BY count(*) DESC, top LIMIT 1)
     SELECT top.top AS "topCauseId",
            (SELECT id FROM linked WHERE linked.top = top.top AND id <> top.top
              GROUP BY id ORDER BY count(*) DESC, id LIMIT 1) AS "subCauseId"
       FROM top`,
    [org],
  );
  return {
    startMonth: fy.body.data.organisation.financialYearStartMonth,
    serviceAreaId: area.id,
    reference: c.reference,
    ...causes,
  };
}

/**
 * The requests of the overview, indicators, trends and register pages (bench/lib/dashboard-pages.mjs)
 * for one dataset, with the variables its data gives. `ctx`: { apiUrl, token, floorClient, org }.
 */
export async function pageRequests({ apiUrl, token, floorClient, org }) {
  const documents = await pageDocuments();
  const me = (await graphql(apiUrl, documents.ME, {}, token)).body.data.me;
  const data = await pageData(floorClient, org, me, apiUrl, token, documents);
  return { documents, requests: dashboardRequests(me, data) };
}

const key = (r) => `${r.page}\u0000${r.name}`;

/**
 * Every request of the pages at every size, timed alternately: each run sends a request to the
 * API of each size in turn (one keep-alive connection each), so whatever else the machine does
 * falls on every size alike and the largest size's median is compared with the smallest's from
 * the same minutes (issue 19's bound: ≤ 1.5× the 100k median). `sized`: one { ctx, plan } per
 * size (plan from pageRequests; ctx with apiUrl, token and o: { warmup, runs }). Returns each
 * size's rows.
 */
export async function measurePageRequests(sized, { log = () => {} } = {}) {
  const rows = sized.map(() => []);
  const bySize = sized.map(({ plan }) => new Map(plan.requests.map((r) => [key(r), r])));
  for (const r of sized[0].plan.requests) {
    const present = sized
      .map((s, i) => ({ ...s, i, request: bySize[i].get(key(r)) }))
      .filter((s) => s.request);
    const measured = await measureAlternating(
      present.map(
        ({ ctx, plan, request }) =>
          () =>
            graphql(ctx.apiUrl, plan.documents[request.document], request.variables, ctx.token),
      ),
      sized[0].ctx.o,
    );
    present.forEach(({ i, request }, k) => {
      const m = measured[k];
      rows[i].push({
        page: request.page,
        name: request.name,
        median: m.median,
        p95: m.p95,
        n: m.n,
        statements: m.last.statements,
        answer: answerOf(request.name, m.last.body.data),
        request,
      });
    });
    log(`  ${r.page}: ${r.name} ${measured.map((m) => `${m.median.toFixed(1)} ms`).join(' / ')}`);
  }
  return rows;
}

/**
 * One size's pages after their requests were timed (measurePageRequests): the overview's requests
 * as a set, one after the other and all at once as the page sends them (one connection each),
 * and the statements of each request whose median is above `explainOver` (ms) captured (a second
 * API handing over its statements) and EXPLAINed (ANALYZE, BUFFERS). `ctx` as for
 * measureIndicators plus `url` and `schema`.
 */
export async function measurePageSet(
  { url, apiUrl, token, floorClient, o, schema },
  plan,
  rows,
  { explainOver = 100, log = () => {} } = {},
) {
  const { documents, requests } = plan;
  const overview = requests.filter((r) => r.page === 'overview' || r.page === 'every page');
  const one = (r, via) => graphql(apiUrl, documents[r.document], r.variables, token, via);
  const sequential = await measure(async () => {
    for (const r of overview) await one(r);
  }, o);
  const parallel = await measure(() => Promise.all(overview.map((r) => one(r, parallelAgent))), o);
  const set = {
    requests: overview.length,
    statements: rows
      .filter((r) => r.page === 'overview' || r.page === 'every page')
      .reduce((s, r) => s + (r.statements ?? 0), 0),
    sequential: summarise(sequential.samples),
    parallel: summarise(parallel.samples),
  };

  // where the time goes for the slow ones: their statements, EXPLAINed
  const slow = rows.filter((r) => r.median > explainOver);
  if (slow.length) {
    const capturing = await startCapturingApi(url, schema, token);
    try {
      for (const row of slow) {
        const r = row.request;
        const statements = await capturing.statementsOf(documents[r.document], r.variables);
        row.explained = [];
        for (const s of statements.filter((x) => readsComplaints(x.sql)))
          row.explained.push({ sql: s.sql, ...(await explain(floorClient, s.sql, s.parameters)) });
        row.explained.sort((a, b) => (b.executionMs ?? 0) - (a.executionMs ?? 0));
        log(`  explained ${row.name}: ${row.explained.map((e) => e.executionMs).join(', ')} ms`);
      }
    } finally {
      await capturing.stop();
    }
  }
  for (const row of rows) delete row.request;
  return { rows, overview: set, exactCountLimit: EXACT_COUNT_LIMIT };
}
