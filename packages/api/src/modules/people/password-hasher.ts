import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ScryptOptions } from 'node:crypto';

/**
 * scrypt on threads of its own. Node's async scrypt runs on libuv's pool of four threads, the
 * pool that also reads the dashboard's files: ten sign-ins at once used to hold all four for
 * seconds and stall everyone else. Here the hashing has `threads` worker threads (one on a
 * two-core machine, leaving a core to serve requests) and a bounded queue: past it, a check is
 * refused at once (PasswordCheckBusy, answered 503 + Retry-After) rather than piling up.
 *
 * The worker is plain JavaScript run with `eval`, so it is the same code under the TypeScript
 * sources (tests) and the build.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { scryptSync } = require('node:crypto');
parentPort.on('message', (job) => {
  try {
    const key = scryptSync(job.password, Buffer.from(job.salt), job.keyLength, job.options);
    parentPort.postMessage({ key });
  } catch (error) {
    parentPort.postMessage({ error: String((error && error.message) || error) });
  }
});
`;

export class PasswordCheckBusy extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('Password checks are queued to capacity');
  }
}

export interface PasswordHasherOptions {
  /** Worker threads; 0 = one fewer than the cores (at least 1, at most 4). */
  threads: number;
  /** Jobs that may wait for a free thread. */
  queue: number;
}

interface Job {
  password: string;
  salt: Uint8Array;
  keyLength: number;
  options: ScryptOptions;
  resolve(key: Buffer): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

export interface PasswordHasher {
  derive(
    password: string,
    salt: Buffer,
    keyLength: number,
    options: ScryptOptions,
  ): Promise<Buffer>;
  /** Jobs waiting for a thread (not counting those being hashed). */
  readonly waiting: number;
  close(): Promise<void>;
}

export function createPasswordHasher(options: PasswordHasherOptions): PasswordHasher {
  const threads =
    options.threads > 0 ? options.threads : Math.max(1, Math.min(4, availableParallelism() - 1));
  const slots: Slot[] = [];
  const queue: Job[] = [];

  const start = (): Slot => {
    const slot: Slot = { worker: new Worker(WORKER_SOURCE, { eval: true }), job: null };
    slot.worker.unref(); // an idle thread does not keep the process alive
    slot.worker.on('message', (answer: { key?: Uint8Array; error?: string }) => {
      const job = slot.job;
      slot.job = null;
      if (answer.key) job?.resolve(Buffer.from(answer.key));
      else job?.reject(new Error(answer.error ?? 'scrypt failed'));
      next(slot);
    });
    slot.worker.on('error', (error) => {
      slot.job?.reject(error);
      slot.job = null;
    });
    slot.worker.on('exit', () => {
      slot.job?.reject(new Error('password hashing thread stopped'));
      slot.job = null;
      const index = slots.indexOf(slot);
      if (index >= 0) slots.splice(index, 1);
      if (queue.length > 0 && !closed) next(start());
    });
    slots.push(slot);
    return slot;
  };

  const next = (slot: Slot) => {
    const job = queue.shift();
    if (!job) {
      slot.worker.unref();
      return;
    }
    slot.job = job;
    slot.worker.ref(); // a pending check keeps the process alive until it answers
    slot.worker.postMessage({
      password: job.password,
      salt: job.salt,
      keyLength: job.keyLength,
      options: job.options,
    });
  };

  let closed = false;
  // A rough wait for a refused check: the queue ahead of it at about a second per hash per thread.
  const retryAfter = () => Math.max(1, Math.ceil(queue.length / threads));

  return {
    derive(password, salt, keyLength, scryptOptions) {
      const idle = slots.find((s) => !s.job) ?? (slots.length < threads ? start() : null);
      if (!idle && queue.length >= options.queue)
        return Promise.reject(new PasswordCheckBusy(retryAfter()));
      return new Promise<Buffer>((resolve, reject) => {
        queue.push({ password, salt, keyLength, options: scryptOptions, resolve, reject });
        if (idle) next(idle);
      });
    },
    get waiting() {
      return queue.length;
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error('password hashing stopped'));
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
