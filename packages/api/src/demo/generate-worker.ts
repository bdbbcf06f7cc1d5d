import 'reflect-metadata';
import { parentPort, workerData } from 'node:worker_threads';
import { complaintCopyBatch } from './copy-text';
import { generateComplaints, type GenerateOptions } from './generator';

/**
 * Runs the generator on its own thread so generating (CPU in Node) and loading (CPU in
 * PostgreSQL) overlap on a two-core machine. Each batch is posted as COPY text; `credits` (shared
 * memory) limits how many batches may wait in memory for the loader.
 */
const { options, credits } = workerData as { options: GenerateOptions; credits: SharedArrayBuffer };
const gate = new Int32Array(credits);
try {
  for (const batch of generateComplaints(options)) {
    while (Atomics.load(gate, 0) <= 0) Atomics.wait(gate, 0, Atomics.load(gate, 0), 1000);
    Atomics.sub(gate, 0, 1);
    parentPort!.postMessage({ type: 'batch', batch: complaintCopyBatch(batch) });
  }
  parentPort!.postMessage({ type: 'done' });
} catch (error) {
  parentPort!.postMessage({
    type: 'error',
    message: error instanceof Error ? `${error.message}\n${error.stack}` : String(error),
  });
}
