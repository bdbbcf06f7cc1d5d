import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
import { spsoIndicators, type ComplaintEvent, type TimelineSettings } from '@chp/domain';
import {
  loadTimelineSettings,
  toDomainEvents,
  type StoredEvent,
} from '../src/modules/complaints/journey';
import { loadDemoData, withPgClient } from '../src/demo/loader';
import { quarterlyIndicatorMessages } from '../src/modules/analytics';
import { sendDueMessages, startMailScheduler } from '../src/modules/mail';
import { memoryLog } from './support/memory-log';
import { must } from './support/must';
import { startSmtpServer, type TestSmtpServer } from './support/smtp';
import { actual, expected } from './support/indicator-reference';
import { createWorld, WORLD_BASE_URL, type World } from './support/world';

// docs/procedure.md, Reminders and e-mail: the quarterly indicators when a quarter closes. The
// scheduler runs with a moved clock; the figures are held equal to @chp/domain's reference.

let world: World;
let smtp: TestSmtpServer;
let settings: TimelineSettings;
let journeys: { events: ComplaintEvent[] }[];

beforeAll(async () => {
  world = await createWorld('2026-09-30T12:00:00Z');
  smtp = await startSmtpServer();
  await withPgClient(world.db.dataSource, (client) =>
    loadDemoData(client, {
      organisationId: world.org.id,
      count: 400,
      seed: 15,
      today: '2026-09-30',
    }),
  );
  settings = await loadTimelineSettings(world.db.dataSource.manager, world.org.id);
  const rows: (StoredEvent & { complaint_id: string })[] = await world.db.dataSource.query(
    `SELECT complaint_id, type, at, stage, payload FROM complaint_event WHERE organisation_id = $1 ORDER BY complaint_id, sequence`,
    [world.org.id],
  );
  const byComplaint = new Map<string, StoredEvent[]>();
  for (const r of rows)
    byComplaint.set(r.complaint_id, [...(byComplaint.get(r.complaint_id) ?? []), r]);
  journeys = [...byComplaint.values()].map((events) => ({ events: toDomainEvents(events) }));
}, 240_000);
afterAll(async () => {
  await smtp?.close();
  await world?.close();
});

/** One scheduled reminder run at `at`, through the scheduler as the server starts it. */
async function scheduledRunAt(at: string) {
  const log = memoryLog();
  const scheduler = startMailScheduler({
    dataSource: world.db.dataSource,
    log,
    clock: () => new Date(at),
    sender: null,
    more: [quarterlyIndicatorMessages],
  });
  await scheduler.stop();
  expect(log.lines.filter((l) => l.level === 'warn')).toEqual([]);
}

const quarterlies = (personId: string) =>
  world.db.dataSource.query<{ day: string; linkPath: string; details: any }[]>(
    `SELECT day::text AS day, link_path AS "linkPath", details FROM outbox_message
      WHERE person_id = $1 AND reason = 'quarterly_indicators' ORDER BY id`,
    [personId],
  );

function addresses(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((a) => a.value.map((v) => v.address ?? ''));
}

describe('the quarterly indicators when a quarter closes', () => {
  it('on Thursday 1 October 2026, the first working day after 2026 Q3, each senior manager gets the quarter’s indicators A-F once, equal to the domain’s', async () => {
    const senior = world.org.people.senior_manager;
    await scheduledRunAt('2026-09-30T10:00:00Z'); // the quarter's last day: not yet
    expect(await quarterlies(senior.id)).toEqual([]);
    await scheduledRunAt('2026-10-01T09:00:00Z');
    await scheduledRunAt('2026-10-01T11:00:00Z');
    await scheduledRunAt('2026-10-02T09:00:00Z');
    const rows = await quarterlies(senior.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      day: '2026-09-30',
      linkPath: '/indicators?period=quarter:2026-Q3',
    });
    const ref = spsoIndicators(journeys, { from: '2026-07-01', to: '2026-09-30' }, settings);
    expect(ref.received).toBeGreaterThan(0);
    expect(actual(rows[0]!.details)).toEqual(expected(ref, 5000));
    // a manager, not senior, gets no quarterly message
    expect(await quarterlies(world.org.people.manager.id)).toEqual([]);
  });

  it('the message is figures and a link only: no customer data', async () => {
    await sendDueMessages(world.db.dataSource, new Date('2026-10-01T12:00:00Z'), {
      transport: smtp.transport(),
      from: 'CHP Insight <reports@clyde.example>',
      baseUrl: WORLD_BASE_URL,
      limit: 2000,
    });
    const senior = world.org.people.senior_manager;
    const mails = smtp.received.filter(
      (m) =>
        addresses(m).includes(senior.email) &&
        m.subject === 'CHP Insight: SPSO indicators for 2026 Q3',
    );
    expect(mails).toHaveLength(1);
    const [row] = await quarterlies(senior.id);
    expect(mails[0]!.text).toContain(
      `A: ${row!.details.received} complaints received (${row!.details.receivedPerThousand.toFixed(1)} per 1,000 homes)`,
    );
    expect(mails[0]!.text).toContain(`Stage 1: B ${row!.details.stages.stage1.closed} closed`);
    expect(mails[0]!.text).toContain(`${WORLD_BASE_URL}/indicators?period=quarter:2026-Q3`);
    const customers: { name: string | null; email: string | null; phone: string | null }[] =
      await world.db.dataSource.query(
        `SELECT name, email, phone FROM customer WHERE organisation_id = $1 LIMIT 200`,
        [world.org.id],
      );
    const all = `${mails[0]!.subject}\n${mails[0]!.text}\n${mails[0]!.html}`.toLowerCase();
    for (const c of customers)
      for (const secret of [c.name, c.email, c.phone].filter((v): v is string => !!v))
        expect(all).not.toContain(secret.toLowerCase());
  });

  it('after 2026 Q4 it waits for Tuesday 5 January 2027 (1 January and the 2 January holiday on Monday 4 January)', async () => {
    const senior = world.org.people.senior_manager;
    await scheduledRunAt('2027-01-04T10:00:00Z');
    expect((await quarterlies(senior.id)).map((r) => r.day)).toEqual(['2026-09-30']);
    await scheduledRunAt('2027-01-05T10:00:00Z');
    expect((await quarterlies(senior.id)).map((r) => r.day)).toEqual(['2026-09-30', '2026-12-31']);
  });

  it('a senior manager who turned the digest off gets no quarterly indicators', async () => {
    const senior = world.org.people.senior_manager;
    await must(
      world,
      {
        query: `mutation($p: MailPreferencesInput!) { updateMyMailPreferences(preferences: $p) { version } }`,
        variables: { p: { version: 1, weeklyDigest: false } },
      },
      senior,
    );
    await scheduledRunAt('2027-04-01T09:00:00Z'); // Thursday 1 April 2027
    expect((await quarterlies(senior.id)).map((r) => r.day)).toEqual(['2026-09-30', '2026-12-31']);
  });
});
