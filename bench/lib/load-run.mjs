import autocannon from 'autocannon';

/**
 * One autocannon run against the GraphQL endpoint: `connections` keep-alive connections, each
 * sending the next of `requests()` as soon as its previous answer arrives, for `seconds`.
 * `requests(context)` gives a connection's sequence of { query, variables, token } (called
 * once per connection; a function so each connection has its own session or data). An answer
 * counts as an error when its status is not 200 or its body carries GraphQL errors.
 * Returns requests/s, latency median/p99 (ms), requests and errors (with the first error's text).
 */
export async function loadRun({ url, connections, seconds, sequence }) {
  let graphqlErrors = 0;
  let firstError = null;
  const requests = sequence.map((step) => ({
    method: 'POST',
    setupRequest(req, context) {
      const { query, variables, token } = step(context);
      return {
        ...req,
        headers: {
          'content-type': 'application/json',
          // as a browser asks: the API compresses larger answers
          'accept-encoding': 'gzip, deflate, br',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      };
    },
    onResponse(status, body) {
      if (status === 200 && !body.includes('"errors"')) return;
      if (status === 200) graphqlErrors++;
      firstError ??= `HTTP ${status}: ${body.slice(0, 300)}`;
    },
  }));
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 30,
    requests,
    initialContext: {},
  });
  const non2xx = result.non2xx ?? 0;
  return {
    connections,
    seconds,
    requests: result.requests.total,
    perSecond: result.requests.total / seconds,
    median: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + non2xx + graphqlErrors,
    firstError,
  };
}
