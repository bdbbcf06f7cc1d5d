import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordComplaint } from './support/complaints';
import { proposedAction } from './support/improvement-actions';
import { must } from './support/must';
import { ISSUE_CALENDAR_FEED, MY_CALENDAR_FEED, REVOKE_CALENDAR_FEED } from './support/work';
import { createWorld, type World, type WorldPerson } from './support/world';

interface FeedEvent {
  uid: string;
  date: string;
  allDay: boolean;
  summary: string;
  url: string;
}

/** The feed parsed back by ical.js: every VEVENT with its date as YYYY-MM-DD. */
function parse(text: string): FeedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return {
      uid: event.uid,
      date: event.startDate.toString(),
      allDay: event.startDate.isDate,
      summary: event.summary,
      url: String(v.getFirstPropertyValue('url')),
    };
  });
}

/**
 * Calendar feeds (docs/procedure.md, Work queues): a private iCal address per person with their
 * complaints' deadlines and their actions' target dates, as all-day events; revocable. Complaints
 * received Monday 2 March 2026: stage 1 day 5 is Friday 6 March; stage 2 day 3 is Wednesday 4
 * March and day 20 Friday 27 March.
 */
describe('calendar feeds (docs/procedure.md, Work queues)', () => {
  let world: World;
  let handler: WorldPerson;
  let stageOne: string;
  let stageTwo: string;
  let action: string;
  beforeAll(async () => {
    world = await createWorld('2026-03-02T10:00:00Z');
    handler = world.org.people.handler;
    stageOne = (await recordComplaint(world, world.org)).id;
    stageTwo = (await recordComplaint(world, world.org, { stage: 2 })).id;
    action = (await proposedAction(world, world.org, handler.id, { targetDate: '2026-06-30' })).id;
  });
  afterAll(async () => {
    await world?.close();
  });

  const issue = async (as = handler): Promise<string> =>
    (await must(world, { query: ISSUE_CALENDAR_FEED }, as)).issueCalendarFeed.path;
  const get = (path: string) => fetch(`${world.url}${path}`);

  it('the feed parses and has the deadlines on their dates, as all-day events (§26, §40, §60)', async () => {
    const res = await get(await issue());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const events = parse(await res.text());
    const on = (uidStart: string) => events.find((e) => e.uid.startsWith(uidStart));
    expect(on(`respond-${stageOne}-stage-1`)).toMatchObject({ date: '2026-03-06', allDay: true });
    expect(on(`acknowledge-${stageTwo}`)).toMatchObject({ date: '2026-03-04', allDay: true });
    expect(on(`respond-${stageTwo}-stage-2`)).toMatchObject({ date: '2026-03-27', allDay: true });
    expect(on(`action-${action}`)).toMatchObject({ date: '2026-06-30', allDay: true });
    expect(on(`respond-${stageOne}`)?.url).toBe(`${world.url}/complaints/${stageOne}`);
  });

  it('carries a reference and a link, never the customer or what the complaint is about', async () => {
    const text = await (await get(await issue())).text();
    expect(text).not.toContain('Morag');
    expect(text).not.toContain('morag@example.org');
    expect(text).not.toContain('G2 4AB');
    expect(text).not.toContain('boiler');
    const [reference] = await world.db.dataSource.query(
      `SELECT reference FROM complaint WHERE id = $1`,
      [stageOne],
    );
    expect(text).toContain(reference.reference);
  });

  it('the events keep their UIDs from one fetch to the next', async () => {
    const path = await issue();
    const uids = async () => parse(await (await get(path)).text()).map((e) => e.uid);
    expect(await uids()).toEqual(await uids());
  });

  it('only the token’s hash is stored', async () => {
    const path = await issue();
    const token = path.replace('/calendar/', '').replace('.ics', '');
    const rows = await world.db.dataSource.query(
      `SELECT token_hash FROM calendar_feed WHERE person_id = $1`,
      [handler.id],
    );
    expect(rows.some((r: any) => r.token_hash.includes(token))).toBe(false);
    expect(rows.every((r: any) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
  });

  it('answers 404 once revoked, and a re-issued address works while the old one stays dead', async () => {
    const first = await issue();
    expect((await get(first)).status).toBe(200);
    expect((await must(world, { query: REVOKE_CALENDAR_FEED }, handler)).revokeCalendarFeed).toBe(
      true,
    );
    expect((await get(first)).status).toBe(404);
    expect((await must(world, { query: MY_CALENDAR_FEED }, handler)).myCalendarFeed.active).toBe(
      false,
    );
    const second = await issue();
    expect(second).not.toBe(first);
    expect((await get(second)).status).toBe(200);
    expect((await get(first)).status).toBe(404);
    expect((await must(world, { query: MY_CALENDAR_FEED }, handler)).myCalendarFeed.active).toBe(
      true,
    );
  });

  it('issuing a new address revokes the old one', async () => {
    const old = await issue();
    await issue();
    expect((await get(old)).status).toBe(404);
  });

  it('an unknown or malformed token answers 404', async () => {
    expect((await get(`/calendar/${'A'.repeat(43)}.ics`)).status).toBe(404);
    expect((await get('/calendar/not-a-token.ics')).status).toBe(404);
  });

  it("another person's feed holds their own dates, not the handler's", async () => {
    const events = parse(await (await get(await issue(world.org.people.staff))).text());
    expect(events.some((e) => e.uid.includes(stageOne))).toBe(false);
  });
});
