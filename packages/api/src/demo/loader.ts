import type { ClientBase } from 'pg';
import { generateActions } from './actions';
import { actionCopyChunks } from './copy-text';
import { DEFAULT_TODAY, type ActionCandidate, type GenerateOptions } from './generator';
import { readDemoContext } from './loader-context';
import { copyAll, copyBatches } from './loader-copy';
import { inTransaction } from './loader-db';

/**
 * Bulk loading of generated demo data into PostgreSQL with COPY ... FROM STDIN (text format),
 * one transaction per batch of complaints (customers, complaints, named staff, journeys, points,
 * root causes), then the improvement actions, then ANALYZE. Nothing is disabled: constraints,
 * indexes and the append-only trigger stay in place while loading. By job: reading the
 * organisation (loader-context.ts), COPY and the generator thread (loader-copy.ts), transactions,
 * deletion and clients (loader-db.ts).
 */
export { readDemoContext, type DemoContext } from './loader-context';
export { copyChunkInto, copyRows } from './loader-copy';
export { complaintCount, deleteDemoData, withPgClient } from './loader-db';

export interface LoadOptions {
  organisationId: string;
  count: number;
  seed: number;
  /** The day the data is as of (default 2026-11-20). */
  today?: string;
  /** The instant the data is as of (default noon on `today`); must fall on `today`. */
  now?: string;
  /** Improvement actions to generate (default one per 100 complaints, at least 12). */
  actions?: number;
  batchSize?: number;
  /** Generate on a worker thread when the compiled worker exists (default: from 20,000 complaints; below that starting the thread costs more than it saves). */
  parallel?: boolean;
  /** Called after each batch is committed. */
  onProgress?: (progress: LoadProgress) => void;
}

export interface LoadProgress {
  complaints: number;
  total: number;
  rows: number;
  elapsedMs: number;
}

export interface LoadResult {
  complaints: number;
  events: number;
  actions: number;
  rows: number;
  elapsedMs: number;
}

const PARALLEL_FROM = 20_000;

export const DEMO_TABLES = [
  'customer',
  'complaint',
  'complaint_staff_member',
  'complaint_event',
  'complaint_point',
  'complaint_root_cause',
  'improvement_action',
  'improvement_action_progress',
  'improvement_action_complaint',
  'improvement_action_root_cause',
];

/**
 * Generates `count` complaints (and improvement actions) for the organisation and COPYs them in.
 * If the organisation already holds complaints, the new ones come after them: references continue
 * from the highest per year, and the random streams differ (the existing count is part of the seed).
 */
export async function loadDemoData(client: ClientBase, options: LoadOptions): Promise<LoadResult> {
  const started = performance.now();
  const today = options.today ?? DEFAULT_TODAY;
  const ctx = await readDemoContext(client, options.organisationId);
  const stream = ctx.existingComplaints;
  const candidates: ActionCandidate[] = [];
  let complaints = 0;
  let events = 0;
  let rows = 0;
  const generate: GenerateOptions = {
    seed: options.seed,
    count: options.count,
    organisationId: options.organisationId,
    serviceAreas: ctx.serviceAreas,
    people: ctx.people,
    rootCauses: ctx.rootCauses,
    settings: ctx.settings,
    today,
    now: options.now,
    referencesUsed: ctx.referencesUsed,
    stream,
    batchSize: options.batchSize ?? 5000,
  };
  for await (const batch of copyBatches(
    generate,
    options.parallel ?? options.count >= PARALLEL_FROM,
  )) {
    rows += await inTransaction(client, () => copyAll(client, batch.chunks));
    complaints += batch.complaints;
    events += batch.events;
    for (const c of batch.candidates) candidates.push(c);
    options.onProgress?.({
      complaints,
      total: options.count,
      rows,
      elapsedMs: performance.now() - started,
    });
  }
  const actionCount = options.actions ?? Math.max(12, Math.round(options.count / 100));
  const actions = generateActions({
    seed: options.seed,
    organisationId: options.organisationId,
    candidates,
    people: ctx.people,
    rootCauses: ctx.rootCauses,
    count: actionCount,
    today,
    stream,
  });
  rows += await inTransaction(client, async () => {
    const n = await copyAll(client, actionCopyChunks(actions));
    await client.query(
      `INSERT INTO audit_log (organisation_id, actor_id, operation, entity, entity_id, changes) VALUES ($1, NULL, 'seedDemoData', 'organisation', $2, $3)`,
      [
        options.organisationId,
        options.organisationId,
        JSON.stringify({
          complaints,
          events,
          actions: actions.actions.length,
          seed: options.seed,
          today,
        }),
      ],
    );
    return n;
  });
  await client.query(`ANALYZE ${DEMO_TABLES.join(', ')}`);
  return {
    complaints,
    events,
    actions: actions.actions.length,
    rows,
    elapsedMs: performance.now() - started,
  };
}
