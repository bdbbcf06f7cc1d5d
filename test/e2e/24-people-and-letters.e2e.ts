import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays, londonDateTime } from '@chp/domain';
import {
  baseUrl,
  describeViolations,
  open,
  openBrowser,
  screenshot,
  screenshotOnFailure,
  seriousViolations,
  settled,
  signIn,
  signOut,
  USERS,
  type Browser,
} from './support/browser';

const REPRESENTATIVE = 'Alan Kerr';
const OFFICERS = ['Ross Duncan', 'Eilidh Fraser'] as const;
const HANDLER = 'Callum Stewart';
const SUPPORT_CONTACT = 'Morag Campbell';
const POINTS = [
  'The damp in the bedroom was not inspected after three reports.',
  'The housing officer said the tenant caused the damp without looking.',
];
const APOLOGY =
  'We are sorry that nobody inspected the damp: the reports were closed without a visit.';
// a distinctive sentence of the SPSO's recommended wording (§75)
const SPSO_PHRASE =
  'The Scottish Public Services Ombudsman (SPSO) is the final stage for complaints about public services in Scotland.';

const axeClean = async (page: Page) =>
  expect(describeViolations(await seriousViolations(page))).toBe('');

const success = (scope: Page | Locator, text: string) =>
  scope.locator('p.success', { hasText: text }).waitFor();

/**
 * Issue 16, the people in a complaint and what they were told: a representative with consent and
 * a large-print need (Part 1 §15–17), two officers named, told and given a support contact (§48),
 * the acknowledgement with the points (§40, §42–43), an extension asked for and agreed (§27,
 * §62), the update owed to the staff (§62), and the final response with findings, an apology, a
 * named contact and the SPSO's wording, signed off, sent and read back (§65–66, §75).
 */
describe('the people in a complaint and what they were told (§48, §62, §65–66, §75)', () => {
  let handler: Browser;
  let other: Browser;
  let reference = '';
  let complaintPath = '';
  const today = londonDateTime(new Date().toISOString()).date;
  screenshotOnFailure(() => handler?.page);
  beforeAll(async () => {
    handler = await openBrowser();
    other = await openBrowser();
  });
  afterAll(async () => {
    await handler?.close();
    await other?.close();
  });

  const staffRow = (page: Page, name: string) =>
    page
      .locator('section[aria-labelledby="staff-complained-about-heading"] tbody tr')
      .filter({ has: page.getByRole('rowheader', { name }) });
  const letters = (page: Page) => page.locator('section[aria-labelledby="letters-heading"]');

  /** Writes a letter of `kind` from the letters panel and drafts it; returns the draft's text. */
  async function draftLetter(page: Page, kind: string, fill?: (form: Locator) => Promise<void>) {
    await letters(page).getByRole('button', { name: 'Write a letter' }).click();
    const form = page.locator('#write-letter');
    await form.getByLabel('Letter', { exact: true }).selectOption({ label: kind });
    if (fill) await fill(form);
    await form.getByRole('button', { name: 'Draft the letter' }).click();
    const text = form.getByLabel('Letter text');
    await expect.poll(() => text.inputValue()).not.toBe('');
    return { form, text: await text.inputValue() };
  }

  it('a handler records a complaint for a tenant’s representative with consent and a large-print need (§36; Part 1 §15–17)', async () => {
    const page = handler.page;
    await signIn(page, 'handler');
    await open(page, '/complaints');
    await page.getByRole('button', { name: 'Record a complaint' }).click();
    const form = page.locator('section[aria-labelledby="record-heading"]');
    await form.getByLabel('Straight to stage 2 (investigation)').check();
    await form
      .getByLabel('Service area', { exact: true })
      .selectOption({ label: 'Repairs and maintenance' });
    await form.getByLabel('Category').fill('Damp and mould');
    await form
      .getByLabel('What the complaint is about')
      .fill(
        'Damp in the bedroom reported three times and never inspected; the housing officer and the repairs officer blamed the tenant.',
      );
    await form.getByLabel('Name', { exact: true }).fill('Jean Tenant');
    await form.getByLabel('E-mail', { exact: true }).fill('jean.tenant@example.org');
    await form.getByLabel('Someone is complaining for the customer').check();
    await form.getByLabel("Representative's name").fill(REPRESENTATIVE);
    await form.getByLabel('Relationship or organisation').fill('Son');
    await form.getByLabel("Representative's e-mail").fill('alan.kerr@example.org');
    await form.getByLabel("Representative's phone").fill('0141 496 0000');
    await form.getByLabel('The customer has given consent').check();
    await form.getByLabel('Consent given on').fill(today);
    const scope = form.getByRole('group', { name: 'The consent covers' });
    for (const what of [
      'To act on this complaint',
      'To be told about the complaint',
      'To receive the response',
    ])
      await scope.getByLabel(what).check();
    await form
      .getByRole('group', { name: 'Support needs and adjustments' })
      .getByLabel('Large print')
      .check();
    await form.getByRole('button', { name: 'Record the complaint' }).click();
    await page.getByRole('heading', { name: /^Complaint CMP-\d{4}-\d{5}$/ }).waitFor();
    reference = ((await page.locator('main h1').textContent()) ?? '').replace('Complaint ', '');
    complaintPath = new URL(page.url()).pathname;
    await settled(page);
    const side = page.locator('section[aria-labelledby="customer-side-heading"]');
    const tags = side.locator('p.tags');
    await tags.getByText('Large print', { exact: true }).waitFor();
    await tags.getByText('Representative', { exact: true }).waitFor();
    const facts = (await side.locator('dl.facts').textContent()) ?? '';
    expect(facts).toContain('Letters go toThe representative');
    expect(facts).toContain(`${REPRESENTATIVE} (Son), alan.kerr@example.org, 0141 496 0000`);
    expect(facts).toContain(`Given on `);
    for (const what of [
      'to act on this complaint',
      'to be told about the complaint',
      'to receive the response',
    ])
      expect(facts).toContain(what);
    expect(facts).toContain('Large print');
    await axeClean(page);
  });

  it('names two officers, who owe no update before any extension (§48, §37)', async () => {
    const page = handler.page;
    const panel = page.locator('section[aria-labelledby="staff-complained-about-heading"]');
    for (const name of OFFICERS) {
      await panel.getByRole('button', { name: 'Name a member of staff' }).click();
      await panel.getByLabel('Member of staff complained about').selectOption({ label: name });
      await panel.getByRole('button', { name: 'Name', exact: true }).click();
      await success(panel, `${name} named; they have been sent an e-mail.`);
      await staffRow(page, name).waitFor();
    }
    for (const name of OFFICERS) {
      const cells = await staffRow(page, name).locator('td').allTextContents();
      // Told, Support contact, Updates, Next update due, Response shared
      expect(cells.slice(0, 5)).toEqual(['Not yet told', 'None yet', 'None', '—', 'Not yet']);
    }
    await axeClean(page);
  });

  it('the officers are notified: the Outbox holds a "named in complaint" e-mail to each (§48)', async () => {
    const page = other.page;
    await signIn(page, 'admin');
    await open(page, '/outbox');
    await settled(page);
    for (const email of [USERS.staff, USERS.communications]) {
      await page
        .getByRole('listitem')
        .filter({ hasText: `To ${email}` })
        .filter({
          has: page.getByRole('heading', { name: `You are named in complaint ${reference}` }),
        })
        .first()
        .waitFor();
    }
    await signOut(page);
  });

  it('choosing the investigator as support contact is refused; another colleague is accepted (§48)', async () => {
    const page = handler.page;
    const panel = page.locator('section[aria-labelledby="staff-complained-about-heading"]');
    const [first, second] = OFFICERS;
    await panel.getByRole('button', { name: `Set support contact: ${first}` }).click();
    const form = page.locator('#staff-support');
    await form.getByLabel('Support contact', { exact: true }).selectOption({ label: HANDLER });
    await form.getByRole('button', { name: 'Set support contact' }).click();
    await form
      .locator('[data-field-error]', {
        hasText: 'The support contact may not be the person investigating the complaint (§48).',
      })
      .waitFor();
    expect(await staffRow(page, first).locator('td').nth(1).textContent()).toBe('None yet');
    await axeClean(page);
    await form
      .getByLabel('Support contact', { exact: true })
      .selectOption({ label: SUPPORT_CONTACT });
    await form.getByRole('button', { name: 'Set support contact' }).click();
    await success(panel, `${SUPPORT_CONTACT} is ${first}'s support contact`);
    await panel.getByRole('button', { name: `Set support contact: ${second}` }).click();
    await page
      .locator('#staff-support')
      .getByLabel('Support contact', { exact: true })
      .selectOption({ label: SUPPORT_CONTACT });
    await page
      .locator('#staff-support')
      .getByRole('button', { name: 'Set support contact' })
      .click();
    await success(panel, `${SUPPORT_CONTACT} is ${second}'s support contact`);
    for (const name of OFFICERS)
      expect(await staffRow(page, name).locator('td').nth(1).textContent()).toBe(SUPPORT_CONTACT);
  });

  it('the acknowledgement is generated with the points agreed, sent, and stage 2 acknowledged (§40, §42–43)', async () => {
    const page = handler.page;
    await page.getByRole('button', { name: 'Agree the points of complaint', exact: true }).click();
    await page.getByLabel('Point 1').fill(POINTS[0]!);
    await page.getByRole('button', { name: 'Add a point' }).click();
    await page.getByLabel('Point 2').fill(POINTS[1]!);
    await page.getByRole('button', { name: 'Agree the points', exact: true }).click();
    await success(page, '2 points of complaint agreed.');
    const { form, text } = await draftLetter(page, 'Stage 2 acknowledgement');
    for (const point of POINTS) expect(text).toContain(point);
    expect(text).toContain(reference);
    for (const point of POINTS)
      await form.getByRole('region', { name: 'Letter preview' }).getByText(point).waitFor();
    await axeClean(page);
    await form.getByRole('button', { name: 'Record as sent' }).click();
    await success(letters(page), 'Stage 2 acknowledgement recorded as sent.');
    await page.getByRole('button', { name: 'Acknowledge stage 2', exact: true }).click();
    await page.getByRole('button', { name: 'Acknowledge', exact: true }).click();
    await success(page, 'Stage 2 acknowledged.');
  });

  it('the handler asks for an extension and a manager agrees it from "Waiting for you" (§62, §27)', async () => {
    const page = handler.page;
    const dueOn = addWorkingDays(today, 45);
    const ask = page.locator('section[aria-labelledby="ask-manager-heading"]');
    await ask.getByRole('button', { name: 'Ask for an extension' }).click();
    await ask.getByLabel('New due date').fill(dueOn);
    await ask
      .getByLabel('Why more time is needed')
      .fill('A damp survey by an independent surveyor is booked.');
    await ask.getByRole('button', { name: 'Ask a manager' }).click();
    await success(ask, 'A manager is asked to agree the extension to');
    await axeClean(page);

    const manager = other.page;
    await signIn(manager, 'manager');
    await open(manager, '/');
    await settled(manager);
    const request = manager.getByRole('form', { name: `Extension for ${reference}` });
    const showAll = manager.getByRole('button', { name: /^Show all \d+$/ });
    if (await showAll.count()) await showAll.click();
    await request
      .getByText('Asked for: A damp survey by an independent surveyor is booked.')
      .waitFor();
    await request.getByRole('button', { name: /^Agree the extension to / }).click();
    await request.waitFor({ state: 'detached' });
    await open(manager, complaintPath);
    await settled(manager);
    expect(await manager.locator('ol.journey').textContent()).toContain('xtended');
  });

  it('the update owed to the staff is shown as due, and recording it counts for that officer only (§62)', async () => {
    const page = handler.page;
    await open(page, complaintPath);
    await settled(page);
    const [first, second] = OFFICERS;
    const due = staffRow(page, first).locator('td').nth(3);
    await expect.poll(() => due.textContent()).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}/);
    expect(await staffRow(page, second).locator('td').nth(3).textContent()).toMatch(
      /^\d{1,2} [A-Z][a-z]{2} \d{4}/,
    );
    const panel = page.locator('section[aria-labelledby="staff-complained-about-heading"]');
    await panel.getByRole('button', { name: `Record update: ${first}` }).click();
    const form = page.locator('#staff-update');
    await form.getByLabel('Updated on').waitFor();
    await form.getByLabel('How they were updated').selectOption({ label: 'Phone' });
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await success(panel, `Update to ${first} recorded.`);
    await expect
      .poll(() => staffRow(page, first).locator('td').nth(2).textContent())
      .toMatch(/^1 update, the latest .+ \(phone\)$/);
    expect(await staffRow(page, second).locator('td').nth(2).textContent()).toBe('None');
    await axeClean(page);
  });

  it('the handler asks for sign-off and a manager signs off the final response (§65)', async () => {
    const page = handler.page;
    const ask = page.locator('section[aria-labelledby="ask-manager-heading"]');
    await ask.getByRole('button', { name: 'Ask for sign-off' }).click();
    await ask.getByRole('button', { name: 'Ask a manager' }).click();
    await success(ask, 'An empowered manager is asked to sign off the response.');

    const manager = other.page;
    await open(manager, '/');
    await settled(manager);
    const showAll = manager.getByRole('button', { name: /^Show all \d+$/ });
    if (await showAll.count()) await showAll.click();
    await manager
      .getByTestId('work-queue')
      .getByRole('link', { name: `Sign off the response (§65): ${reference}` })
      .click();
    await manager.getByRole('heading', { name: `Complaint ${reference}` }).waitFor();
    await settled(manager);
    await manager.getByRole('button', { name: 'Sign off the response', exact: true }).click();
    await manager.getByRole('button', { name: 'Sign off', exact: true }).click();
    await success(manager, 'Stage 2 response signed off.');
  });

  it('the final response is generated with a finding on each point, the apology, a named contact and the SPSO wording, and sent (§66, §75)', async () => {
    const page = handler.page;
    await open(page, complaintPath);
    await settled(page);
    const { form, text } = await draftLetter(page, 'Stage 2 final response', async (f) => {
      const findings = f.locator('.finding');
      await findings.nth(0).getByRole('radio', { name: 'Upheld', exact: true }).check();
      await findings.nth(1).getByRole('radio', { name: 'Not upheld', exact: true }).check();
      await f
        .getByLabel('Reasons for the decision')
        .fill('The survey found condensation damp from a failed extractor fan.');
      await f.getByLabel('Apology').fill(APOLOGY);
    });
    expect(text).toContain(`${POINTS[0]}`);
    expect(text).toContain('We have upheld this point.');
    expect(text).toContain('We have not upheld this point.');
    expect(text).toContain(APOLOGY);
    expect(text).toContain(`${HANDLER} is available to explain any part of this letter.`);
    expect(text).toContain(SPSO_PHRASE);
    expect(text).not.toContain('[to write');
    await axeClean(page);
    await form.getByRole('button', { name: 'Record as sent' }).click();
    await success(letters(page), 'Stage 2 final response recorded as sent.');
    // the letter sent is the record of what was said and how: closing asks only for the findings
    await page.getByRole('button', { name: 'Close with the outcome', exact: true }).click();
    const close = page.locator('.finding');
    await close.nth(0).getByRole('radio', { name: 'Upheld', exact: true }).check();
    await close.nth(1).getByRole('radio', { name: 'Not upheld', exact: true }).check();
    await page.getByRole('button', { name: 'Close stage 2' }).click();
    await success(page, 'Stage 2 closed.');
    expect(await page.locator('ol.journey').textContent()).toContain(
      'Stage 2 closed: partially upheld',
    );
  });

  it('the stored final response reads back as sent, in HTML and in large print (§69)', async () => {
    const page = handler.page;
    const item = letters(page).locator('li', { hasText: 'Stage 2 final response' });
    expect(await item.textContent()).toMatch(/^Stage 2 final response: sent by letter on /);
    const href = await item.getByRole('link', { name: 'Open (HTML)' }).getAttribute('href');
    for (const path of [href!, `${href!}?print=large`]) {
      const res = await handler.context.request.get(new URL(path, baseUrl()).toString());
      expect(res.status()).toBe(200);
      const html = await res.text();
      expect(html).toContain(APOLOGY);
      expect(html).toContain(SPSO_PHRASE);
      expect(html).toContain('We have not upheld this point.');
    }
    const word = await handler.context.request.get(
      new URL(
        (await item.getByRole('link', { name: 'Word', exact: true }).getAttribute('href'))!,
        baseUrl(),
      ).toString(),
    );
    expect(word.status()).toBe(200);
    await screenshot(page, '24-people-and-letters');
    await axeClean(page);
  });

  it('the complaint page is axe-clean at 375 px, as a manager sees it', async () => {
    const page = other.page;
    await page.setViewportSize({ width: 375, height: 800 });
    await open(page, complaintPath);
    await settled(page);
    await axeClean(page);
  });
});
