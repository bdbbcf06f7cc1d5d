import { startApi } from './api-server.mjs';
import { graphql } from './http.mjs';
import { startPostgraphile } from './postgraphile.mjs';
import { PAGE_QUERY, PGL_PAGE_QUERY } from './queries.mjs';
import { startStatementProxy } from './statement-proxy.mjs';
import { measure, measureAlternating, summarise } from './stats.mjs';

/** A counting proxy in front of the server at `url`, and `url` pointed through it. */
async function throughProxy(url) {
  const proxy = await startStatementProxy({
    targetHost: new URL(url).hostname,
    targetPort: Number(new URL(url).port || 5432),
  });
  const proxied = new URL(url);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(proxy.port);
  return { proxy, url: proxied.toString() };
}

/** The statements one request sends on the wire, counted by `proxy` after a warm-up request. */
async function wire(url, query, vars, token, proxy) {
  await graphql(url, query, vars, token); // warm
  const before = proxy.count;
  await graphql(url, query, vars, token);
  await new Promise((r) => setTimeout(r, 20));
  return proxy.count - before;
}

/**
 * A page of 50 (and of 5) complaints with relations from our API: times, statements from the
 * `x-sql-statements` header and on the wire (a second API through the counting proxy), the rows
 * it held, and what a `count(*)` of the organisation's complaints costs (totalCount).
 * `ctx`: { url, apiUrl, token, floorClient, org, o, schema }.
 */
export async function measureOurPage({ url, apiUrl, token, floorClient, org, o, schema }) {
  const page50 = await measure(() => graphql(apiUrl, PAGE_QUERY, { limit: 50 }, token), o);
  const page5 = await measure(() => graphql(apiUrl, PAGE_QUERY, { limit: 5 }, token), {
    warmup: 1,
    runs: 5,
  });
  const items = page50.last.body.data.complaints.items;
  // what our page pays for totalCount (complaints(limit) counts the whole filtered list even when totalCount is not asked for)
  const countAll = await measure(
    () =>
      floorClient.query('SELECT count(*)::int AS n FROM complaint c WHERE c.organisation_id = $1', [
        org,
      ]),
    o,
  );
  const ours = {
    ...page50,
    statements: page50.last.statements,
    statements5: page5.last.statements,
    median5: page5.median,
    rows: {
      items: items.length,
      rootCauses: items.reduce((s, i) => s + i.rootCauses.length, 0),
      actions: items.reduce((s, i) => s + i.actions.length, 0),
    },
    countAll,
  };
  // our statement count on the wire too: a second DataSource through the counting proxy
  const counted = await throughProxy(url);
  const api2 = await startApi(counted.url, schema);
  ours.wire50 = await wire(api2.url, PAGE_QUERY, { limit: 50 }, token, counted.proxy);
  ours.wire5 = await wire(api2.url, PAGE_QUERY, { limit: 5 }, token, counted.proxy);
  await api2.stop();
  await counted.proxy.close();
  return { ours, items };
}

/**
 * The same page through PostGraphile 5 on the same tables: times, statements on the wire (the
 * server again, through the counting proxy), whether it lists the same references as ours
 * (`items`), and the rows it held. The page of 50 is timed in turn with ours, request by request
 * (`oursInTurn`: our page's figures from the same runs), so the comparison is of the same minutes
 * on this shared machine. `ctx`: { url, apiUrl, token, org, o }.
 */
export async function measurePostgraphilePage({ url, apiUrl, token, org, o }, items) {
  let pgl;
  try {
    pgl = await startPostgraphile(url);
    const [ours50, p50] = await measureAlternating(
      [
        () => graphql(apiUrl, PAGE_QUERY, { limit: 50 }, token),
        () => graphql(pgl.url, PGL_PAGE_QUERY, { limit: 50, org }),
      ],
      o,
    );
    const p5 = await measure(() => graphql(pgl.url, PGL_PAGE_QUERY, { limit: 5, org }), {
      warmup: 1,
      runs: 5,
    });
    await pgl.stop();
    const nodes = p50.last.body.data.allComplaints.nodes;
    const same = nodes.map((n) => n.reference).join() === items.map((i) => i.reference).join();
    // statements: the same server again, connected through the counting proxy
    const counted = await throughProxy(url);
    pgl = await startPostgraphile(counted.url);
    const wire50 = await wire(pgl.url, PGL_PAGE_QUERY, { limit: 50, org }, null, counted.proxy);
    const wire5 = await wire(pgl.url, PGL_PAGE_QUERY, { limit: 5, org }, null, counted.proxy);
    await pgl.stop();
    await counted.proxy.close();
    return {
      ...p50,
      oursInTurn: summarise(ours50.samples),
      median5: p5.median,
      statements: wire50,
      statements5: wire5,
      sameReferences: same,
      rows: {
        items: nodes.length,
        rootCauses: nodes.reduce(
          (s, n) => s + n.complaintRootCausesByOrganisationIdAndComplaintId.nodes.length,
          0,
        ),
        actions: nodes.reduce(
          (s, n) => s + n.improvementActionComplaintsByOrganisationIdAndComplaintId.nodes.length,
          0,
        ),
      },
    };
  } finally {
    await pgl?.stop();
  }
}
