import { api } from './api.mjs';
import { SEED, TODAY } from './datasets.mjs';
import { sizeLabel } from './period.mjs';

/** Issue 19's targets under load, at 1M complaints. */
const TARGETS = {
  recordingHandlers: { perSecond: 200, p99: 100 },
  register10: { perSecond: 300 },
};

function target(run, size) {
  if (size !== 1_000_000) return null;
  if (run.key === 'recordComplaint' && run.handlers) {
    const t = TARGETS.recordingHandlers;
    return {
      text: `≥ ${t.perSecond}/s, p99 ≤ ${t.p99} ms`,
      met: run.perSecond >= t.perSecond && run.p99 <= t.p99 && run.errors === 0,
    };
  }
  if (run.key === 'register' && run.connections === 10) {
    const t = TARGETS.register10;
    return {
      text: `≥ ${t.perSecond} pages/s`,
      met: run.perSecond >= t.perSecond && run.errors === 0,
    };
  }
  return null;
}

/** The API processes API_PROCESSES starts on this machine, by the API's own configuration. */
const processCount = (setting) =>
  api('config.js').loadConfig({ API_PROCESSES: setting }).apiProcesses;

/** How the API ran: as `npm start` runs it, or with API_PROCESSES from the environment. */
const apiText = (setting) =>
  setting === '1'
    ? 'The API as `npm start` runs it (NODE_ENV=production, request budget lifted)'
    : `The API as \`npm start\` runs it with API_PROCESSES=${setting} (${processCount(setting)} processes answering HTTP on one port; NODE_ENV=production, request budget lifted)`;

const cpuText = (ms) => (ms === null || ms === undefined ? '–' : ms.toFixed(2));

/** The section "Load runs" of docs/benchmarks.md, between its markers. */
export function loadReport(results, machine, args) {
  const L = ['<!-- load-runs:start -->', '## Load runs', ''];
  L.push(
    `Written by \`npm run bench:load\` (bench/load.mjs) on ${machine.date}: ${machine.cores} cores (${machine.cpu}), load average at start ${machine.load}, Node ${machine.node}, PostgreSQL ${machine.pg}. ` +
      `${apiText(args.apiProcesses)} on \`npm run bench\`'s databases (seed ${SEED}, data up to ${TODAY}); autocannon ${args.seconds} s per run after ${args.warmUpSeconds} s of the same load unmeasured (a server that has just started runs slower while V8 compiles its paths), keep-alive connections, each sending its next request when the previous answer arrives. ` +
      "The requests are the dashboard's own documents (packages/web): the register page with default filters and 50 rows, the indicators page for a year, the overview page's set (its one request for the work queue, like-for-like figures, two-year trend, root causes, quiet areas and overdue actions, and the restriction reviews; one request of the set per row of autocannon's sequence, so its figures are per request), and the record-complaint form's mutation with new words and a new customer each time. " +
      `"8 handlers" records with ${args.handlers} connections, each signed in as a different complaint handler of the same organisation. Errors are failed requests, non-200 answers and answers with GraphQL errors. Statements: what one request sends (x-sql-statements). CPU ms/request: the CPU time (user and kernel, from /proc) the API process and the PostgreSQL server used during the run, divided by the requests answered; unlike requests/s it hardly depends on what else the machine runs, and on these 2 cores the register's rate cannot pass 2,000 ÷ (API + PostgreSQL + autocannon's own) per second. Requests are sent as a browser sends them (\`accept-encoding: gzip, deflate, br\`: the API compresses larger answers). The recorded complaints are deleted after the runs. ` +
      'Everything (autocannon, the API, PostgreSQL) shares the same cores, and other work on the machine shows in the figures. A measurement, not a test: nothing asserts these times.',
  );
  L.push('');
  L.push(
    '| Size | Request | Connections | Requests/s | Median ms | p99 ms | Errors | Statements | API CPU ms/request | PostgreSQL CPU ms/request | Target | Verdict |',
  );
  L.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |');
  for (const r of results) {
    for (const run of r.runs) {
      const t = target(run, r.size);
      // no answer within the run: no latency to report (autocannon gives 0)
      const none = run.requests === 0 ? `none answered in ${run.seconds} s` : null;
      L.push(
        `| ${sizeLabel(r.size)} | ${run.label} | ${run.connections}${run.handlers ? ` (${run.connections} handlers)` : ''} | ${run.perSecond.toFixed(1)} | ${none ?? run.median} | ${none ?? run.p99} | ${run.errors} | ${run.statements ?? '–'} | ${cpuText(run.cpu?.api)} | ${cpuText(run.cpu?.pg)} | ${t ? t.text : '–'} | ${t ? (t.met ? 'met' : 'missed') : '–'} |`,
      );
    }
  }
  const errors = results.flatMap((r) => r.runs).filter((run) => run.firstError);
  if (errors.length > 0) {
    L.push('');
    L.push('First error of each run with errors:');
    L.push('');
    for (const run of errors)
      L.push(`- ${run.label} at ${run.connections}: \`${run.firstError.replace(/`/g, "'")}\``);
  }
  L.push('<!-- load-runs:end -->');
  return L.join('\n');
}
