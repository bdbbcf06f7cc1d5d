import { localDate } from '@chp/domain';
import type { DataSource } from 'typeorm';
import type { Log } from '../log';
import { complaintCount, loadDemoData, withPgClient } from './loader';
import { publishDemoQuarter } from './publication';
import { ensureDemoStaff } from './staff';

export const START_COMPLAINTS = 3000;
export const START_SEED = 2026;

/**
 * `npm start` with demo data on: when the demo organisation has no complaints yet, a few thousand
 * (seeded, as of today's date) with their improvement actions. Returns how many were loaded.
 */
export async function loadStartDemoData(
  ds: DataSource,
  organisationId: string,
  log: Log,
  now: Date = new Date(),
): Promise<number> {
  const started = performance.now();
  const existing = await withPgClient(ds, (client) => complaintCount(client, organisationId));
  if (existing > 0) return 0;
  await ensureDemoStaff(ds, organisationId, 'demo.chp.example');
  const result = await withPgClient(ds, async (client) => {
    // one loader at a time (two starts on one database): the second finds the complaints and stops
    await client.query(`SELECT pg_advisory_lock(hashtext('chp-demo-data:' || $1))`, [
      organisationId,
    ]);
    try {
      if ((await complaintCount(client, organisationId)) > 0) return null;
      return await loadDemoData(client, {
        organisationId,
        count: START_COMPLAINTS,
        seed: START_SEED,
        today: localDate(now.toISOString()),
        now: now.toISOString(),
      });
    } finally {
      await client.query(`SELECT pg_advisory_unlock(hashtext('chp-demo-data:' || $1))`, [
        organisationId,
      ]);
    }
  });
  if (!result) return 0;
  try {
    if (await publishDemoQuarter(ds, organisationId, now))
      log.info('published a demo "you said, we did" for the last quarter: see /public');
  } catch (e) {
    log.error('the demo publication could not be made (the demo complaints are loaded)', e);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log.info(
    `loaded ${result.complaints.toLocaleString('en-GB')} demo complaints (${result.events.toLocaleString('en-GB')} journey events) and ${result.actions} improvement actions in ${seconds} s`,
  );
  return result.complaints;
}
