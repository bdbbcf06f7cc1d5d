import { localDate } from '@chp/domain';
import type { ClientBase } from 'pg';
import type { DataSource } from 'typeorm';
import type { Log } from '../log';
import { generateActions } from './actions';
import { actionCopyChunks, complaintCopyBatch } from './copy-text';
import { generateComplaints, type GenerateOptions } from './generator';
import { DEMO_TABLES, readDemoContext, withPgClient } from './loader';
import { copyAll } from './loader-copy';
import { inTransaction } from './loader-db';
import { discardUnfinishedDemoPublication, publishDemoQuarter } from './publication';
import { ensureDemoStaff } from './staff';
import { beginDemoLoad, markDemoLoad, readDemoLoad, type DemoLoad } from './start-marker';
import { pauseDemoLoadForTest } from './test-pause';

export const START_COMPLAINTS = 3000;
export const START_SEED = 2026;
/** The demo group's second organisation: smaller, so the first start stays quick. */
export const MEMBER_START = { seed: 2027, complaints: 800, emailDomain: 'forth.demo.chp.example' };

/**
 * `npm start` with demo data on: the demo organisation's first load, as one resumable job of
 * three parts, each committed in one transaction together with its mark in `demo_load`
 * (start-marker.ts): the complaints (with customers, journeys, points, root causes), the
 * improvement actions (with the audit row), the published "you said, we did". A start that finds
 * the load unfinished does the parts not yet marked, as of the instant the load began, so the
 * data ends the same as after an uninterrupted first start. Returns how many complaints this call
 * loaded (0 when there was nothing to do).
 */
export async function loadStartDemoData(
  ds: DataSource,
  organisationId: string,
  log: Log,
  now: Date = new Date(),
  size: { seed: number; complaints: number; emailDomain: string } = {
    seed: START_SEED,
    complaints: START_COMPLAINTS,
    emailDomain: 'demo.chp.example',
  },
): Promise<number> {
  const started = performance.now();
  const loaded = await withPgClient(ds, async (client) => {
    // one loader at a time (two starts on one database): the second finds the load finished
    await client.query(`SELECT pg_advisory_lock(hashtext('chp-demo-data:' || $1))`, [
      organisationId,
    ]);
    try {
      let load = await readDemoLoad(client, organisationId);
      if (!load) {
        const [{ n }] = (
          await client.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM complaint WHERE organisation_id = $1`,
            [organisationId],
          )
        ).rows as [{ n: number }];
        if (n > 0) return null; // loaded before demo_load existed, or complaints of its own
        await ensureDemoStaff(ds, organisationId, size.emailDomain);
        load = await beginDemoLoad(client, organisationId, size.seed, size.complaints, now);
        await pauseDemoLoadForTest('staff', log);
      } else if (!load.finishedAt) {
        log.info('finishing the demo data load that an earlier start did not complete');
      }
      if (load.finishedAt) return null;
      return await runParts(ds, client, load, log);
    } finally {
      await client.query(`SELECT pg_advisory_unlock(hashtext('chp-demo-data:' || $1))`, [
        organisationId,
      ]);
    }
  });
  if (!loaded) return 0;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (loaded.complaints === 0) log.info(`finished the demo data load in ${seconds} s`);
  else
    log.info(
      `loaded ${loaded.complaints.toLocaleString('en-GB')} demo complaints (${loaded.events.toLocaleString('en-GB')} journey events) and ${loaded.actions} improvement actions in ${seconds} s`,
    );
  return loaded.complaints;
}

async function runParts(
  ds: DataSource,
  client: ClientBase,
  load: DemoLoad,
  log: Log,
): Promise<{ complaints: number; events: number; actions: number }> {
  const { organisationId } = load;
  const today = localDate(load.asOf.toISOString());
  const ctx = await readDemoContext(client, organisationId);
  // as the organisation was when the load began (no complaints): stream 0, no references used
  const generate: GenerateOptions = {
    seed: load.seed,
    count: load.complaints,
    organisationId,
    serviceAreas: ctx.serviceAreas,
    people: ctx.people,
    rootCauses: ctx.rootCauses,
    settings: ctx.settings,
    today,
    now: load.asOf.toISOString(),
    referencesUsed: {},
    stream: 0,
  };
  // a few thousand: generated in memory, again when a restart needs their action candidates
  const batches = [...generateComplaints(generate)];
  let complaints = 0;
  let events = 0;
  if (!load.complaintsLoadedAt) {
    await inTransaction(client, async () => {
      // an interrupted COPY used up identity numbers: given back while no journey is stored, so
      // the journey rows' ids are those of an uninterrupted first start
      await client.query(
        `SELECT setval(pg_get_serial_sequence('complaint_event', 'id'), 1, false) WHERE NOT EXISTS (SELECT 1 FROM complaint_event)`,
      );
      for (const batch of batches) {
        const copy = complaintCopyBatch(batch);
        await copyAll(client, copy.chunks);
        complaints += copy.complaints;
        events += copy.events;
      }
      await pauseDemoLoadForTest('complaints-copy', log);
      await markDemoLoad(client, organisationId, 'complaints_loaded_at');
    });
    await pauseDemoLoadForTest('complaints', log);
  }
  const actions = generateActions({
    seed: load.seed,
    organisationId,
    candidates: batches.flatMap((b) => b.candidates),
    people: ctx.people,
    rootCauses: ctx.rootCauses,
    count: Math.max(12, Math.round(load.complaints / 100)),
    today,
    stream: 0,
  });
  if (!load.actionsLoadedAt) {
    await inTransaction(client, async () => {
      await copyAll(client, actionCopyChunks(actions));
      await client.query(
        `INSERT INTO audit_log (organisation_id, actor_id, operation, entity, entity_id, changes) VALUES ($1, NULL, 'seedDemoData', 'organisation', $2, $3)`,
        [
          organisationId,
          organisationId,
          JSON.stringify({
            complaints: load.complaints,
            events: batches.reduce((n, b) => n + b.events.length, 0),
            actions: actions.actions.length,
            seed: load.seed,
            today,
          }),
        ],
      );
      await markDemoLoad(client, organisationId, 'actions_loaded_at');
    });
    await client.query(`ANALYZE ${DEMO_TABLES.join(', ')}`);
    await pauseDemoLoadForTest('actions', log);
  }
  await publish(ds, client, load, log);
  return { complaints, events, actions: load.actionsLoadedAt ? 0 : actions.actions.length };
}

/** The last part; when it fails the load stays unfinished and the next start tries again. */
async function publish(ds: DataSource, client: ClientBase, load: DemoLoad, log: Log) {
  const { organisationId, asOf } = load;
  try {
    await discardUnfinishedDemoPublication(ds, organisationId, asOf);
    const id = await publishDemoQuarter(ds, organisationId, asOf, () =>
      pauseDemoLoadForTest('publication-draft', log),
    );
    if (id) log.info('published a demo "you said, we did" for the last quarter: see /public');
    await markDemoLoad(client, organisationId, 'published_at');
  } catch (e) {
    log.error('the demo publication could not be made (the demo complaints are loaded)', e);
  }
}
