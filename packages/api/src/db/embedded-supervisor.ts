import type { Log } from '../log';
import type { EmbeddedPostgres } from './embedded-postgres';

export interface SupervisorEvents {
  /** The postmaster exited; `how` is e.g. "signal SIGKILL". */
  down(how: string): void;
  /** It is accepting connections again. */
  up(): void;
}

/** Waits before each restart attempt: 0.25 s, 0.5 s, 1 s, 2 s, then every 5 s. */
export function restartDelay(attempt: number): number {
  return Math.min(250 * 2 ** attempt, 5000);
}

/**
 * Keeps the embedded PostgreSQL running: when its postmaster exits (killed, crashed), starts it
 * again with backoff until it is up or stop() is called. A failed attempt is logged once per
 * outage (the availability tracker logs the outage itself).
 */
export function superviseEmbeddedPostgres(
  pg: EmbeddedPostgres,
  log: Log,
  events: SupervisorEvents,
): { stop(): Promise<void> } {
  let stopping = false;
  let wake: (() => void) | undefined;
  let restarting: Promise<void> | undefined;

  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const restartLoop = async (): Promise<void> => {
    let reported = false;
    for (let attempt = 0; !stopping; attempt++) {
      await sleep(restartDelay(attempt));
      if (stopping) return;
      try {
        await pg.restart();
        if (stopping) return;
        events.up();
        return;
      } catch (error) {
        if (stopping) return;
        if (!reported) {
          reported = true;
          log.warn(
            `the embedded PostgreSQL did not restart (${error instanceof Error ? error.message : String(error)}); retrying every few seconds`,
          );
        }
      }
    }
  };

  pg.onExit((how) => {
    if (stopping) return;
    events.down(`the embedded PostgreSQL exited, ${how}; restarting it`);
    restarting ??= restartLoop().finally(() => (restarting = undefined));
  });

  return {
    async stop() {
      stopping = true;
      wake?.();
      await restarting;
    },
  };
}
