import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { addDays, displayDate, isWorkingDay, londonDateTime } from '@chp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  type Browser,
} from './support/browser';

const suffix = randomBytes(3).toString('hex');
const ORGANISATION = `Loch Ard Homes ${suffix}`;
const SLUG = `loch-ard-${suffix}`;
const ADMIN_EMAIL = `morag.fraser@${SLUG}.example`;
const ADMIN_PASSWORD = `heather on the ${suffix} braes`;
const AREA = 'Repairs';
const HANDLER = 'Calum Shaw';

const today = londonDateTime(new Date().toISOString()).date;
/** A working day at least two days ahead: a complaint received today is still open across it (Appendix 1 §1). */
function strikeDay(): string {
  let d = addDays(today, 2);
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

/** Axe-clean at the desktop width and on a phone (375 px). */
async function axeCleanAtBothWidths(page: Page, what: string): Promise<void> {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    const violations = await seriousViolations(page);
    expect(violations, `${what} at ${width} px:\n${describeViolations(violations)}`).toEqual([]);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/**
 * Going live without a developer (issue 13): a new organisation set up entirely on screen by its
 * first administrator — settings, a strike day that moves an open complaint's due date, a
 * handler invited, a service area, two root causes merged, the audit log read. Nothing here
 * types GraphQL: every step is a page of the dashboard.
 */
describe('a new organisation set up on screen by its first administrator (docs/procedure.md, Sector settings; Accounts; Root causes; Appendix 1 §1)', () => {
  let b: Browser;
  let invitation = '';
  let reference = '';
  const strike = strikeDay();
  screenshotOnFailure(() => b?.page);
  beforeAll(async () => {
    b = await openBrowser(1280, 900);
  });
  afterAll(async () => {
    await b?.close();
  });

  it('the platform administrator creates the organisation and is given its first administrator’s invitation link', async () => {
    const page = b.page;
    await signIn(page, 'admin');
    await open(page, '/platform');
    await settled(page);
    const form = page.locator('#new-organisation');
    await form.getByLabel('Name', { exact: true }).fill(ORGANISATION);
    await form.getByLabel('Short name').fill(SLUG);
    await form.getByLabel('Sector').selectOption('housing');
    await form.getByLabel("First administrator's name").fill('Morag Fraser');
    await form.getByLabel("First administrator's e-mail").fill(ADMIN_EMAIL);
    await page.getByRole('button', { name: 'Create the organisation' }).click();
    await page.getByRole('heading', { name: `${ORGANISATION} is created` }).waitFor();
    invitation = await page.getByLabel('Invitation link').inputValue();
    expect(invitation).toMatch(new RegExp(`^${baseUrl()}/set-password#token=[\\w-]{43}$`));
    await signOut(page);
  });

  it('the new administrator accepts the invitation, chooses a password and signs in', async () => {
    const page = b.page;
    await page.goto(invitation);
    await page.getByRole('heading', { name: 'Accept your invitation', level: 1 }).waitFor();
    await page.getByLabel('New password', { exact: true }).fill(ADMIN_PASSWORD);
    await page.getByLabel('New password again').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.getByText('Your password is set.').waitFor();
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByLabel('E-mail address').fill(ADMIN_EMAIL);
    await page.getByLabel('Password').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Administration' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    await axeCleanAtBothWidths(page, 'Administration');
  });

  it('sets the cut-off time to 17:00 and the word for the person complaining to "complainant"', async () => {
    const page = b.page;
    await page.locator('main').getByRole('link', { name: 'Organisation', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisation settings' }).waitFor();
    await settled(page);
    await page.getByLabel('Cut-off time (optional)').fill('17:00');
    await page.getByLabel('The word for the person complaining').fill('complainant');
    await page.getByRole('button', { name: 'Save the settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    await open(page, '/admin/organisation');
    await settled(page);
    expect(await page.getByLabel('Cut-off time (optional)').inputValue()).toBe('17:00');
    expect(await page.getByLabel('The word for the person complaining').inputValue()).toBe(
      'complainant',
    );
    await axeCleanAtBothWidths(page, 'Organisation settings');
  });

  it('adds a service area, which the record form then offers', async () => {
    const page = b.page;
    await open(page, '/admin/service-areas');
    await page.locator('#add-area').getByLabel('Name').fill(AREA);
    await page.locator('#add-area').getByRole('button', { name: 'Add' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Added ${AREA}` })
      .waitFor();
    await axeCleanAtBothWidths(page, 'Service areas');
  });

  it('records an open complaint, received today, in the new service area', async () => {
    const page = b.page;
    await open(page, '/complaints');
    await page.getByRole('button', { name: 'Record a complaint' }).click();
    const form = page.locator('section[aria-labelledby="record-heading"]');
    await form.getByLabel('Service area', { exact: true }).selectOption({ label: AREA });
    await form.getByLabel('Category').fill('Damp');
    await form.getByLabel('What the complaint is about').fill('Damp in the bedroom not fixed.');
    await form.getByRole('button', { name: 'Record the complaint' }).click();
    await page.getByRole('heading', { name: /^Complaint CMP-\d{4}-\d{5}$/ }).waitFor();
    await settled(page);
    reference = ((await page.locator('main h1').textContent()) ?? '').replace('Complaint ', '');
    // the organisation's word is used where the dashboard names the person
    expect(
      await page.getByRole('heading', { level: 3, name: 'Complainant', exact: true }).count(),
    ).toBe(1);
  });

  it('adds a strike day: before saving it says the complaint’s due date moves, and afterwards the complaint shows the later date', async () => {
    const page = b.page;
    await open(page, '/admin/closure-days');
    await settled(page);
    if (strike.slice(0, 4) !== today.slice(0, 4))
      await page.getByRole('button', { name: /^Next year/ }).click();
    await page.locator(`button[data-date="${strike}"]`).click();
    await page.getByRole('heading', { level: 2, name: displayDate(strike) }).waitFor();
    await page.getByLabel('Reason').selectOption('industrial_action');
    await page.getByLabel('Description (optional)').fill('Strike');
    await page.getByRole('button', { name: 'Add as a closure day' }).click();
    await page.getByRole('heading', { name: 'Before adding this closure day' }).waitFor();
    // the new organisation's only complaint: its reference heads the rows of its moving dates
    await page.getByRole('link', { name: reference }).waitFor();
    const row = page.locator('table tbody tr', {
      has: page.getByRole('cell', { name: 'Stage 1 due (day 5)', exact: true }),
    });
    const cells = row.locator('td');
    const from = (await cells.nth(1).textContent())!;
    const to = (await cells.nth(2).textContent())!;
    expect(to).not.toBe(from);
    await axeCleanAtBothWidths(page, 'Closure-day preview');
    await page.getByRole('button', { name: 'Add the closure day' }).click();
    await page.getByText(`${displayDate(strike)} is now a closure day.`).waitFor();

    await open(page, '/complaints');
    await settled(page);
    await page.getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { name: `Complaint ${reference}` }).waitFor();
    await settled(page);
    const due = page.locator('table.deadlines tr', {
      has: page.getByRole('rowheader', { name: 'Stage 1 due (day 5)', exact: true }),
    });
    expect(await due.locator('td').textContent()).toContain(to);
  });

  it('invites a complaint handler and is shown the link to pass on', async () => {
    const page = b.page;
    await open(page, '/staff');
    await page.getByRole('button', { name: 'Invite someone' }).click();
    const form = page.locator('#invite');
    await form.getByLabel('Name', { exact: true }).fill(HANDLER);
    await form.getByLabel('E-mail address').fill(`calum.shaw@${SLUG}.example`);
    await form.getByLabel('Role').selectOption({ label: 'Complaint handler' });
    await form.getByLabel('Service area').selectOption({ label: AREA });
    await form.getByRole('button', { name: 'Invite and make the link' }).click();
    await page.getByRole('heading', { name: `Invitation link for ${HANDLER}` }).waitFor();
    expect(await page.getByLabel('Link', { exact: true }).inputValue()).toMatch(
      /\/set-password#token=[\w-]{43}$/,
    );
    await axeCleanAtBothWidths(page, 'Staff');
  });

  it('merges two root causes; the survivor stays and the other reads "Merged into …"', async () => {
    const page = b.page;
    await open(page, '/admin/root-causes');
    await settled(page);
    const [merged, survivor] = ['Letters hard to read', 'Letters unclear'];
    for (const name of [merged, survivor]) {
      const form = page.locator('#add-cause');
      await form.getByLabel('Name', { exact: true }).fill(name);
      await form.getByRole('button', { name: 'Add' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `Added ${name}.` })
        .waitFor();
    }
    await page.getByRole('button', { name: `Change ${merged}` }).click();
    await page.getByRole('heading', { name: merged, level: 2 }).waitFor();
    await page.getByLabel('Merge into').selectOption({ label: survivor });
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Merged ${merged} into ${survivor}` })
      .waitFor();
    const status = (name: string) =>
      page
        .locator('tbody tr', { has: page.getByRole('rowheader', { name, exact: true }) })
        .locator('td')
        .first()
        .textContent();
    expect(await status(survivor)).toBe('Active');
    expect(await status(merged)).toBe(`Merged into ${survivor}`);
    await axeCleanAtBothWidths(page, 'Root causes');
  });

  it('reads every one of these changes in the audit log', async () => {
    const page = b.page;
    await open(page, '/admin/audit');
    await settled(page);
    const table = page.locator('main table tbody');
    await table.locator('tr').first().waitFor();
    const text = (await table.textContent()) ?? '';
    for (const operation of [
      'Update organisation settings',
      'Add closure day',
      'Invite person',
      'Create service area',
      'Merge root causes',
    ])
      expect(text, operation).toContain(operation);
    await axeCleanAtBothWidths(page, 'Audit log');
    await screenshot(page, 'new-administrator-audit');
    expect(b.errors).toEqual([]);
  });
});
