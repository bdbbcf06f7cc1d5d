import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  baseUrl,
  describeViolations,
  open,
  openBrowser,
  screenshot,
  screenshotOnFailure,
  seriousViolations,
  signIn,
  type Browser,
} from './support/browser';

const suffix = randomBytes(3).toString('hex');
const HANDLER = `Isla Reid ${suffix}`;
const AREA = `Factoring ${suffix}`;
const MERGED = `Letters hard to read ${suffix}`;
const SURVIVOR = `Letters unclear ${suffix}`;

async function axeClean(page: Page): Promise<void> {
  const violations = await seriousViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

async function addRootCause(page: Page, name: string): Promise<void> {
  const form = page.locator('#add-cause');
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByRole('button', { name: 'Add' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `Added ${name}.` })
    .waitFor();
}

describe('administration as the demo administrator: staff, service areas, root causes (docs/procedure.md, Accounts; Root causes)', () => {
  let b: Browser;
  screenshotOnFailure(() => b?.page);
  beforeAll(async () => {
    b = await openBrowser(1280, 900);
    await signIn(b.page, 'admin');
  });
  afterAll(async () => {
    await b?.close();
  });

  it('invites a complaint handler and is shown the invitation link to pass on', async () => {
    const page = b.page;
    await open(page, '/staff');
    await page.getByRole('button', { name: 'Invite someone' }).click();
    const form = page.locator('#invite');
    await form.getByLabel('Name', { exact: true }).fill(HANDLER);
    await form.getByLabel('E-mail address').fill(`isla.${suffix}@demo.chp.example`);
    await form.getByLabel('Role').selectOption({ label: 'Complaint handler' });
    await form.getByLabel('Service area').selectOption({ index: 1 });
    await axeClean(page);
    await form.getByRole('button', { name: 'Invite and make the link' }).click();
    await page.getByRole('heading', { name: `Invitation link for ${HANDLER}` }).waitFor();
    const link = await page.getByLabel('Link', { exact: true }).inputValue();
    expect(link).toMatch(new RegExp(`^${baseUrl()}/set-password#token=[\\w-]{43}$`));
    await axeClean(page);
    await screenshot(page, 'staff-invited');
  });

  it('makes the invited handler a manager, then deactivates them', async () => {
    const page = b.page;
    await page.getByLabel('Find by name or e-mail').fill(HANDLER);
    await page.getByRole('button', { name: `Change ${HANDLER}` }).click();
    const form = page.locator('#person');
    await form.getByLabel('Role').selectOption({ label: 'Manager' });
    await form.getByRole('button', { name: 'Save role and service area' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Saved: ${HANDLER}` })
      .waitFor();
    const row = page.locator('tbody tr', { has: page.getByRole('rowheader', { name: HANDLER }) });
    await expect.poll(() => row.locator('td').nth(1).textContent()).toBe('Manager');
    await page.getByRole('button', { name: 'Deactivate' }).click();
    await page.getByRole('status').filter({ hasText: 'deactivated and signed out' }).waitFor();
    await expect.poll(() => row.locator('td').nth(3).textContent()).toBe('Deactivated');
    await axeClean(page);
  });

  it('adds a service area, which is then offered', async () => {
    const page = b.page;
    await open(page, '/admin/service-areas');
    await page.locator('#add-area').getByLabel('Name').fill(AREA);
    await page.locator('#add-area').getByRole('button', { name: 'Add' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Added ${AREA}` })
      .waitFor();
    const row = page.locator('tbody tr', { has: page.getByRole('rowheader', { name: AREA }) });
    await expect.poll(() => row.locator('td').first().textContent()).toBe('Offered');
    await axeClean(page);
    await screenshot(page, 'service-areas');
  });

  it('merges two root causes and sees the survivor, the merged one kept as merged into it', async () => {
    const page = b.page;
    await open(page, '/admin/root-causes');
    await addRootCause(page, MERGED);
    await addRootCause(page, SURVIVOR);
    await page.getByRole('button', { name: `Change ${MERGED}` }).click();
    await page.getByRole('heading', { name: MERGED, level: 2 }).waitFor();
    await axeClean(page);
    await page.getByLabel('Merge into').selectOption({ label: SURVIVOR });
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Merged ${MERGED} into ${SURVIVOR}` })
      .waitFor();
    const status = (name: string) =>
      page
        .locator('tbody tr', { has: page.getByRole('rowheader', { name, exact: true }) })
        .locator('td')
        .first()
        .textContent();
    expect(await status(SURVIVOR)).toBe('Active');
    expect(await status(MERGED)).toBe(`Merged into ${SURVIVOR}`);
    await axeClean(page);
    await screenshot(page, 'root-causes-merged');
  });
});

describe('the administration pages are axe-clean on a phone (375 px)', () => {
  let b: Browser;
  screenshotOnFailure(() => b?.page);
  beforeAll(async () => {
    b = await openBrowser(375, 800);
    await signIn(b.page, 'admin');
  });
  afterAll(async () => {
    await b?.close();
  });

  it('the staff page with a member of staff open to change', async () => {
    await open(b.page, '/staff');
    await b.page
      .getByRole('button', { name: /^Change / })
      .first()
      .click();
    await b.page.getByRole('button', { name: 'Save role and service area' }).waitFor();
    await axeClean(b.page);
  });

  it('the service areas page with an area open to change', async () => {
    await open(b.page, '/admin/service-areas');
    await b.page
      .getByRole('button', { name: /^Change / })
      .first()
      .click();
    await b.page.getByRole('button', { name: 'Rename' }).waitFor();
    await axeClean(b.page);
  });

  it('the root causes page with a cause open to change', async () => {
    await open(b.page, '/admin/root-causes');
    await b.page
      .getByRole('button', { name: /^Change / })
      .first()
      .click();
    await b.page.getByRole('button', { name: 'Rename' }).waitFor();
    await axeClean(b.page);
    await screenshot(b.page, 'root-causes-375');
  });
});
