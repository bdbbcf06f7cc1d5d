import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
import { createPerson } from '../src/modules/people/people.service';
import { runReminders, sendDueMessages } from '../src/modules/mail';
import { Role } from '../src/core/role';
import { openRecommendation } from './support/spso-recommendations';
import { startSmtpServer, type TestSmtpServer } from './support/smtp';
import { createWorld, TEST_HASH_COST, WORLD_BASE_URL, type World } from './support/world';

// docs/procedure.md, SPSO recommendations and Reminders and e-mail: an open recommendation's
// owner is reminded before, on and after its due date, as an improvement action's owner is.

let world: World;
let smtp: TestSmtpServer;

beforeAll(async () => {
  world = await createWorld('2026-03-02T10:00:00Z');
  smtp = await startSmtpServer();
}, 60_000);
afterAll(async () => {
  await smtp?.close();
  await world?.close();
});

const remind = (at: string) => runReminders(world.db.dataSource, new Date(at));
const send = (at: string) =>
  sendDueMessages(world.db.dataSource, new Date(at), {
    transport: smtp.transport(),
    from: 'CHP Insight <reminders@clyde.example>',
    baseUrl: WORLD_BASE_URL,
  });
function addresses(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((a) => a.value.map((v) => v.address ?? ''));
}

async function newOwner(): Promise<{ id: string; email: string }> {
  return world.db.dataSource.transaction(async (em) => {
    const email = `recommendation.${randomBytes(4).toString('hex')}@clyde.example`;
    const id = await createPerson(
      em,
      {
        organisationId: world.org.id,
        email,
        name: 'Recommendation Owner',
        role: Role.staff,
        password: 'correct horse battery staple',
      },
      TEST_HASH_COST,
    );
    return { id, email };
  });
}

const outbox = async (person: { id: string }) =>
  (
    await world.db.dataSource.query<{ reason: string; day: string }[]>(
      `SELECT reason, day::text AS day FROM outbox_message WHERE person_id = $1 ORDER BY id`,
      [person.id],
    )
  ).map((r) => `${r.reason} ${r.day}`);

describe('reminders to SPSO recommendation owners', () => {
  it('the owner is reminded on the due date, naming the complaint, with a link to My actions, and once a week after it', async () => {
    const owner = await newOwner();
    const r = await openRecommendation(world, world.org, owner.id, '2026-03-18'); // Wednesday
    for (const at of [
      '2026-03-18T09:00:00Z',
      '2026-03-18T09:15:00Z',
      '2026-03-19T09:00:00Z',
      '2026-03-25T09:00:00Z',
    ])
      await remind(at);
    expect(await outbox(owner)).toEqual([
      'recommendation_due_today 2026-03-18',
      'recommendation_overdue 2026-03-25',
    ]);
    await send('2026-03-25T09:00:00Z');
    const [complaint] = await world.db.dataSource.query<{ reference: string }[]>(
      `SELECT c.reference FROM spso_recommendation r JOIN complaint c ON c.id = r.complaint_id WHERE r.id = $1`,
      [r.id],
    );
    const mails = smtp.received.filter((m) => addresses(m).includes(owner.email));
    expect(mails.map((m) => m.subject)).toEqual([
      'CHP Insight: SPSO recommendation due today',
      'CHP Insight: SPSO recommendation overdue',
    ]);
    expect(mails[1]!.text).toContain(
      `An SPSO recommendation you own on complaint ${complaint!.reference} was due on Wednesday 18 March 2026.`,
    );
    expect(mails[1]!.text).toContain(`${WORLD_BASE_URL}/actions/mine`);
  });

  it('a completed recommendation is not reminded', async () => {
    const owner = await newOwner();
    const r = await openRecommendation(world, world.org, owner.id, '2026-04-15');
    await world.db.dataSource.query(
      `UPDATE spso_recommendation SET completed_on = '2026-04-10', evidence = 'Letter sent' WHERE id = $1`,
      [r.id],
    );
    await remind('2026-04-15T09:00:00Z');
    await remind('2026-04-22T09:00:00Z');
    expect(await outbox(owner)).toEqual([]);
  });
});
