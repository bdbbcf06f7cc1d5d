import { existsSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import type { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { complaintCopyBatch, copyChunk, type CopyBatch, type CopyChunk } from './copy-text';
import { generateComplaints, type GenerateOptions } from './generator';

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

export async function copyAll(client: ClientBase, chunks: CopyChunk[]): Promise<number> {
  let rows = 0;
  for (const chunk of chunks) rows += await copyChunkInto(client, chunk);
  return rows;
}

/**
 * The generated batches as COPY text: from a worker thread when the compiled worker is there
 * (`npm start`, `npm run seed`: generating and loading overlap on two cores), else in-process
 * (tests running the TypeScript sources). Both give the same batches.
 */
export async function* copyBatches(
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
