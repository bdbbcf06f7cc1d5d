import cluster, { type Worker } from 'node:cluster';
import type { Log } from '../../log';
import type { HttpFront } from './http-front';

/** How long a process has to drain its requests on stop before it is killed. */
const STOP_MS = 10_000;
/** How long after a process ends its replacement is started (a process that fails at once must not loop). */
const RESTART_DELAY_MS = 1_000;

/**
 * `count` forked processes answering HTTP on one port (node:cluster: this process accepts the
 * connections and hands each to a process in turn). Each runs main.js as an API process
 * (api-process.ts) over `databaseUrl`. One that ends unasked after it listened is started again a
 * second later; one that ends before it listened is not (starting it again would fail the same
 * way). Resolves once every process listens; `stop()` drains them all.
 */
export async function startApiProcesses(
  count: number,
  databaseUrl: string,
  log: Log,
): Promise<HttpFront> {
  let stopping = false;
  const running = new Set<Worker>();
  const fork = (): Promise<number> => {
    const worker = cluster.fork({ DATABASE_URL: databaseUrl, CHP_API_PROCESS: '1' });
    running.add(worker);
    let listened = false;
    const listening = new Promise<number>((resolve, reject) => {
      worker.once('listening', (address) => {
        listened = true;
        resolve(address.port);
      });
      worker.once('exit', (code, signal) =>
        reject(new Error(`an API process ended before listening (${signal ?? `code ${code}`})`)),
      );
    });
    worker.once('exit', (code, signal) => {
      running.delete(worker);
      if (stopping || !listened) return;
      log.error(
        `API process ${worker.process.pid} ended (${signal ?? `code ${code}`}); starting another`,
      );
      setTimeout(() => {
        if (!stopping)
          fork().catch((error: unknown) => log.error('could not start another API process', error));
      }, RESTART_DELAY_MS);
    });
    return listening;
  };
  const stop = async (): Promise<void> => {
    stopping = true;
    await Promise.all(
      [...running].map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.isDead()) return resolve();
            const kill = setTimeout(() => worker.process.kill('SIGKILL'), STOP_MS);
            worker.once('exit', () => {
              clearTimeout(kill);
              resolve();
            });
            worker.process.kill('SIGTERM');
          }),
      ),
    );
  };
  try {
    const ports = await Promise.all(Array.from({ length: count }, fork));
    log.info(`${count} API processes answer on port ${ports[0]}`);
    return { port: ports[0]!, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
