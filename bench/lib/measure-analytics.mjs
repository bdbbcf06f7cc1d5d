import { graphql } from './http.mjs';
import { FROM, PREV_FROM, PREV_TO, TO, YEAR } from './period.mjs';
import {
  FLOOR_INDICATORS_SQL,
  FLOOR_SUMMARY_SQL,
  FLOOR_TRENDS_SQL,
  INDICATORS_QUERY,
  TRENDS_QUERY,
} from './queries.mjs';
import { readsComplaints, startCapturingApi } from './capture.mjs';
import { explain } from './explain.mjs';
import { measure, measureAlternating } from './stats.mjs';

/**
 * spsoIndicators for the year: the API over HTTP; the API's own analytics statements (captured
 * from a second API as it answers the same request) sent through pg; the hand-written floor over
 * indicator_day and the one scanning complaint (whether each gives the API's figures); EXPLAIN
 * of the API's statement. `ctx`: { url, apiUrl, token, floorClient (a pg client), org, o
 * ({ warmup, runs }), schema }.
 */
export async function measureIndicators({ url, apiUrl, token, floorClient, org, o, schema }) {
  const capturing = await startCapturingApi(url, schema, token);
  let captured;
  try {
    captured = (await capturing.statementsOf(INDICATORS_QUERY, { year: YEAR })).filter((s) =>
      readsComplaints(s.sql),
    );
  } finally {
    await capturing.stop();
  }
  // the API's analytics statements one after the other, as the request sends them, and the
  // floor over the same table: the pair the 1.2x target compares, timed in turn (measureAlternating)
  const [indStatement, indSummary] = await measureAlternating(
    [
      async () => {
        for (const s of captured) await floorClient.query(s.sql, s.parameters);
      },
      () => floorClient.query(FLOOR_SUMMARY_SQL, [org, FROM, TO, PREV_FROM, PREV_TO]),
    ],
    o,
  );
  const ind = await measure(() => graphql(apiUrl, INDICATORS_QUERY, { year: YEAR }, token), o);
  const indFloor = await measure(
    () => floorClient.query(FLOOR_INDICATORS_SQL, [org, FROM, TO, PREV_FROM, PREV_TO]),
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
    statement: { ...indStatement, statements: captured.length },
    explainOurs: captured.length
      ? await explain(floorClient, captured[0].sql, captured[0].parameters)
      : null,
  };
}

/**
 * complaintTrends by month × service area for the year: the API over HTTP, the hand-written
 * floor (whether its total agrees), and EXPLAIN of the statement the API sends (captured from a
 * second API). `ctx` as for measureIndicators.
 */
export async function measureTrends({ url, apiUrl, token, floorClient, org, o, schema }) {
  const tr = await measure(() => graphql(apiUrl, TRENDS_QUERY, { from: FROM, to: TO }, token), o);
  const trFloor = await measure(() => floorClient.query(FLOOR_TRENDS_SQL, [org, FROM, TO]), o);
  const tq = tr.last.body.data.complaintTrends;
  const floorTotal = trFloor.last.rows.reduce((s, r) => s + r.n, 0);
  const capturing = await startCapturingApi(url, schema, token);
  let trendsSql;
  try {
    const captured = await capturing.statementsOf(TRENDS_QUERY, { from: FROM, to: TO });
    trendsSql = captured.find((s) => readsComplaints(s.sql)) ?? null;
  } finally {
    await capturing.stop();
  }
  return {
    api: { ...tr, statements: tr.last.statements },
    floor: trFloor,
    floorAgrees: floorTotal === tq.total,
    figures: { total: tq.total, buckets: tq.buckets.length },
    explainOurs: trendsSql ? await explain(floorClient, trendsSql.sql, trendsSql.parameters) : null,
  };
}
