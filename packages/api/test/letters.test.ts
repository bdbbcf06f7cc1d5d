import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World, type WorldPerson } from './support/world';
import { recordComplaint, step, type ComplaintRef } from './support/complaints';
import { must } from './support/must';
import { signOff } from './support/complaint-stages';
import { uniqueCustomer } from './support/restrictions';
import { REMOVED_TEXT } from '../src/modules/retention';

/**
 * Responses as documents (docs/procedure.md, Responses and letters): a draft filled from the
 * record and the organisation's template, edited and recorded as sent with how (§32, §69),
 * downloaded as accessible HTML and Word (and large print); closing a stage needs the record of
 * what was said (§31–32, §65–69). The clock stands at Monday 2 March 2026.
 */
const DRAFT = `query($complaintId: ID!, $kind: LetterKind!, $reasons: String, $apology: String, $outcome: Outcome, $findings: [FindingInput!], $extensionReason: String, $newDueOn: LocalDate) {
  letterDraft(complaintId: $complaintId, kind: $kind, reasons: $reasons, apology: $apology, outcome: $outcome, findings: $findings, extensionReason: $extensionReason, newDueOn: $newDueOn) { kind text suggestedMethod } }`;
const SEND = `mutation($input: SendLetterInput!) { sendLetter(input: $input) { id kind stage version text sentVia sentOn htmlPath docxPath } }`;
const LETTERS = `query($id: ID!) { complaint(id: $id) { id version letters { id kind version text sentVia } } }`;
const CLOSE = `mutation($id: ID!, $version: Int!, $input: CloseComplaintInput!) { closeComplaint(id: $id, version: $version, input: $input) { id version status } }`;

describe('letters: draft, edit, send, download; closing needs the record of what was said', () => {
  let world: World;
  let handler: WorldPerson;
  const draft = async (vars: Record<string, unknown>, as = handler) =>
    world.gql<any>(DRAFT, vars, as);
  const send = (input: Record<string, unknown>, as = handler) =>
    world.gql<any>(SEND, { input }, as);
  const letters = async (id: string) =>
    (await must<any>(world, { query: LETTERS, variables: { id } }, handler)).complaint;
  const download = (path: string, as: WorldPerson | null) =>
    fetch(`${world.url}${path}`, { headers: as ? { authorization: `Bearer ${as.token}` } : {} });

  beforeAll(async () => {
    world = await createWorld('2026-03-02T10:00:00Z');
    handler = world.org.people.handler;
  });
  afterAll(async () => {
    await world?.close();
  });

  describe('stage 1 (§31–32)', () => {
    let c: ComplaintRef;
    let firstId = '';
    beforeAll(async () => {
      c = await recordComplaint(world, world.org);
    });

    it('the draft is filled from the record: the customer, the reference, the reasons and how to escalate (§31)', async () => {
      const res = await draft({
        complaintId: c.id,
        kind: 'stage1_response',
        reasons: 'The engineer missed the visit.',
        outcome: 'upheld',
      });
      const { text, suggestedMethod } = res.body.data!.letterDraft;
      expect(text).toContain('Dear Morag Tenant');
      expect(text).toContain('The engineer missed the visit.');
      expect(text).toContain('your complaint is upheld');
      expect(text).toMatch(/investigate your complaint at stage 2/);
      expect(text).not.toMatch(/SPSO|Ombudsman/);
      // §41, §65: the customer prefers e-mail
      expect(suggestedMethod).toBe('email');
    });

    it("the letter is addressed to the representative when the customer's consent covers the response (Part 1 §15–17)", async () => {
      const represented = await recordComplaint(world, world.org, {
        customer: {
          name: 'Morag Tenant',
          representative: {
            name: 'Jo Advocate',
            consent: { givenOn: '2026-02-27', scope: ['receive_response'] },
          },
        },
      });
      const res = await draft({
        complaintId: represented.id,
        kind: 'stage1_response',
        reasons: 'The engineer missed the visit.',
        outcome: 'upheld',
      });
      expect(res.body.data!.letterDraft.text).toContain('Dear Jo Advocate');
    });

    it('without consent to receive the response, the letter is addressed to the customer (Part 1 §15–17)', async () => {
      const represented = await recordComplaint(world, world.org, {
        customer: {
          name: 'Morag Tenant',
          representative: {
            name: 'Jo Advocate',
            consent: { givenOn: '2026-02-27', scope: ['act_on_complaint'] },
          },
        },
      });
      const res = await draft({
        complaintId: represented.id,
        kind: 'stage1_response',
        reasons: 'The engineer missed the visit.',
        outcome: 'upheld',
      });
      expect(res.body.data!.letterDraft.text).toContain('Dear Morag Tenant');
    });

    it("a draft without the reasons leaves them to write, and such a letter can't be sent", async () => {
      const { text } = (await draft({ complaintId: c.id, kind: 'stage1_response' })).body.data!
        .letterDraft;
      const res = await send({ complaintId: c.id, kind: 'stage1_response', text });
      expect(res.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'text',
        rule: 'LETTER_NOT_FINISHED',
      });
      expect((await letters(c.id)).letters).toEqual([]);
    });

    it('a stage 1 letter naming the SPSO is refused and nothing is stored (§31, §75)', async () => {
      const res = await send({
        complaintId: c.id,
        kind: 'stage1_response',
        text: 'You can go to the SPSO now.',
      });
      expect(res.body.errors?.[0]?.extensions).toMatchObject({ rule: 'LETTER_SPSO_FINAL_ONLY' });
      expect((await letters(c.id)).letters).toEqual([]);
    });

    it('a stage 2 letter on a stage 1 complaint is refused', async () => {
      const res = await send({ complaintId: c.id, kind: 'stage2_acknowledgement', text: 'Hello' });
      expect(res.body.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        rule: 'LETTER_STAGE_NOT_CURRENT',
      });
    });

    it('the edited letter is recorded as sent, by the preferred method, and read back as sent (§32)', async () => {
      const { text } = (
        await draft({
          complaintId: c.id,
          kind: 'stage1_response',
          reasons: 'The engineer missed the visit.',
          outcome: 'upheld',
        })
      ).body.data!.letterDraft;
      const edited = `${text}\n\nP.S. The new visit is on Thursday.`;
      const res = await send({ complaintId: c.id, kind: 'stage1_response', text: edited });
      const sent = res.body.data!.sendLetter;
      expect(sent).toMatchObject({
        kind: 'stage1_response',
        stage: 1,
        version: 1,
        sentVia: 'email',
        sentOn: '2026-03-02',
      });
      expect(sent.text).toContain('P.S. The new visit is on Thursday.');
      firstId = sent.id;
      expect((await letters(c.id)).letters.map((l: any) => [l.kind, l.version])).toEqual([
        ['stage1_response', 1],
      ]);
    });

    it('sent again, it is a new version; the first stays as it was sent', async () => {
      const res = await send({
        complaintId: c.id,
        kind: 'stage1_response',
        text: 'Dear Morag Tenant\n\nOur decision: upheld, because the visit was missed. If you are not satisfied you can ask for a stage 2 investigation.',
        sentVia: 'letter',
      });
      expect(res.body.data!.sendLetter).toMatchObject({ version: 2, sentVia: 'letter' });
      const all = (await letters(c.id)).letters;
      expect(all.map((l: any) => l.version)).toEqual([1, 2]);
      expect(all[0].text).toContain('P.S. The new visit is on Thursday.');
    });

    it('the letter as sent is stored immutably: the database refuses a change', async () => {
      await expect(
        world.db.dataSource.query(`UPDATE complaint_letter SET text = 'changed' WHERE id = $1`, [
          firstId,
        ]),
      ).rejects.toThrow(/immutable/);
    });

    it('downloads as accessible HTML: English, a title, headings', async () => {
      const res = await download(`/letters/${firstId}/letter.html`, handler);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('<html lang="en-GB">');
      expect(html).toMatch(/<h1>Stage 1 response: [^<]+<\/h1>/);
      expect(html).toContain('<h2>Our decision</h2>');
      expect(html).toContain('font-size: 12pt');
      expect(html).toContain('@media print');
    });

    it('downloads in large print (18pt)', async () => {
      const html = await (
        await download(`/letters/${firstId}/letter.html?print=large`, handler)
      ).text();
      expect(html).toContain('font-size: 18pt');
    });

    it('downloads as a Word document: a valid zip whose document.xml holds the letter', async () => {
      const res = await download(`/letters/${firstId}/letter.docx`, handler);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('wordprocessingml');
      const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
      const xml = await zip.file('word/document.xml')!.async('string');
      expect(xml).toContain('The engineer missed the visit.');
      expect(xml).toContain('P.S. The new visit is on Thursday.');
      const styles = await zip.file('word/styles.xml')!.async('string');
      expect(styles).toMatch(/w:sz w:val="24"/);
    });

    it('the large-print Word document sets the text at 18pt', async () => {
      const res = await download(`/letters/${firstId}/letter.docx?print=large`, handler);
      const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
      const styles = await zip.file('word/styles.xml')!.async('string');
      expect(styles).toMatch(/w:sz w:val="36"/);
    });

    it.each(['communications', 'staff'] as const)(
      '%s staff may not download a letter',
      async (role) => {
        const res = await download(`/letters/${firstId}/letter.docx`, world.org.people[role]);
        expect(res.status).toBe(403);
      },
    );

    it('without signing in, a letter is not downloaded', async () =>
      expect((await download(`/letters/${firstId}/letter.html`, null)).status).toBe(401));

    it("another organisation's staff do not find the letter", async () =>
      expect(
        (await download(`/letters/${firstId}/letter.html`, world.other.people.manager)).status,
      ).toBe(404));

    it('closing with the response letter sent needs no more: how it was sent is recorded (§31–32)', async () => {
      const { version } = await letters(c.id);
      const res = await world.gql<any>(
        CLOSE,
        { id: c.id, version, input: { outcome: 'upheld', spsoSignposted: false } },
        handler,
      );
      expect(res.body.errors).toBeUndefined();
      const [row] = await world.db.dataSource.query(
        `SELECT payload FROM complaint_event WHERE complaint_id = $1 AND type = 'closed'`,
        [c.id],
      );
      expect(row.payload).toMatchObject({ communicatedBy: 'letter' });
    });
  });

  describe('closing without a letter (§31–32, §69)', () => {
    it('stage 1 without the reasons is refused and nothing changes (§31)', async () => {
      const c = await recordComplaint(world, world.org);
      const res = await world.gql<any>(
        CLOSE,
        { ...c, input: { outcome: 'not_upheld', spsoSignposted: false, communicatedBy: 'phone' } },
        handler,
      );
      expect(res.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'reasons',
        rule: 'CLOSURE_REASONS_REQUIRED',
      });
      expect((await letters(c.id)).version).toBe(c.version);
    });

    it('stage 1 without how it was communicated is refused (§31–32)', async () => {
      const c = await recordComplaint(world, world.org);
      const res = await world.gql<any>(
        CLOSE,
        {
          ...c,
          input: { outcome: 'not_upheld', spsoSignposted: false, reasons: 'The visit was kept.' },
        },
        handler,
      );
      expect(res.body.errors?.[0]?.extensions).toMatchObject({
        field: 'communicatedBy',
        rule: 'CLOSURE_COMMUNICATION_REQUIRED',
      });
    });

    it('stage 1 given by phone with reasons is closed, and both are recorded (§31–32)', async () => {
      const c = await recordComplaint(world, world.org);
      const res = await world.gql<any>(
        CLOSE,
        {
          ...c,
          input: {
            outcome: 'not_upheld',
            spsoSignposted: false,
            reasons: 'The visit was kept.',
            communicatedBy: 'phone',
          },
        },
        handler,
      );
      expect(res.body.data?.closeComplaint.status).toBe('closed');
      const [row] = await world.db.dataSource.query(
        `SELECT payload FROM complaint_event WHERE complaint_id = $1 AND type = 'closed'`,
        [c.id],
      );
      expect(row.payload).toMatchObject({
        reasons: 'The visit was kept.',
        communicatedBy: 'phone',
      });
    });

    it('stage 2 without the final response recorded is refused (§69)', async () => {
      const c = await signOff(
        world,
        world.org,
        await recordComplaint(world, world.org, { stage: 2 }),
      );
      const res = await world.gql<any>(
        CLOSE,
        { ...c, input: { outcome: 'upheld', spsoSignposted: true } },
        handler,
      );
      expect(res.body.errors?.[0]?.extensions).toMatchObject({
        field: 'communicatedBy',
        rule: 'CLOSURE_COMMUNICATION_REQUIRED',
      });
    });
  });

  describe('stage 2: acknowledgement and final response (§42–45, §65–69, §74–75)', () => {
    let c: ComplaintRef;
    let pointIds: string[] = [];
    beforeAll(async () => {
      c = await recordComplaint(world, world.org, { stage: 2 });
      c = await step(
        world,
        world.org,
        'agreePointsOfComplaint',
        '$id: ID!, $version: Int!, $points: [String!]!',
        'id: $id, version: $version, points: $points',
        { ...c, points: ['Missed appointments', 'No updates'] },
      );
      const rows = await world.db.dataSource.query(
        `SELECT id FROM complaint_point WHERE complaint_id = $1 ORDER BY position`,
        [c.id],
      );
      pointIds = rows.map((r: any) => r.id);
    });

    it('the acknowledgement sets out the points and the outcome sought (§42)', async () => {
      const { text } = (await draft({ complaintId: c.id, kind: 'stage2_acknowledgement' })).body
        .data!.letterDraft;
      expect(text).toContain('- Point 1: Missed appointments\n- Point 2: No updates');
      expect(text).toContain('You told us that you would like: A working boiler');
      expect(text).not.toMatch(/SPSO/);
    });

    it('the final response gives each point its finding, the Tribunal text (housing, §74) and the SPSO text (§75)', async () => {
      const { text } = (
        await draft({
          complaintId: c.id,
          kind: 'stage2_final_response',
          reasons: 'We looked at the repair log.',
          findings: [
            { pointId: pointIds[0], finding: 'upheld', reason: 'Two visits were missed.' },
            { pointId: pointIds[1], finding: 'not_upheld', reason: 'We called weekly.' },
          ],
        })
      ).body.data!.letterDraft;
      expect(text).toContain('your complaint is partially upheld');
      expect(text).toContain(
        '- Point 1: Missed appointments. We have upheld this point. Two visits were missed.',
      );
      expect(text).toContain(
        '- Point 2: No updates. We have not upheld this point. We called weekly.',
      );
      expect(text).toContain('First-tier Tribunal');
      expect(text).toContain('Scottish Public Services Ombudsman');
    });

    it('sent as the final response, the stage closes without more (§65, §69)', async () => {
      const findings = [
        { pointId: pointIds[0], finding: 'upheld', reason: 'Two visits were missed.' },
        { pointId: pointIds[1], finding: 'not_upheld', reason: 'We called weekly.' },
      ];
      const { text } = (
        await draft({
          complaintId: c.id,
          kind: 'stage2_final_response',
          reasons: 'We looked at the repair log.',
          findings,
        })
      ).body.data!.letterDraft;
      expect(
        (await send({ complaintId: c.id, kind: 'stage2_final_response', text, sentVia: 'letter' }))
          .body.errors,
      ).toBeUndefined();
      const signed = await signOff(world, world.org, {
        id: c.id,
        version: (await letters(c.id)).version,
      });
      const res = await world.gql<any>(
        CLOSE,
        { ...signed, input: { findings, spsoSignposted: true, tribunalCase: false } },
        handler,
      );
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.closeComplaint.status).toBe('closed');
    });

    it('a final response with the SPSO text taken out is refused (§75)', async () => {
      const res = await send({
        complaintId: c.id,
        kind: 'stage2_final_response',
        text: 'Our decision: partially upheld.',
      });
      expect(res.body.errors?.[0]?.extensions).toMatchObject({ rule: 'LETTER_SPSO_REQUIRED' });
    });
  });

  describe('erasure and retention (docs/procedure.md, Retention and erasure)', () => {
    it("erasing the customer blanks their letters' text; the record of how they were sent stays", async () => {
      const customer = { ...uniqueCustomer(), preferredContact: 'phone' };
      const c = await recordComplaint(world, world.org, { customer });
      const sent = (
        await send({
          complaintId: c.id,
          kind: 'stage1_extension',
          text: `Dear ${customer.name}\n\nWe need more time.`,
        })
      ).body.data!.sendLetter;
      const [{ customerId }] = await world.db.dataSource.query(
        `SELECT customer_id AS "customerId" FROM complaint WHERE id = $1`,
        [c.id],
      );
      await must(
        world,
        {
          query:
            'mutation($id: ID!, $reason: String!) { eraseCustomer(customerId: $id, reason: $reason) { anonymised } }',
          variables: { id: customerId, reason: 'Erasure request' },
        },
        world.org.people.manager,
      );
      const [row] = await world.db.dataSource.query(
        `SELECT text, sent_via FROM complaint_letter WHERE id = $1`,
        [sent.id],
      );
      expect(row).toEqual({ text: REMOVED_TEXT, sent_via: 'phone' });
    });
  });

  describe("the organisation's letter templates", () => {
    const TEMPLATES = `query { letterTemplates { kind body isDefault version } }`;
    const SAVE = `mutation($kind: LetterKind!, $body: String!, $version: Int!) { saveLetterTemplate(kind: $kind, body: $body, version: $version) { kind body isDefault version } }`;

    it('an administrator reads the defaults, one per letter', async () => {
      const { letterTemplates } = await must<any>(
        world,
        { query: TEMPLATES },
        world.org.people.admin,
      );
      expect(letterTemplates.map((t: any) => t.kind)).toEqual([
        'stage1_response',
        'stage1_extension',
        'stage2_acknowledgement',
        'stage2_extension',
        'stage2_final_response',
      ]);
      expect(letterTemplates.every((t: any) => t.isDefault && t.version === 0)).toBe(true);
    });

    it('a template using the SPSO text outside the final response is refused (§75)', async () => {
      const res = await world.gql<any>(
        SAVE,
        { kind: 'stage1_extension', body: 'Dear {{customerName}}\n\n{{spsoText}}', version: 0 },
        world.org.people.admin,
      );
      expect(res.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'body',
        rule: 'LETTER_PLACEHOLDER_NOT_FOR_KIND',
      });
    });

    it("the organisation's own template fills the next draft", async () => {
      const res = await world.gql<any>(
        SAVE,
        {
          kind: 'stage1_extension',
          body: 'Hello {{customerName}}, new date {{newDueOn}} because {{extensionReason}}',
          version: 0,
        },
        world.org.people.admin,
      );
      expect(res.body.data!.saveLetterTemplate).toMatchObject({ isDefault: false, version: 1 });
      const c = await recordComplaint(world, world.org);
      const { text } = (
        await draft({
          complaintId: c.id,
          kind: 'stage1_extension',
          newDueOn: '2026-03-11',
          extensionReason: 'the engineer is away',
        })
      ).body.data!.letterDraft;
      expect(text).toBe('Hello Morag Tenant, new date 11 March 2026 because the engineer is away');
    });

    it('saving with an old version is refused', async () => {
      const res = await world.gql<any>(
        SAVE,
        { kind: 'stage1_extension', body: 'Hi {{customerName}}', version: 0 },
        world.org.people.admin,
      );
      expect(res.body.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    });
  });
});
