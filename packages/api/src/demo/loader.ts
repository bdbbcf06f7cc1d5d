import { existsSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import type { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';
import type { TimelineSettings } from '@chp/domain';
import { timelineSettings } from '../modules/calendar';
import { generateActions } from './actions';
import {
  actionCopyChunks,
  complaintCopyBatch,
  copyChunk,
  type CopyBatch,
  type CopyChunk,
} from './copy-text';
import {
  DEFAULT_TODAY,
  generateComplaints,
  type ActionCandidate,
  type GenerateOptions,
  type DemoPerson,
  type DemoRootCause,
  type DemoServiceArea,
} from './generator';

/**
 * Bulk loading of generated demo data into PostgreSQL with COPY ... FROM STDIN (text format),
 * one transaction per batch of complaints (customers, complaints, named staff, journeys, points,
 * root causes), then the improvement actions, then ANALYZE. Nothing is disabled: constraints,
 * indexes and the append-only trigger stay in place while loading.
 */

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

export interface DemoContext {
  serviceAreas: DemoServiceArea[];
  people: DemoPerson[];
  rootCauses: DemoRootCause[];
  settings: TimelineSettings;
  /** The highest reference number per year already used by the organisation. */
  referencesUsed: Record<string, number>;
  existingComplaints: number;
}

/** What the generator needs to know about the organisation, read from the database. */
export async function readDemoContext(
  client: ClientBase,
  organisationId: string,
): Promise<DemoContext> {
  const q = async <R>(sql: string): Promise<R[]> =>
    (await client.query(sql, [organisationId])).rows as R[];
  const [org] = await q<{ cut_off_time: string | null }>(
    `SELECT cut_off_time FROM organisation WHERE id = $1`,
  );
  if (!org) throw new Error(`no organisation ${organisationId}`);
  const closureDays = await q<{ date: string }>(
    `SELECT date::text AS date FROM closure_day WHERE organisation_id = $1 ORDER BY date`,
  );
  const serviceAreas = await q<DemoServiceArea>(
    `SELECT id, name FROM service_area WHERE organisation_id = $1 AND active ORDER BY created_at, name`,
  );
  const people = await q<{
    id: string;
    role: string;
    service_area_id: string | null;
    name: string;
  }>(
    `SELECT id, role, service_area_id, name FROM person WHERE organisation_id = $1 AND active ORDER BY created_at, email`,
  );
  const rootCauses = await q<{ id: string; name: string; parent_id: string | null }>(
    `SELECT id, name, parent_id FROM root_cause WHERE organisation_id = $1 AND active ORDER BY created_at, name`,
  );
  const refs = await q<{ year: string; n: number }>(
    `SELECT substring(reference FROM 5 FOR 4) AS year, max(substring(reference FROM '[0-9]+$')::int) AS n
       FROM complaint WHERE organisation_id = $1 AND reference ~ '^CMP-[0-9]{4}-[0-9]+$' GROUP BY 1`,
  );
  const [{ n }] = (await q<{ n: number }>(
    `SELECT count(*)::int AS n FROM complaint WHERE organisation_id = $1`,
  )) as [{ n: number }];
  return {
    serviceAreas,
    people: people.map((p) => ({
      id: p.id,
      role: p.role,
      serviceAreaId: p.service_area_id,
      name: p.name,
    })),
    rootCauses: rootCauses.map((c) => ({ id: c.id, name: c.name, parentId: c.parent_id })),
    settings: timelineSettings({ cutOffTime: org.cut_off_time }, closureDays),
    referencesUsed: Object.fromEntries(refs.map((r) => [r.year, r.n])),
    existingComplaints: n,
  };
}

// --- COPY ------------------------------------------------------------------------------------

/** COPY one chunk of rows (text format) on `client`. */
export async function copyChunkInto(client: ClientBase, chunk: CopyChunk): Promise<number> {
  const stream = client.query(
    copyFrom(`COPY ${chunk.table} (${chunk.columns.join(', ')}) FROM STDIN`),
  );
  function* pieces(): Generator<string> {
    for (let i = 0; i < chunk.text.length; i += PIECE) yield chunk.text.slice(i, i + PIECE);
  }
  await pipeline(Readable.from(pieces()), stream);
  return chunk.rows;
}
const PIECE = 1 << 20;

/** COPY `rows` into `table` (columns from the first row's keys). Returns the number of rows. */
export async function copyRows(
  client: ClientBase,
  table: string,
  rows: readonly object[],
): Promise<number> {
  const chunk = copyChunk(table, rows);
  return chunk ? copyChunkInto(client, chunk) : 0;
}

async function copyAll(client: ClientBase, chunks: CopyChunk[]): Promise<number> {
  let rows = 0;
  for (const chunk of chunks) rows += await copyChunkInto(client, chunk);
  return rows;
}

/**
 * The generated batches as COPY text: from a worker thread when the compiled worker is there
 * (`npm start`, `npm run seed`: generating and loading overlap on two cores), else in-process
 * (tests running the TypeScript sources). Both give the same batches.
 */
async function* copyBatches(
  options: GenerateOptions,
  parallel: boolean,
): AsyncGenerator<CopyBatch> {
  const workerFile = path.join(__dirname, 'generate-worker.js');
  if (!parallel || !existsSync(workerFile)) {
    for (const batch of generateComplaints(options)) yield complaintCopyBatch(batch);
    return;
  }
  const credits = new SharedArrayBuffer(4);
  const gate = new Int32Array(credits);
  Atomics.store(gate, 0, 3); // at most three batches waiting in memory
  const worker = new Worker(workerFile, { workerData: { options, credits } });
  const queue: WorkerMessage[] = [];
  let wake: (() => void) | null = null;
  const push = (m: WorkerMessage) => {
    queue.push(m);
    wake?.();
  };
  worker.on('message', push);
  worker.on('error', (error) => push({ type: 'error', message: error.message }));
  worker.on('exit', (code) =>
    push(
      code === 0
        ? { type: 'done' }
        : { type: 'error', message: `generator thread exited with ${code}` },
    ),
  );
  try {
    for (;;) {
      if (queue.length === 0)
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      wake = null;
      const m = queue.shift()!;
      if (m.type === 'done') return;
      if (m.type === 'error') throw new Error(`demo generator: ${m.message}`);
      yield m.batch;
      Atomics.add(gate, 0, 1);
      Atomics.notify(gate, 0);
    }
  } finally {
    await worker.terminate();
  }
}

type WorkerMessage =
  { type: 'batch'; batch: CopyBatch } | { type: 'done' } | { type: 'error'; message: string };

async function inTransaction<T>(client: ClientBase, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

const PARALLEL_FROM = 20_000;

const TABLES = [
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
  await client.query(`SET synchronous_commit = off`); // this session only: a crash loses at most the last batches of demo data
  const stream = ctx.existingComplaints;
  const candidates: ActionCandidate[] = [];
  let complaints = 0;
  let events = 0;
  let rows = 0;
  try {
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
    await client.query(`ANALYZE ${TABLES.join(', ')}`);
    return {
      complaints,
      events,
      actions: actions.actions.length,
      rows,
      elapsedMs: performance.now() - started,
    };
  } finally {
    await client.query(`RESET synchronous_commit`).catch(() => {});
  }
}

/**
 * Deletes the organisation's complaints, journeys, customers and improvement actions (for
 * `seed --replace`). complaint_event is append-only: its trigger is disabled inside the deleting
 * transaction only (ALTER TABLE ... DISABLE TRIGGER takes a table lock, and ENABLE runs before
 * COMMIT; a failure rolls both back). Customers go in a second transaction after a VACUUM of
 * complaint: the foreign-key check for each deleted customer looks for complaints by customer,
 * which has no index, and would otherwise scan every dead complaint row once per customer.
 * Returns the number of complaints deleted.
 */
export async function deleteDemoData(client: ClientBase, organisationId: string): Promise<number> {
  const scoped = (table: string) =>
    client.query(`DELETE FROM ${table} WHERE organisation_id = $1`, [organisationId]);
  const deleted = await inTransaction(client, async () => {
    for (const t of [
      'improvement_action_progress',
      'improvement_action_complaint',
      'improvement_action_root_cause',
      'improvement_action',
      'complaint_root_cause',
      'complaint_point',
      'complaint_staff_member',
    ])
      await scoped(t);
    await client.query(`ALTER TABLE complaint_event DISABLE TRIGGER complaint_event_append_only`);
    await scoped('complaint_event');
    await client.query(`ALTER TABLE complaint_event ENABLE TRIGGER complaint_event_append_only`);
    const { rowCount } = await scoped('complaint');
    return rowCount ?? 0;
  });
  await client.query(`VACUUM (ANALYZE) complaint`);
  await inTransaction(client, () => scoped('customer'));
  return deleted;
}

/** A pg client from a TypeORM DataSource's pool for `work` (COPY needs the driver's own client). */
export async function withPgClient<T>(
  dataSource: DataSource,
  work: (client: ClientBase) => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  const client = (await runner.connect()) as ClientBase;
  try {
    return await work(client);
  } finally {
    await runner.release();
  }
}

export async function complaintCount(client: ClientBase, organisationId: string): Promise<number> {
  const { rows } = await client.query(
    `SELECT count(*)::int AS n FROM complaint WHERE organisation_id = $1`,
    [organisationId],
  );
  return rows[0].n as number;
}
