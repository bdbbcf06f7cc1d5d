import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
import { actionReminderDue, addDays, londonDateTime } from '@chp/domain';
import { createDataSource } from '../src/db/data-source';
import { createPerson } from '../src/modules/people/people.service';
import { openSession } from '../src/modules/auth/session.service';
import { runReminders, sendDueMessages } from '../src/modules/mail';
import { Role } from '../src/core/role';
import { AUTHORISE, PROPOSE } from './support/improvement-actions';
import { must } from './support/must';
import { recordComplaint, step } from './support/complaints';
import { REQUEST_SIGN_OFF, requestedExtension } from './support/work';
import { startSmtpServer, type TestSmtpServer } from './support/smtp';
import {
  createWorld,
  TEST_HASH_COST,
  WORLD_BASE_URL,
  type World,
  type WorldPerson,
} from './support/world';

// docs/procedure.md, Reminders and e-mail. Clocks are arguments: no test waits for real time.

let world: World;
let smtp: TestSmtpServer;
const FROM = 'CHP Insight <reminders@clyde.example>';

beforeAll(async () => {
  world = await createWorld();
  smtp = await startSmtpServer();
});
afterAll(async () => {
  await smtp?.close();
  await world?.close();
});

const send = (at: string) =>
  sendDueMessages(world.db.dataSource, new Date(at), {
    transport: smtp.transport(),
    from: FROM,
    baseUrl: WORLD_BASE_URL,
  });
const remind = (at: string) => runReminders(world.db.dataSource, new Date(at));

function addresses(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((a) => a.value.map((v) => v.address ?? ''));
}
const mailTo = (person: { email: string }) =>
  smtp.received.filter((m) => addresses(m).includes(person.email));

/** A new member of staff of the main organisation, signed in. */
async function newPerson(role: Role = Role.staff): Promise<WorldPerson> {
  return world.db.dataSource.transaction(async (em) => {
    const email = `owner.${randomBytes(4).toString('hex')}@clyde.example`;
    const id = await createPerson(
      em,
      {
        organisationId: world.org.id,
        email,
        name: 'Action Owner',
        role,
        password: 'correct horse battery staple',
      },
      TEST_HASH_COST,
    );
    const { token } = await openSession(em, id, new Date());
    return { id, email, role, token };
  });
}

/** An authorised action owned by `owner`, due on `targetDate`, proposed and authorised on `on`. */
async function authorisedAction(
  owner: WorldPerson,
  targetDate: string,
  on = '2026-03-02T10:00:00Z',
) {
  world.setNow(on);
  const { proposeImprovementAction: a } = await must(
    world,
    {
      query: PROPOSE,
      variables: {
        input: {
          title: 'Call tenants back within one working day',
          description: 'Repairs call-backs',
          serviceAreaId: world.org.serviceAreaIds[0],
          ownerId: owner.id,
          targetDate,
          complaintIds: [],
          rootCauseIds: [],
        },
      },
    },
    world.org.people.handler,
  );
  const { authoriseImprovementAction } = await must(
    world,
    { query: AUTHORISE, variables: { id: a.id, version: a.version } },
    world.org.people.manager,
  );
  return authoriseImprovementAction as { id: string; version: number };
}

async function outboxRows(person: { id: string }) {
  return world.db.dataSource.query(
    `SELECT reason, day::text AS day, status, attempts, sent_at AS "sentAt" FROM outbox_message WHERE person_id = $1 ORDER BY id`,
    [person.id],
  );
}

describe('reminders to action owners', () => {
  it('the owner of an action due in 5 working days gets exactly one reminder, on a working day, inside the hours', async () => {
    const owner = await newPerson();
    // due Monday 16 March 2026: 5 working days before is Monday 9 March
    const action = await authorisedAction(owner, '2026-03-16');
    for (const at of ['2026-03-07T10:00:00Z', '2026-03-08T10:00:00Z', '2026-03-09T07:30:00Z']) {
      await remind(at); // a weekend, then before the hours
      await send(at);
    }
    expect(mailTo(owner)).toHaveLength(0);
    for (const at of ['2026-03-09T08:15:00Z', '2026-03-09T08:30:00Z', '2026-03-09T12:00:00Z']) {
      await remind(at);
      await send(at);
    }
    const mails = mailTo(owner);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('CHP Insight: Improvement action due soon');
    expect(mails[0]!.text).toContain('due on Monday 16 March 2026');
    expect(mails[0]!.text).toContain(`${WORLD_BASE_URL}/actions/${action.id}`);
    expect(mails[0]!.html).toContain(`href="${WORLD_BASE_URL}/notifications"`);
    const [row] = await outboxRows(owner);
    const sent = londonDateTime(new Date(row.sentAt).toISOString());
    expect(sent.date).toBe('2026-03-09');
    expect(sent.time >= '08:00' && sent.time < '18:00').toBe(true);
  });

  it("the reminder due on St Andrew's Day (a bank holiday) arrives the next working day", async () => {
    const owner = await newPerson();
    await authorisedAction(owner, '2026-11-30'); // Monday 30 November 2026
    await remind('2026-11-30T10:00:00Z');
    await send('2026-11-30T10:00:00Z');
    expect(mailTo(owner)).toHaveLength(0);
    await remind('2026-12-01T09:00:00Z');
    await send('2026-12-01T09:00:00Z');
    expect(mailTo(owner).map((m) => m.subject)).toEqual([
      'CHP Insight: Improvement action due today',
    ]);
    expect(await outboxRows(owner)).toMatchObject([
      { reason: 'action_due_today', day: '2026-12-01' },
    ]);
  });

  it('an overdue action is reminded once a week, not at every run', async () => {
    const owner = await newPerson();
    await authorisedAction(owner, '2026-03-18'); // Wednesday
    for (const at of [
      '2026-03-18T09:00:00Z',
      '2026-03-19T09:00:00Z',
      '2026-03-25T09:00:00Z',
      '2026-03-26T09:00:00Z',
    ])
      await remind(at);
    expect(
      (await outboxRows(owner)).map((r: { reason: string; day: string }) => `${r.reason} ${r.day}`),
    ).toEqual(['action_due_today 2026-03-18', 'action_overdue 2026-03-25']);
  });
});

describe("the run's selection against @chp/domain's rule on the same data", () => {
  it('writes exactly the reminders actionReminderDue gives for every open action, whatever its target date', async () => {
    const owner = await newPerson();
    const today = '2026-11-18'; // a Wednesday
    // 120 open actions with target dates from 60 days before to 59 days after today
    const targets = Array.from({ length: 120 }, (_, i) => addDays(today, i - 60));
    const ids: { id: string }[] = await world.db.dataSource.query(
      `INSERT INTO improvement_action (organisation_id, id, title, description, service_area_id, owner_id,
                                       authorised_on, target_date, status, version, created_at, updated_at)
       SELECT $1, gen_random_uuid(), 'Reference action', 'x', $2, $3, '2026-01-05', t, 'in_progress', 1, now(), now()
         FROM unnest($4::date[]) t
       RETURNING id, target_date::text AS "targetDate"`,
      [world.org.id, world.org.serviceAreaIds[0], owner.id, targets],
    );
    await remind(`${today}T09:00:00Z`);
    const written: { subject: string; reason: string; day: string }[] =
      await world.db.dataSource.query(
        `SELECT subject_id AS subject, reason, day::text AS day FROM outbox_message WHERE person_id = $1 ORDER BY 1`,
        [owner.id],
      );
    const expected = (ids as unknown as { id: string; targetDate: string }[])
      .map((a) => ({ subject: a.id, due: actionReminderDue(a.targetDate, today, 5) }))
      .filter((a) => a.due !== null)
      .map((a) => ({ subject: a.subject, reason: a.due!.reason, day: a.due!.day }))
      .sort((a, b) => a.subject.localeCompare(b.subject));
    expect(expected.length).toBeGreaterThan(60);
    expect(written).toEqual(expected);
  });
});

describe("reminders to handlers (Appendix 1 §2: stage 1's day 5)", () => {
  it('the handler is reminded 2 working days before a stage 1 response is due, by reference only', async () => {
    const handler = await newPerson(Role.handler);
    world.setNow('2026-03-02T10:00:00Z');
    const complaint = await recordComplaint(world, world.org, { handlerId: handler.id });
    // received Monday 2 March: day 5 is Friday 6 March, so the reminder is on Wednesday 4 March
    await remind('2026-03-03T09:00:00Z');
    await send('2026-03-03T09:00:00Z');
    expect(mailTo(handler)).toHaveLength(0);
    await remind('2026-03-04T09:00:00Z');
    await send('2026-03-04T09:00:00Z');
    const [reference] = await world.db.dataSource.query(
      `SELECT reference FROM complaint WHERE id = $1`,
      [complaint.id],
    );
    const mails = mailTo(handler);
    expect(mails.map((m) => m.subject)).toEqual(['CHP Insight: Response due soon']);
    expect(mails[0]!.text).toContain(
      `The stage 1 response to complaint ${reference.reference} is due on Friday 6 March 2026.`,
    );
    expect(mails[0]!.text).toContain(`${WORLD_BASE_URL}/complaints/${complaint.id}`);
    expect(mails[0]!.text).not.toContain('Morag');
  });
});

describe('delivery through SMTP', () => {
  it('an SMTP server that refuses twice then accepts gets the message once', async () => {
    const owner = await newPerson();
    await authorisedAction(owner, '2026-04-20'); // 5 working days before: Monday 13 April
    await remind('2026-04-13T09:00:00Z');
    smtp.refuseNext(2, owner.email);
    const before = smtp.refused;
    await send('2026-04-13T09:00:00Z'); // refused: retried after 2 minutes
    await send('2026-04-13T09:01:00Z'); // not yet
    await send('2026-04-13T09:02:00Z'); // refused: retried after 4 minutes
    await send('2026-04-13T09:05:00Z'); // not yet
    await send('2026-04-13T09:06:00Z'); // accepted
    await send('2026-04-13T09:30:00Z'); // nothing left
    expect(smtp.refused - before).toBe(2);
    expect(mailTo(owner)).toHaveLength(1);
    expect(await outboxRows(owner)).toMatchObject([{ status: 'sent', attempts: 3 }]);
  });

  it('a restart between writing and sending loses nothing and sends nothing twice', async () => {
    const owner = await newPerson();
    await authorisedAction(owner, '2026-05-11'); // 5 working days before: Monday 4 May? (a bank holiday: the 5th)
    // the first process writes the reminder and stops before sending
    const first = createDataSource(world.db.url);
    await first.initialize();
    await runReminders(first, new Date('2026-05-05T09:00:00Z'));
    await first.destroy();
    expect(await outboxRows(owner)).toMatchObject([{ status: 'pending' }]);
    // the restarted process runs the reminders again, then sends
    const second = createDataSource(world.db.url);
    await second.initialize();
    try {
      await runReminders(second, new Date('2026-05-05T09:15:00Z'));
      const transport = smtp.transport();
      const options = { transport, from: FROM, baseUrl: WORLD_BASE_URL };
      await sendDueMessages(second, new Date('2026-05-05T09:15:00Z'), options);
      await sendDueMessages(second, new Date('2026-05-05T09:30:00Z'), options);
    } finally {
      await second.destroy();
    }
    expect(mailTo(owner)).toHaveLength(1);
    expect(await outboxRows(owner)).toMatchObject([{ status: 'sent', attempts: 1 }]);
  });

  it('outside the sending hours a due message waits for the next working morning', async () => {
    const owner = await newPerson();
    await authorisedAction(owner, '2026-06-15'); // 5 working days before: Monday 8 June
    await remind('2026-06-08T16:30:00Z'); // 17:30 BST: inside the hours
    await send('2026-06-08T17:10:00Z'); // 18:10 BST: after them
    expect(mailTo(owner)).toHaveLength(0);
    await send('2026-06-09T07:05:00Z'); // 08:05 BST on Tuesday
    expect(mailTo(owner)).toHaveLength(1);
  });
});

describe('preferences', () => {
  const UPDATE = `mutation($p: MailPreferencesInput!) { updateMyMailPreferences(preferences: $p) { actionReminders delivery version } }`;

  it('a person who turned action reminders off gets none', async () => {
    const owner = await newPerson();
    await must(
      world,
      { query: UPDATE, variables: { p: { version: 1, actionReminders: false } } },
      owner,
    );
    await authorisedAction(owner, '2026-07-13'); // 5 working days before: Monday 6 July
    await remind('2026-07-06T09:00:00Z');
    await send('2026-07-06T09:00:00Z');
    expect(mailTo(owner)).toHaveLength(0);
    expect(await outboxRows(owner)).toEqual([]);
  });

  it('a person who chose a daily summary gets one message listing their reminders', async () => {
    const owner = await newPerson();
    await must(
      world,
      { query: UPDATE, variables: { p: { version: 1, delivery: 'daily_summary' } } },
      owner,
    );
    const a = await authorisedAction(owner, '2026-08-17'); // 5 working days before: Monday 10 August
    const b = await authorisedAction(owner, '2026-08-10'); // due that day
    await remind('2026-08-10T08:00:00Z');
    await remind('2026-08-10T08:15:00Z');
    await send('2026-08-10T08:15:00Z');
    const mails = mailTo(owner);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('CHP Insight: Your reminders: 2 items');
    expect(mails[0]!.text).toContain(`${WORLD_BASE_URL}/actions/${a.id}`);
    expect(mails[0]!.text).toContain(`${WORLD_BASE_URL}/actions/${b.id}`);
    expect((await outboxRows(owner)).map((r: { status: string }) => r.status).sort()).toEqual([
      'sent',
      'summarised',
      'summarised',
    ]);
  });
});

describe('approvers and senior managers', () => {
  it("proposing an action writes the managers' message in the same transaction", async () => {
    const manager = world.org.manager2;
    const before = (await outboxRows(manager)).length;
    world.setNow('2026-03-02T10:00:00Z');
    const refused = await world.gql(
      PROPOSE,
      {
        input: {
          title: 'x',
          description: 'y',
          serviceAreaId: world.org.serviceAreaIds[0],
          ownerId: world.other.people.staff.id, // another organisation's person: refused
          targetDate: '2026-09-30',
          complaintIds: [],
          rootCauseIds: [],
        },
      },
      world.org.people.handler,
    );
    expect(refused.body.errors).toBeDefined();
    expect(await outboxRows(manager)).toHaveLength(before);
    const owner = await newPerson();
    await world.gql(
      PROPOSE,
      {
        input: {
          title: 'x',
          description: 'y',
          serviceAreaId: world.org.serviceAreaIds[0],
          ownerId: owner.id,
          targetDate: '2026-09-30',
          complaintIds: [],
          rootCauseIds: [],
        },
      },
      world.org.people.handler,
    );
    const rows = await outboxRows(manager);
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({ reason: 'action_to_authorise', day: '2026-03-02' });
  });

  it('while a publication waits for review its approvers get one reminder a working day', async () => {
    const approver = await newPerson(Role.senior_manager);
    // a publication in review (written directly: its drafting is tested in publication-journey)
    await world.db.dataSource.query(
      `INSERT INTO publication (organisation_id, kind, period, period_from, period_to, title, status, author_id)
       VALUES ($1, 'quarterly', '2026-Q3', '2026-07-01', '2026-09-30', 'You said, we did', 'in_review', $2)`,
      [world.org.id, world.org.people.communications.id],
    );
    for (const at of ['2026-10-06T09:00:00Z', '2026-10-06T11:00:00Z', '2026-10-07T09:00:00Z'])
      await remind(at);
    const rows = (await outboxRows(approver)).filter(
      (r: { reason: string }) => r.reason === 'publications_waiting_review',
    );
    expect(rows.map((r: { day: string }) => r.day)).toEqual(['2026-10-06', '2026-10-07']);
  });

  it("in St Andrew's week (Monday 30 November 2026) the digest comes on Tuesday", async () => {
    const senior = world.org.people.senior_manager;
    await remind('2026-11-30T09:00:00Z');
    await remind('2026-12-01T09:00:00Z');
    await remind('2026-12-02T09:00:00Z');
    const digests = (await outboxRows(senior)).filter(
      (r: { reason: string; day: string }) => r.reason === 'weekly_digest' && r.day >= '2026-11-30',
    );
    expect(digests.map((d: { day: string }) => d.day)).toEqual(['2026-12-01']);
  });

  it("authorising an action already within its lead days writes the owner's reminder in the same transaction", async () => {
    const owner = await newPerson();
    await authorisedAction(owner, '2026-03-18', '2026-03-16T10:00:00Z'); // Monday, due Wednesday
    expect(await outboxRows(owner)).toMatchObject([
      { reason: 'action_due_soon', day: '2026-03-11', status: 'pending' },
    ]);
    await remind('2026-03-16T10:15:00Z'); // the scheduled run finds it written
    expect(await outboxRows(owner)).toHaveLength(1);
  });

  it('senior managers get the weekly digest once, on the first working day of the week', async () => {
    const senior = world.org.people.senior_manager;
    await remind('2026-09-07T09:00:00Z'); // Monday 7 September
    await remind('2026-09-07T11:00:00Z');
    await remind('2026-09-08T09:00:00Z');
    const digests = (await outboxRows(senior)).filter(
      (r: { reason: string; day: string }) =>
        r.reason === 'weekly_digest' && r.day >= '2026-09-07' && r.day <= '2026-09-13',
    );
    expect(digests.map((d: { day: string }) => d.day)).toEqual(['2026-09-07']);
  });
});

describe('approvers of extensions and sign-offs (§27, §62, §65)', () => {
  it('a handler asks for an extension: each manager gets one message with the reference and a link, in the same transaction', async () => {
    world.setNow('2026-03-02T10:00:00Z');
    const c = await recordComplaint(world, world.org);
    const managers = [
      world.org.people.manager,
      world.org.manager2,
      world.org.people.senior_manager,
      world.org.people.admin,
    ];
    const before = new Map(
      await Promise.all(managers.map(async (m) => [m.id, (await outboxRows(m)).length] as const)),
    );
    const requestId = await requestedExtension(world, world.org, c.id, '2026-03-11');
    for (const m of managers)
      expect((await outboxRows(m)).slice(before.get(m.id))).toMatchObject([
        { reason: 'extension_to_approve', day: '2026-03-02', status: 'pending' },
      ]);
    expect(await outboxRows(world.org.people.handler)).not.toContainEqual(
      expect.objectContaining({ reason: 'extension_to_approve' }),
    );
    await remind('2026-03-02T10:15:00Z'); // the same day's run finds them written
    await send('2026-03-02T10:15:00Z');
    const [{ reference }] = await world.db.dataSource.query(
      `SELECT reference FROM complaint WHERE id = $1`,
      [c.id],
    );
    for (const m of managers) {
      const mails = mailTo(m).filter((mail) => mail.text?.includes(reference));
      expect(mails).toHaveLength(1);
      expect(mails[0]!.subject).toBe('CHP Insight: An extension waits for your approval');
      expect(mails[0]!.text).toContain(
        `complaint ${reference} asks for the stage 1 deadline to be extended to Wednesday 11 March 2026`,
      );
      expect(mails[0]!.text).toContain(`${WORLD_BASE_URL}/complaints/${c.id}`);
      expect(mails[0]!.text).not.toContain('Morag');
      expect(mails[0]!.text).not.toContain('contractor');
    }
    expect(requestId).toBeTruthy();
  });

  it('a waiting extension reminds the managers once a working day; agreeing it stops the reminders (§27)', async () => {
    world.setNow('2026-03-02T10:00:00Z');
    const c = await recordComplaint(world, world.org);
    const requestId = await requestedExtension(world, world.org, c.id, '2026-03-11');
    const manager = world.org.people.manager;
    const days = async () =>
      (
        await world.db.dataSource.query(
          `SELECT day::text AS day FROM outbox_message WHERE person_id = $1 AND reason = 'extension_to_approve' AND subject_id = $2 ORDER BY day`,
          [manager.id, requestId],
        )
      ).map((r: { day: string }) => r.day);
    // Saturday 7 and Sunday 8 March are not working days: no run writes then
    for (const at of [
      '2026-03-02T14:00:00Z',
      '2026-03-03T09:00:00Z',
      '2026-03-03T11:00:00Z',
      '2026-03-07T10:00:00Z',
      '2026-03-09T09:00:00Z',
    ])
      await remind(at);
    expect(await days()).toEqual(['2026-03-02', '2026-03-03', '2026-03-09']);
    world.setNow('2026-03-09T10:00:00Z');
    await step(
      world,
      world.org,
      'extendComplaint',
      '$id: ID!, $version: Int!, $dueOn: LocalDate!, $reason: String!',
      'id: $id, version: $version, dueOn: $dueOn, reason: $reason',
      { ...c, dueOn: '2026-03-11', reason: 'The contractor’s report is not in yet' },
      manager,
    );
    await remind('2026-03-10T09:00:00Z');
    expect(await days()).toEqual(['2026-03-02', '2026-03-03', '2026-03-09']);
  });

  it('a sign-off asked for reaches the empowered managers, not the administrator (§65)', async () => {
    world.setNow('2026-03-02T10:00:00Z');
    const c = await recordComplaint(world, world.org, { stage: 2 });
    await must(
      world,
      { query: REQUEST_SIGN_OFF, variables: { complaintId: c.id } },
      world.org.people.handler,
    );
    const to = async (p: { id: string }) =>
      (
        await world.db.dataSource.query(
          `SELECT 1 FROM outbox_message WHERE person_id = $1 AND reason = 'sign_off_to_approve' AND link_path = $2`,
          [p.id, `/complaints/${c.id}`],
        )
      ).length;
    expect(await to(world.org.people.senior_manager)).toBe(1);
    expect(await to(world.org.people.manager)).toBe(1);
    expect(await to(world.org.people.admin)).toBe(0);
  });

  it('a manager who turned approval reminders off gets none', async () => {
    const manager = await newPerson(Role.manager);
    await must(
      world,
      {
        query: `mutation($p: MailPreferencesInput!) { updateMyMailPreferences(preferences: $p) { version } }`,
        variables: { p: { version: 1, approvalReminders: false } },
      },
      manager,
    );
    world.setNow('2026-03-02T10:00:00Z');
    const c = await recordComplaint(world, world.org);
    await requestedExtension(world, world.org, c.id, '2026-03-11');
    await remind('2026-03-03T09:00:00Z');
    expect(await outboxRows(manager)).toEqual([]);
  });
});

describe('personal data', () => {
  it('no customer name or contact detail appears in any message', async () => {
    world.setNow('2026-03-02T10:00:00Z');
    const complaint = await recordComplaint(world, world.org);
    const owner = await newPerson();
    world.setNow('2026-03-02T10:00:00Z');
    await must(
      world,
      {
        query: PROPOSE,
        variables: {
          input: {
            title: 'Repairs call-backs',
            description: "From Morag Tenant's complaint",
            serviceAreaId: world.org.serviceAreaIds[0],
            ownerId: owner.id,
            targetDate: '2026-10-12',
            complaintIds: [complaint.id],
            rootCauseIds: [],
          },
        },
      },
      world.org.people.handler,
    );
    for (const at of ['2026-10-05T09:00:00Z', '2026-10-12T09:00:00Z', '2026-10-19T09:00:00Z']) {
      await remind(at);
      await send(at);
    }
    expect(smtp.received.length).toBeGreaterThan(5);
    const customers: {
      name: string | null;
      email: string | null;
      phone: string | null;
      postcode: string | null;
    }[] = await world.db.dataSource.query(`SELECT name, email, phone, postcode FROM customer`);
    const secrets = customers
      .flatMap((c) => [c.name, c.email, c.phone, c.postcode])
      .filter((v): v is string => !!v);
    expect(secrets).toContain('Morag Tenant');
    for (const mail of smtp.received) {
      const all = `${mail.subject}\n${mail.text}\n${mail.html}`.toLowerCase();
      for (const secret of secrets) expect(all).not.toContain(secret.toLowerCase());
    }
  }, 120_000); // every message of the suite's runs goes through SMTP
});
