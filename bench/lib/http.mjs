import http from 'node:http';

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
/** For requests sent together, as a browser sends a page's queries: one connection each. */
export const parallelAgent = new http.Agent({ keepAlive: true, maxSockets: 16 });

/**
 * POST a GraphQL request over loopback HTTP (keep-alive, one connection unless `via` is
 * parallelAgent); returns { body, statements, status }.
 */
export function graphql(url, query, variables, token, via = agent) {
  const payload = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent: via,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body;
          try {
            body = JSON.parse(text);
          } catch {
            return reject(new Error(`${url}: HTTP ${res.statusCode}: ${text.slice(0, 300)}`));
          }
          if (body.errors?.length)
            return reject(new Error(`${url}: ${JSON.stringify(body.errors).slice(0, 500)}`));
          const h = res.headers['x-sql-statements'];
          resolve({ body, status: res.statusCode, statements: h === undefined ? null : Number(h) });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** Closes the keep-alive connections, so the process can exit. */
export function closeConnections() {
  agent.destroy();
  parallelAgent.destroy();
}
