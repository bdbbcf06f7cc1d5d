/**
 * Reminder run benchmark (issue 15): `npm run bench:reminders [-- --size 1000000] [--actions 10000] [--no-write]`.
 *
 * Uses the bench's databases (bench/lib/datasets.mjs: the embedded PostgreSQL on .bench-pgdata/,
 * port BENCH_PG_PORT, default 54339, or DATABASE_URL; `chp_bench_<size>` loaded once and reused,
 * migrated on every run so the outbox exists). Tops the demo organisation up to `--actions` open
 * improvement actions (authorised or in progress, owned by its staff, target dates spread from
 * 8 weeks before to 8 weeks after the data's "today"), empties the outbox, then times the
 * scheduled reminder run (the API's `runReminders`, the clock an argument: action owners',
 * handlers' and approvers' reminders) on a Monday inside
 * the sending hours, when it also writes the weekly digest over every complaint: first with an
 * empty outbox (every reminder written), then again (the repeat every 15 minutes, which writes
 * nothing). Prints EXPLAIN (ANALYZE) of its statements and writes a section into
 * docs/benchmarks.md ("Reminder run"). A benchmark, not a test: the target (under 30 s for 1M
 * complaints and 10,000 open actions, on indexes) is judged in the output.
 */
import os from 'node:os';
import path from 'node:path';
import { wholeNumberOptions, writeBenchSection } from './lib/cli.mjs';
import { api, apiRequire, repoRoot } from './lib/api.mjs';
import { prepareDataset, TODAY } from './lib/datasets.mjs';

const pg = apiRequire('pg');
const { addDays, addWorkingDays } = apiRequire('@chp/domain');
const log = (m) => console.error(`[bench:reminders] ${m}`);
const USAGE = 'usage: npm run bench:reminders -- [--size 1000000] [--actions 10000] [--no-write]';

const options = (argv) => wholeNumberOptions(argv, USAGE, { size: 1_000_000, actions: 10_000 });

/** The Monday after the data's "today" (Friday 20 November 2026), 09:00 London: inside the hours. */
const RUN_DAY = addWorkingDays(TODAY, 1);
const RUN_AT = new Date(`${RUN_DAY}T09:00:00Z`);

/** Adds open actions (authorised, owned by the organisation's staff) until there are `target`. */
async function topUpOpenActions(client, organisationId, target) {
  const open = async () =>
    (
      await client.query(
        `SELECT count(*)::int AS n FROM improvement_action WHERE organisation_id = $1 AND status IN ('authorised', 'in_progress')`,
        [organisationId],
      )
    ).rows[0].n;
  const before = await open();
  if (before >= target) return { before, added: 0, open: before };
  const missing = target - before;
  const from = addDays(TODAY, -56);
  await client.query(
    `INSERT INTO improvement_action (organisation_id, id, title, description, service_area_id, owner_id, proposed_by_id,
                                     authorised_by_id, authorised_on, target_date, status, version, created_at, updated_at)
     SELECT $1, gen_random_uuid(), 'Bench action ' || g, 'Added by bench:reminders', sa.id, p.id, p.id, p.id, $3::date - 60,
            $3::date + (g % 113), CASE WHEN g % 3 = 0 THEN 'in_progress' ELSE 'authorised' END, 1, now(), now()
       FROM generate_series(1, $2::int) g
       CROSS JOIN LATERAL (SELECT id FROM service_area WHERE organisation_id = $1 ORDER BY id OFFSET (g % 3) LIMIT 1) sa
       CROSS JOIN LATERAL (SELECT id FROM person WHERE organisation_id = $1 AND active ORDER BY id
                            OFFSET (g % (SELECT count(*) FROM person WHERE organisation_id = $1 AND active)) LIMIT 1) p`,
    [organisationId, missing, from],
  );
  await client.query('ANALYZE improvement_action');
  return { before, added: missing, open: await open() };
}

/** The run's statements, as runReminders sends them for one organisation, with their parameters. */
function statements(organisationId) {
  const latest = addDays(addWorkingDays(RUN_DAY, 5), 7);
  return [
    [
      'open actions due for a reminder',
      `SELECT id, owner_id, target_date::text FROM improvement_action
        WHERE organisation_id = $1 AND status IN ('authorised', 'in_progress') AND target_date <= $2`,
      [organisationId, latest],
    ],
    [
      "open complaints for handlers' reminders",
      `SELECT id, reference, handler_id, current_stage,
              CASE current_stage WHEN 1 THEN coalesce(stage1_extended_due_on, stage1_due_on)
                                 ELSE coalesce(stage2_extended_due_on, stage2_due_on) END
         FROM complaint
        WHERE organisation_id = $1 AND status = 'open' AND other_outcome IS NULL AND handler_id IS NOT NULL`,
      [organisationId],
    ],
    [
      'actions waiting for authorisation',
      `SELECT count(*)::int FROM improvement_action WHERE organisation_id = $1 AND status = 'proposed'`,
      [organisationId],
    ],
    [
      'digest: complaints received last week',
      `SELECT count(*)::int FROM complaint WHERE organisation_id = $1
          AND received_at >= ($2::date::timestamp AT TIME ZONE 'Europe/London')
          AND received_at < (($3::date + 1)::timestamp AT TIME ZONE 'Europe/London')`,
      [organisationId, addDays(RUN_DAY, -7), addDays(RUN_DAY, -1)],
    ],
    [
      'digest: complaints closed last week',
      `SELECT (SELECT count(*)::int FROM complaint
                WHERE organisation_id = $1 AND status = 'closed' AND stage2_closed_on BETWEEN $2 AND $3)
            + (SELECT count(*)::int FROM complaint
                WHERE organisation_id = $1 AND status = 'closed' AND stage2_closed_on IS NULL
                  AND stage1_closed_on BETWEEN $2 AND $3)`,
      [organisationId, addDays(RUN_DAY, -7), addDays(RUN_DAY, -1)],
    ],
    [
      'digest: open complaints past their due date',
      `SELECT count(*)::int FROM complaint WHERE organisation_id = $1 AND status = 'open'
          AND CASE current_stage WHEN 1 THEN coalesce(stage1_extended_due_on, stage1_due_on)
                                 ELSE coalesce(stage2_extended_due_on, stage2_due_on) END < $2`,
      [organisationId, RUN_DAY],
    ],
    [
      'held messages for daily summaries',
      `SELECT person_id, count(*) FROM outbox_message WHERE organisation_id = $1 AND status = 'held' GROUP BY person_id`,
      [organisationId],
    ],
  ];
}

async function explain(client, organisationId) {
  const plans = [];
  for (const [label, sql, params] of statements(organisationId)) {
    const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS OFF) ${sql}`, params);
    const text = rows.map((r) => r['QUERY PLAN']);
    const time = /Execution Time: ([\d.]+) ms/.exec(text.join('\n'))?.[1];
    const scans = [
      ...new Set(
        text
          .map((l) =>
            /(Index Only Scan|Index Scan|Bitmap Index Scan|Seq Scan)(?: using (\S+))?(?: on (\S+))?/.exec(
              l,
            ),
          )
          .filter(Boolean)
          .map((m) => `${m[1]}${m[2] ? ` using ${m[2]}` : ''}${m[3] ? ` on ${m[3]}` : ''}`),
      ),
    ];
    plans.push({ label, ms: Number(time), scans, text });
    log(`${label}: ${time} ms; ${scans.join('; ')}`);
  }
  return plans;
}

async function main() {
  const o = options(process.argv.slice(2));
  const { startEmbeddedPostgres } = api('db/embedded-postgres.js');
  const { createDataSource } = api('db/data-source.js');
  const { runReminders } = api('modules/mail/index.js');
  let embedded;
  let serverUrl = process.env.DATABASE_URL?.trim() || null;
  if (!serverUrl) {
    const port = Number(process.env.BENCH_PG_PORT ?? 54339);
    log(`starting the embedded PostgreSQL (data in .bench-pgdata/, port ${port})`);
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(repoRoot, '.bench-pgdata'),
      port,
      database: 'postgres',
    });
    serverUrl = embedded.url;
  }
  const stop = () => embedded?.stop().catch(() => {});
  process.once('SIGINT', () => void stop().finally(() => process.exit(130)));
  process.once('SIGTERM', () => void stop().finally(() => process.exit(143)));
  try {
    const dataset = await prepareDataset(serverUrl, o.size, { log });
    const client = new pg.Client({ connectionString: dataset.url });
    await client.connect();
    const ds = createDataSource(dataset.url);
    await ds.initialize();
    try {
      const version = (await client.query('SHOW server_version')).rows[0].server_version;
      const actions = await topUpOpenActions(client, dataset.organisationId, o.actions);
      log(
        `open actions: ${actions.open.toLocaleString('en-GB')} (${actions.added.toLocaleString('en-GB')} added)`,
      );
      await client.query('DELETE FROM outbox_message');
      await client.query('VACUUM (ANALYZE) outbox_message, improvement_action, complaint');
      const runs = [];
      for (const label of [
        'first run of the day (empty outbox)',
        'repeat 15 minutes later (nothing new)',
      ]) {
        const t = performance.now();
        const result = await runReminders(
          ds,
          label.startsWith('first') ? RUN_AT : new Date(RUN_AT.getTime() + 15 * 60_000),
        );
        const seconds = (performance.now() - t) / 1000;
        runs.push({ label, seconds, written: result.written });
        log(
          `${label}: ${seconds.toFixed(2)} s, ${result.written.toLocaleString('en-GB')} messages written`,
        );
      }
      const byReason = (
        await client.query(
          `SELECT reason, count(*)::int AS n FROM outbox_message GROUP BY reason ORDER BY reason`,
        )
      ).rows;
      const plans = await explain(client, dataset.organisationId);
      const md = section({ o, version, actions, runs, byReason, plans, size: o.size });
      console.log(md);
      if (o.write) write(md);
    } finally {
      await ds.destroy();
      await client.end();
    }
  } finally {
    await embedded?.stop().catch(() => {});
  }
}

function section(d) {
  const first = d.runs[0];
  return [
    '<!-- reminders:start -->',
    '## Reminder run',
    '',
    `Written by \`npm run bench:reminders\` (bench/reminders.mjs) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ${os.cpus().length} cores, load average at start ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(
        ' / ',
      )}; Node ${process.version}, PostgreSQL ${d.version} (embedded, default settings). Data: ${d.size.toLocaleString('en-GB')} generated complaints (the bench's database, seed 42) and ${d.actions.open.toLocaleString('en-GB')} open improvement actions (${d.actions.added.toLocaleString('en-GB')} added by the bench, target dates from 8 weeks before to 8 weeks after ${TODAY}). The API's \`runReminders\` with the clock at Monday ${RUN_DAY} 09:00 London: action owners' and handlers' reminders, managers' authorisation reminders and the weekly digest over every complaint, all written to the outbox in one transaction. Target: under 30 s, on indexes. A measurement, not a test.`,
    '',
    '| Run | seconds | messages written | target |',
    '|---|---:|---:|---|',
    ...d.runs.map(
      (r) =>
        `| ${r.label} | ${r.seconds.toFixed(2)} | ${r.written.toLocaleString('en-GB')} | ${r.seconds < 30 ? 'met' : '**not met**'} |`,
    ),
    '',
    `Messages of the first run by reason: ${d.byReason.map((r) => `${r.reason} ${r.n.toLocaleString('en-GB')}`).join(', ')}.`,
    '',
    '| Statement (EXPLAIN ANALYZE after the runs) | ms | plan |',
    '|---|---:|---|',
    ...d.plans.map((p) => `| ${p.label} | ${p.ms.toFixed(1)} | ${p.scans.join('; ')} |`),
    '',
    `The first run (${first.seconds.toFixed(1)} s) reads the open actions index-only from improvement_action_open_target_idx (migration MailOutbox1795486000000), computes each one's reminder with @chp/domain's calendar and writes the messages in one INSERT … SELECT FROM unnest(…) ON CONFLICT DO NOTHING; the repeat writes nothing because every message is keyed (person, reason, record, day). The digest's "closed last week" is two counts, one on each stage's closing-date index (one count of coalesce(stage 2, stage 1) read every complaint: 409 ms). Sending (one SMTP conversation a message) is not measured here.`,
    '<!-- reminders:end -->',
  ].join('\n');
}

function write(section) {
  writeBenchSection('reminders', section);
  log('wrote docs/benchmarks.md (section "Reminder run")');
}

main().catch((error) => {
  console.error(`[bench:reminders] ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
});
