import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
import { runReminders, sendDueMessages } from '../src/modules/mail';
import { complaintInput, recordComplaint, step, type ComplaintRef } from './support/complaints';
import { must } from './support/must';
import { startSmtpServer, type TestSmtpServer } from './support/smtp';
import { MY_WORK } from './support/work';
import { createWorld, WORLD_BASE_URL, type World } from './support/world';
import { complaintNamingStaff } from './operations/complaints-staff.operations';

// docs/procedure.md, Staff complained about. The clock starts on Monday 2 March 2026 10:00Z;
// complaints are received at 09:00Z that morning by the handler, who handles them.
const START = '2026-03-02T10:00:00Z';

const PANEL = `query($id: ID!) { complaint(id: $id) { id version staffComplainedAbout {
  personId toldAt toldHow shared notSharedReason supportContact { id } updates { at how }
  nextUpdateDue responseSharedOn } } }`;
const NAME = `mutation($id: ID!, $version: Int!, $personId: ID!) { nameStaffMember(id: $id, version: $version, personId: $personId) { id version } }`;
const SUPPORT = `mutation($id: ID!, $version: Int!, $personId: ID!, $supportContactId: ID!) { setSupportContact(id: $id, version: $version, personId: $personId, supportContactId: $supportContactId) { id version } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $personId: ID!, $at: DateTime) { recordStaffUpdate(id: $id, version: $version, personId: $personId, at: $at, how: email) { id version } }`;
const ASSIGN = `mutation($id: ID!, $version: Int!, $handlerId: ID!) { assignComplaintHandler(id: $id, version: $version, handlerId: $handlerId) { id version } }`;

let world: World;
let smtp: TestSmtpServer;
beforeAll(async () => {
  world = await createWorld(START);
  smtp = await startSmtpServer();
});
afterEach(() => world.setNow(START));
afterAll(async () => {
  await smtp?.close();
  await world?.close();
});

const panel = async (id: string, as = world.org.people.handler) =>
  (await must(world, { query: PANEL, variables: { id } }, as)).complaint;

const outbox = (personId: string, complaintId: string) =>
  world.db.dataSource.query(
    `SELECT reason, details, link_path FROM outbox_message WHERE person_id = $1 AND subject_id = $2 ORDER BY reason`,
    [personId, complaintId],
  );

describe('staff told by e-mail (§48)', () => {
  it('a member of staff named at recording is sent a message with the reference and a link only (§48)', async () => {
    const c = await complaintNamingStaff(world, world.org);
    const [message] = await outbox(world.org.people.staff.id, c.id);
    const { complaint } = await must(
      world,
      { query: `query($id: ID!) { complaint(id: $id) { reference } }`, variables: { id: c.id } },
      world.org.people.handler,
    );
    expect(message).toEqual({
      reason: 'named_in_complaint',
      details: { reference: complaint.reference },
      link_path: `/complaints/${c.id}`,
    });
  });

  it('a member of staff named later, and their support contact, are sent their messages over SMTP (§48)', async () => {
    const c = await recordComplaint(world, world.org);
    const staff = world.org.people.staff;
    const contact = world.org.people.senior_manager;
    const named = await must(
      world,
      { query: NAME, variables: { ...c, personId: staff.id } },
      world.org.people.handler,
    );
    await must(
      world,
      {
        query: SUPPORT,
        variables: { ...named.nameStaffMember, personId: staff.id, supportContactId: contact.id },
      },
      world.org.people.handler,
    );
    await sendDueMessages(world.db.dataSource, new Date('2026-03-02T10:05:00Z'), {
      transport: smtp.transport(),
      from: 'CHP Insight <reminders@clyde.example>',
      baseUrl: WORLD_BASE_URL,
    });
    const to = (mail: ParsedMail, email: string) =>
      (Array.isArray(mail.to) ? mail.to : [mail.to]).some((a) =>
        a?.value.some((v) => v.address === email),
      );
    const toStaff = smtp.received.filter(
      (m) => to(m, staff.email) && /named in complaint/.test(m.subject ?? ''),
    );
    const toContact = smtp.received.filter(
      (m) => to(m, contact.email) && /support contact/.test(m.subject ?? ''),
    );
    const about = (mails: ParsedMail[]) =>
      mails.filter((m) => (m.text ?? '').includes(`/complaints/${c.id}`));
    expect(about(toStaff).length).toBe(1);
    expect(about(toContact).length).toBe(1);
  });
});

describe('the staff complained about panel', () => {
  it('shows what was recorded for a named member of staff (§48)', async () => {
    const c = await complaintNamingStaff(world, world.org);
    const told = await must(
      world,
      {
        query: `mutation($id: ID!, $version: Int!, $personId: ID!) { recordStaffNotified(id: $id, version: $version, personId: $personId, how: in_person, shared: nothing, notSharedReason: "Police inquiry under way") { id version } }`,
        variables: c,
      },
      world.org.people.handler,
    );
    expect(told.recordStaffNotified.version).toBe(c.version + 1);
    const [member] = (await panel(c.id)).staffComplainedAbout;
    expect(member).toMatchObject({
      personId: world.org.people.staff.id,
      toldAt: START.replace('Z', '.000Z'),
      toldHow: 'in_person',
      shared: 'nothing',
      notSharedReason: 'Police inquiry under way',
      supportContact: null,
      updates: [],
      nextUpdateDue: null,
    });
  });

  it('is refused to communications and action-only staff (personal data)', async () => {
    const c = await complaintNamingStaff(world, world.org);
    for (const as of [world.org.people.communications, world.org.people.staff]) {
      const res = await world.gql<any>(PANEL, { id: c.id }, as);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('the audit log records each step', async () => {
    const c = await complaintNamingStaff(world, world.org);
    await must(
      world,
      { query: SUPPORT, variables: { ...c, supportContactId: world.org.people.manager.id } },
      world.org.people.handler,
    );
    const [audit] = await world.db.dataSource.query(
      `SELECT operation, changes FROM audit_log WHERE entity = 'complaint' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [c.id],
    );
    expect(audit).toEqual({
      operation: 'setSupportContact',
      changes: { staffMember: c.personId, supportContactId: world.org.people.manager.id },
    });
  });
});

describe('the investigator is not named in the complaint (§37) and is no support contact (§48)', () => {
  it('refuses to make a named person the handler of a stage 2 complaint (§37)', async () => {
    const c = await complaintNamingStaff(world, world.org, {
      stage: 2,
      namedStaffIds: [world.org.people.manager.id],
    });
    const res = await world.gql<any>(
      ASSIGN,
      { ...c, handlerId: world.org.people.manager.id },
      world.org.people.senior_manager,
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'INVESTIGATOR_NAMED_IN_COMPLAINT',
      field: 'handlerId',
    });
    expect((await panel(c.id)).version).toBe(c.version);
  });

  it('lets a named person respond at stage 1 but not investigate once escalated (§21, §37)', async () => {
    const c = await recordComplaint(world, world.org, {
      namedStaffIds: [world.org.people.handler.id],
    });
    const res = await world.gql<any>(
      `mutation($id: ID!, $version: Int!) { escalateComplaint(id: $id, version: $version) { id version } }`,
      c,
      world.org.people.handler,
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      rule: 'INVESTIGATOR_NAMED_IN_COMPLAINT',
      field: 'handlerId',
    });
  });

  it('refuses a complaint recorded at stage 2 with its handler named in it (§37)', async () => {
    const res = await world.gql<any>(
      `mutation($input: RecordComplaintInput!) { recordComplaint(input: $input) { id } }`,
      {
        input: complaintInput(world.org, {
          stage: 2,
          namedStaffIds: [world.org.people.handler.id],
        }),
      },
      world.org.people.handler,
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      rule: 'INVESTIGATOR_NAMED_IN_COMPLAINT',
    });
  });

  it('refuses a sign-off by the support contact of a named member of staff (§48)', async () => {
    const c = await complaintNamingStaff(world, world.org, { stage: 2 });
    const set = await must(
      world,
      { query: SUPPORT, variables: { ...c, supportContactId: world.org.people.manager.id } },
      world.org.people.handler,
    );
    const res = await world.gql<any>(
      `mutation($id: ID!, $version: Int!) { signOffResponse(id: $id, version: $version) { id } }`,
      { id: c.id, version: set.setSupportContact.version },
      world.org.people.manager,
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'SUPPORT_CONTACT_SIGNS_OFF',
    });
  });

  it('refuses to make a support contact the handler (§48)', async () => {
    const c = await complaintNamingStaff(world, world.org);
    const set = await must(
      world,
      { query: SUPPORT, variables: { ...c, supportContactId: world.org.people.manager.id } },
      world.org.people.handler,
    );
    const res = await world.gql<any>(
      ASSIGN,
      { id: c.id, version: set.setSupportContact.version, handlerId: world.org.people.manager.id },
      world.org.people.senior_manager,
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      rule: 'SUPPORT_CONTACT_INVESTIGATES',
    });
  });
});

describe('updates to the staff counted apart from the customer’s (§62)', () => {
  /** Stage 2 received Monday 2 March 2026, extended by a manager. */
  async function extendedStageTwo(): Promise<ComplaintRef & { personId: string }> {
    const c = await complaintNamingStaff(world, world.org, { stage: 2 });
    const extended = await step(
      world,
      world.org,
      'extendComplaint',
      '$id: ID!, $version: Int!',
      'id: $id, version: $version, dueOn: "2026-05-29", reason: "Independent surveyor report"',
      c,
      world.org.people.manager,
    );
    return { ...extended, personId: c.personId };
  }

  const updateItems = async (complaintId: string) =>
    (await must(world, { query: MY_WORK }, world.org.people.handler)).myWork.items.filter(
      (i: any) => i.kind === 'stage_two_update' && i.complaintId === complaintId,
    );

  it('an update to the customer leaves the staff member’s update due in the work queue (§62)', async () => {
    const c = await extendedStageTwo();
    world.setNow('2026-04-20T10:00:00Z');
    await step(
      world,
      world.org,
      'recordContactUpdate',
      '$id: ID!, $version: Int!',
      'id: $id, version: $version, note: "Surveyor booked"',
      c,
    );
    const p = await panel(c.id);
    world.setNow('2026-04-27T10:00:00Z');
    // day 20 was Friday 27 March; 20 working days on, past Good Friday, is Monday 27 April
    expect(p.staffComplainedAbout[0].nextUpdateDue).toBe('2026-04-27');
    expect(await updateItems(c.id)).toMatchObject([{ dueOn: '2026-04-27' }]);
  });

  it('reminds the handler of the update owed to the staff member though the customer was updated (§62)', async () => {
    const c = await extendedStageTwo();
    world.setNow('2026-04-20T10:00:00Z');
    await step(
      world,
      world.org,
      'recordContactUpdate',
      '$id: ID!, $version: Int!',
      'id: $id, version: $version, note: "Surveyor booked"',
      c,
    );
    await runReminders(world.db.dataSource, new Date('2026-04-27T09:00:00Z'));
    const updates = (await outbox(world.org.people.handler.id, c.id)).filter((m: any) =>
      m.reason.startsWith('update_'),
    );
    // the customer's next update is 19 May; the staff member's, never updated, 27 April
    expect(updates).toMatchObject([
      { reason: 'update_due_today', details: { dueOn: '2026-04-27' } },
    ]);
  });

  it('an update to the staff member moves their next update on (§62)', async () => {
    const c = await extendedStageTwo();
    world.setNow('2026-04-20T10:00:00Z');
    await step(
      world,
      world.org,
      'recordContactUpdate',
      '$id: ID!, $version: Int!',
      'id: $id, version: $version, note: "Surveyor booked"',
      c,
    );
    const v = (await panel(c.id)).version;
    await must(
      world,
      {
        query: UPDATE,
        variables: { id: c.id, version: v, personId: c.personId, at: '2026-04-20T10:00:00Z' },
      },
      world.org.people.handler,
    );
    const p = await panel(c.id);
    expect(p.staffComplainedAbout[0].updates).toEqual([
      { at: '2026-04-20T10:00:00.000Z', how: 'email' },
    ]);
    expect(p.staffComplainedAbout[0].nextUpdateDue).toBe('2026-05-19');
    world.setNow('2026-04-27T10:00:00Z');
    expect(await updateItems(c.id)).toEqual([]);
  });
});
