import type { DataSource } from 'typeorm';
import type { Log } from '../../log';
import { sendDueMessages, type SenderOptions } from './mail-sender';
import { runReminders, type OrganisationMessages } from './reminder-run';

export interface MailSchedulerOptions {
  dataSource: DataSource;
  log: Log;
  clock?: () => Date;
  /** Without it (no SMTP_URL) messages stay in the outbox, for the Outbox page. */
  sender: SenderOptions | null;
  /** More messages each reminder run writes (the quarterly indicators). */
  more?: readonly OrganisationMessages[];
  /** Default every 15 minutes. */
  reminderEveryMs?: number;
  /** Default every 30 seconds. */
  sendEveryMs?: number;
}

/**
 * Runs the reminder run and the sender on timers inside the server process. Both are safe to run
 * in several processes at once and after any restart: the outbox's once-only key and its row locks
 * decide, not the timers.
 */
export function startMailScheduler(options: MailSchedulerOptions): { stop(): Promise<void> } {
  const clock = options.clock ?? (() => new Date());
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const run = (what: string, work: () => Promise<unknown>) => {
    if (stopped) return;
    running = running
      .then(work)
      .catch((error: unknown) => options.log.warn(`mail ${what} failed`, error));
  };
  const remind = () =>
    run('reminder run', () => runReminders(options.dataSource, clock(), options.more));
  const send = () => {
    const sender = options.sender;
    if (sender) run('sending', () => sendDueMessages(options.dataSource, clock(), sender));
  };
  const timers = [
    setInterval(remind, options.reminderEveryMs ?? 15 * 60_000),
    setInterval(send, options.sendEveryMs ?? 30_000),
  ];
  for (const timer of timers) timer.unref();
  remind();
  send();
  return {
    stop: async () => {
      stopped = true;
      for (const timer of timers) clearInterval(timer);
      await running;
    },
  };
}
