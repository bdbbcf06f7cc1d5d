// temporary: profile the page of 50 (not committed)
process.env.NODE_ENV ??= 'production';
process.env.GRAPHQL_REQUESTS_PER_MINUTE = '1000000';
process.env.GRAPHQL_REQUESTS_PER_MINUTE_PER_PERSON = '1000000';
const { startApi, signIn } = await import('./lib/api-server.mjs');
const { graphql } = await import('./lib/http.mjs');
const { PAGE_QUERY } = await import('./lib/queries.mjs');
const url = process.env.DB;
const a = await startApi(url, null);
const token = await signIn(a.url);
const n = Number(process.argv[2] ?? 300);
for (let i = 0; i < 20; i++) await graphql(a.url, PAGE_QUERY, { limit: 50 }, token);
const times = [];
for (let i = 0; i < n; i++) { const t = performance.now(); const r = await graphql(a.url, PAGE_QUERY, { limit: 50 }, token); times.push(performance.now() - t); if (i === 0) console.log('statements', r.statements, JSON.stringify(r.body).length); }
times.sort((x, y) => x - y);
console.log('median', times[n >> 1].toFixed(2), 'p90', times[Math.floor(n * 0.9)].toFixed(2));
await a.stop();
process.exit(0);
