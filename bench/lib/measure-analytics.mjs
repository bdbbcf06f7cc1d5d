import { api } from './api.mjs';
import { graphql } from './http.mjs';
import { FROM, PREV_FROM, PREV_TO, TO, YEAR } from './period.mjs';
import {
  FLOOR_INDICATORS_SQL,
  FLOOR_SUMMARY_SQL,
  FLOOR_TRENDS_SQL,
  INDICATORS_QUERY,
  TRENDS_QUERY,
} from './queries.mjs';
import { measure } from './stats.mjs';

/** EXPLAIN (ANALYZE, BUFFERS) of a statement: its execution time and the plan's first lines. */
async function explain(client, sql, params) {
  const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) ${sql}`, params);
  const lines = rows.map((r) => r['QUERY PLAN']);
  const exec = lines.find((l) => l.startsWith('Execution Time'));
  const plan = lines.find((l) => l.startsWith('Planning Time'));
  return {
    lines,
    executionMs: exec ? Number(exec.match(/([\d.]+) ms/)[1]) : null,
    planningMs: plan ? Number(plan.match(/([\d.]+) ms/)[1]) : null,
  };
}

/**
 * spsoIndicators for the year: the API over HTTP, the hand-written floor over indicator_day and
 * the one scanning complaint (whether each gives the API's figures), and EXPLAIN of our statement.
 * `ctx`: { apiUrl, token, floorClient (a pg client), org, o ({ warmup, runs }) }.
 */
export async function measureIndicators({ apiUrl, token, floorClient, org, o }) {
  const { indicatorsSql } = api('modules/analytics/indicators.queries.js');
  const ind = await measure(() => graphql(apiUrl, INDICATORS_QUERY, { year: YEAR }, token), o);
  const indFloor = await measure(
    () => floorClient.query(FLOOR_INDICATORS_SQL, [org, FROM, TO, PREV_FROM, PREV_TO]),
    o,
  );
  const indSummary = await measure(
    () => floorClient.query(FLOOR_SUMMARY_SQL, [org, FROM, TO, PREV_FROM, PREV_TO]),
    o,
  );
  const gq = ind.last.body.data.spsoIndicators;
  const fl = indFloor.last.rows[0];
  const sm = indSummary.last.rows[0];
  const summaryAgrees =
    sm.received === gq.received &&
    sm.s1_closed === gq.stages.stage1.closed &&
    sm.s2d_closed === gq.stages.stage2Direct.closed &&
    sm.s2e_closed === gq.stages.stage2Escalated.closed &&
    Number(sm.s1_days) === gq.stages.stage1.totalWorkingDays &&
    indSummary.last.rows[1].received === gq.previous.received;
  const floorAgrees =
    fl.received === gq.received &&
    fl.s1_closed === gq.stages.stage1.closed &&
    fl.s2d_closed === gq.stages.stage2Direct.closed &&
    fl.s2e_closed === gq.stages.stage2Escalated.closed &&
    Number(fl.s1_days) === gq.stages.stage1.totalWorkingDays &&
    indFloor.last.rows[1].received === gq.previous.received;
  return {
    api: { ...ind, statements: ind.last.statements },
    floor: indFloor,
    floorAgrees,
    summary: indSummary,
    summaryAgrees,
    figures: { received: gq.received, closed: gq.closed, previousReceived: gq.previous.received },
    explainOurs: await explain(floorClient, indicatorsSql(2), [org, FROM, TO, PREV_FROM, PREV_TO]),
  };
}

/**
 * complaintTrends by month × service area for the year: the API over HTTP, the hand-written
 * floor (whether its total agrees), and EXPLAIN of the statement the API sends (captured by
 * running complaintTrends on a logging data source). `ctx` as for measureIndicators, plus `url`.
 */
export async function measureTrends({ url, apiUrl, token, floorClient, org, o }) {
  const { createDataSource } = api('db/data-source.js');
  const { complaintTrends } = api('modules/analytics/index.js');
  const tr = await measure(() => graphql(apiUrl, TRENDS_QUERY, { from: FROM, to: TO }, token), o);
  const trFloor = await measure(() => floorClient.query(FLOOR_TRENDS_SQL, [org, FROM, TO]), o);
  const tq = tr.last.body.data.complaintTrends;
  const floorTotal = trFloor.last.rows.reduce((s, r) => s + r.n, 0);
  let trendsSql = null;
  const capture = createDataSource(url, {
    logger: {
      logQuery: (q, p) => {
        trendsSql = { q, p };
      },
      logQueryError() {},
      logQuerySlow() {},
      logSchemaBuild() {},
      logMigration() {},
      log() {},
    },
  });
  await capture.initialize();
  try {
    await complaintTrends(capture, org, 'month', 'serviceArea', FROM, TO, null);
  } finally {
    await capture.destroy();
  }
  return {
    api: { ...tr, statements: tr.last.statements },
    floor: trFloor,
    floorAgrees: floorTotal === tq.total,
    figures: { total: tq.total, buckets: tq.buckets.length },
    explainOurs: trendsSql ? await explain(floorClient, trendsSql.q, trendsSql.p) : null,
  };
}
