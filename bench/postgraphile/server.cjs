// PostGraphile 5 serving the CHP Insight tables on loopback, for the benchmark (bench/run.mjs starts it).
// Usage: node --require ./node20-polyfill.cjs server.cjs <connectionString> <port>
// Prints "listening <port>" on stdout when ready. Production mode (no GraphiQL, no explain, no watch).
require('./node20-polyfill.cjs');
const http = require('node:http');
const { postgraphile } = require('postgraphile');
const { makePgService } = require('postgraphile/adaptors/pg');
const { PostGraphileAmberPreset } = require('postgraphile/presets/amber');
const { grafserv } = require('postgraphile/grafserv/node');

const [connectionString, portText] = process.argv.slice(2);
const port = Number(portText);
if (!connectionString || !Number.isInteger(port)) {
  console.error('usage: server.cjs <connectionString> <port>');
  process.exit(2);
}

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString, schemas: ['public'], poolConfig: { max: 10 } })],
  grafserv: { port, host: '127.0.0.1', graphiql: false, watch: false },
  grafast: { explain: false },
  // the database's functions (trigger helpers, search_word(text) beside the search_word table)
  // are not part of the page: without them two resources named search_word do not collide
  disablePlugins: ['PgProceduresPlugin'],
};

async function main() {
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  const server = http.createServer();
  server.once('listening', () => {
    server.on('error', (e) => console.error(e));
  });
  await serv.addTo(server);
  await pgl.getSchema(); // build the schema before saying we are ready
  server.listen(port, '127.0.0.1', () => console.log(`listening ${port}`));
  const stop = async () => {
    server.close();
    await pgl.release();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
