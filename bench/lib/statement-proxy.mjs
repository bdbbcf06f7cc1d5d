import net from 'node:net';

/**
 * A TCP proxy between a client and PostgreSQL that counts the statements the client sends:
 * each simple Query ('Q') message and each Execute ('E') of the extended protocol (a Parse of a
 * statement prepared earlier is not repeated, so Execute is what counts). The start-up packet
 * (and an SSLRequest / GSSENCRequest before it) has no type byte and is skipped.
 *
 * `count` is the running total; read it before and after a request.
 */
export async function startStatementProxy({ targetHost = '127.0.0.1', targetPort }) {
  const state = { count: 0, queries: 0, executes: 0 };
  const sockets = new Set();
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, targetHost);
    sockets.add(client);
    sockets.add(upstream);
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    let buffer = Buffer.alloc(0);
    let untyped = true; // start-up phase: messages without a type byte
    client.on('data', (chunk) => {
      upstream.write(chunk);
      buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
      for (;;) {
        if (untyped) {
          if (buffer.length < 8) break;
          const length = buffer.readInt32BE(0);
          const code = buffer.readInt32BE(4);
          if (buffer.length < length) break;
          buffer = buffer.subarray(length);
          // SSLRequest (80877103) and GSSENCRequest (80877104) are followed by the start-up packet
          if (code !== 80877103 && code !== 80877104) untyped = false;
          continue;
        }
        if (buffer.length < 5) break;
        const type = buffer[0];
        const length = buffer.readInt32BE(1);
        if (buffer.length < 1 + length) break;
        if (type === 0x51 /* Q */) {
          state.count++;
          state.queries++;
        } else if (type === 0x45 /* E */) {
          state.count++;
          state.executes++;
        }
        buffer = buffer.subarray(1 + length);
      }
    });
    upstream.on('data', (chunk) => client.write(chunk));
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', close);
    upstream.on('close', close);
    client.on('error', close);
    upstream.on('error', close);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    port: server.address().port,
    state,
    get count() {
      return state.count;
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
