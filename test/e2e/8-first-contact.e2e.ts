import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeViolations,
  open,
  openBrowser,
  screenshot,
  screenshotOnFailure,
  seriousViolations,
  settled,
  signIn,
  type Browser,
} from './support/browser';

/**
 * First contact (§11–12; docs/procedure.md, Before stage 1): an enquiry is recorded as "not a
 * complaint" with the signposting given, and the register finds it under that outcome.
 */
describe('a first contact that is not a complaint', () => {
  let b: Browser;
  screenshotOnFailure(() => b?.page);
  let reference = '';
  beforeAll(async () => {
    b = await openBrowser();
    await signIn(b.page, 'handler');
  });
  afterAll(async () => {
    await b?.close();
  });

  it('records an enquiry with the signposting given, on a form with no serious accessibility problem (§12)', async () => {
    const page = b.page;
    await open(page, '/complaints');
    await page.getByRole('button', { name: 'Record a complaint' }).click();
    const form = page.locator('section[aria-labelledby="record-heading"]');
    await form.getByLabel('An enquiry').check();
    // the complaint's own questions give way to the signposting
    await form.getByLabel('Signposting given').waitFor();
    expect(await form.getByText('Straight to stage 2 (investigation)').count()).toBe(0);
    await form.getByRole('button', { name: 'Record the contact' }).click();
    await form
      .locator('.error-message', {
        hasText: 'Say what the person was told and where they were sent.',
      })
      .waitFor();
    await form
      .getByLabel('Service area', { exact: true })
      .selectOption({ label: 'Repairs and maintenance' });
    await form.getByLabel('Category').fill('Bin collection');
    await form
      .getByLabel('What the complaint is about')
      .fill('Asked which day the bins are collected in the new estate.');
    await form
      .getByLabel('Signposting given')
      .fill("Not ours: gave the council's waste services number.");
    expect(describeViolations(await seriousViolations(page))).toBe('');
    await screenshot(page, 'first-contact-enquiry');
    await form.getByRole('button', { name: 'Record the contact' }).click();
    await page.getByRole('heading', { name: /^Complaint CMP-\d{4}-\d{5}$/ }).waitFor();
    reference = ((await page.locator('main h1').textContent()) ?? '').replace('Complaint ', '');
    await settled(page);
    const facts = (await page.locator('dl.facts').first().textContent()) ?? '';
    expect(facts).toContain('An enquiry');
    expect(facts).toContain('Not a complaint');
    expect(facts).toContain("Not ours: gave the council's waste services number.");
    expect(await page.locator('ol.journey').textContent()).toContain('Ended: not a complaint');
    expect(describeViolations(await seriousViolations(page))).toBe('');
  });

  it('the register finds it under "Not a complaint", and not among the open complaints', async () => {
    const page = b.page;
    await open(page, '/complaints?status=not_a_complaint');
    await settled(page);
    const row = page.locator('table.register tbody tr', { hasText: reference });
    await row.waitFor();
    expect(await row.textContent()).toContain('Not a complaint');
    expect(await page.getByLabel('Status').inputValue()).toBe('not_a_complaint');
    expect(describeViolations(await seriousViolations(page))).toBe('');
    await open(page, '/complaints?status=open');
    await settled(page);
    expect(await page.locator('table.register tbody tr', { hasText: reference }).count()).toBe(0);
  });
});
