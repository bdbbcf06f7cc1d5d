import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeViolations,
  open,
  openBrowser,
  screenshotOnFailure,
  seriousViolations,
  settled,
  signIn,
  signOut,
  type Browser,
} from './support/browser';

/**
 * Correcting a record (docs/procedure.md, Correcting a record): a handler corrects the service
 * area, then the customer's contact details and the staff named, with a reason, and sees each in
 * the journey; a manager voids a closure recorded by mistake and the complaint is open again.
 */
describe('corrections and voided steps (docs/procedure.md, Correcting a record)', () => {
  let b: Browser;
  screenshotOnFailure(() => b?.page);
  let complaintPath = '';
  beforeAll(async () => {
    b = await openBrowser();
  });
  afterAll(async () => {
    await b?.close();
  });

  it('a handler records a complaint against the wrong service area and closes stage 1', async () => {
    const page = b.page;
    await signIn(page, 'handler');
    await open(page, '/complaints');
    await page.getByRole('button', { name: 'Record a complaint' }).click();
    const form = page.locator('section[aria-labelledby="record-heading"]');
    await form
      .getByLabel('Service area', { exact: true })
      .selectOption({ label: 'Repairs and maintenance' });
    await form.getByLabel('Category').fill('Rent statement');
    await form
      .getByLabel('What the complaint is about')
      .fill('The rent statement shows a payment twice and the arrears letter was wrong.');
    await form.getByRole('button', { name: 'Record the complaint' }).click();
    await page.getByRole('heading', { name: /^Complaint CMP-\d{4}-\d{5}$/ }).waitFor();
    complaintPath = new URL(page.url()).pathname;
    await page.getByRole('button', { name: 'Close with the outcome', exact: true }).click();
    await page.getByRole('radio', { name: 'Upheld', exact: true }).check();
    await page.getByLabel('Reasons for the decision').fill('The payment was entered twice.');
    await page.getByLabel('How the response was given').selectOption('phone');
    await page.getByRole('button', { name: 'Close stage 1' }).click();
    await page.locator('p.success', { hasText: 'Stage 1 closed.' }).waitFor();
  });

  it('the handler corrects the service area with a reason and sees the correction in the journey', async () => {
    const page = b.page;
    await page.getByRole('button', { name: 'Correct details', exact: true }).click();
    const form = page.locator('#step-correct');
    const select = form.getByLabel('Service area', { exact: true });
    const other = (await select.locator('option').allTextContents()).find(
      (t) => t.trim() !== 'Repairs and maintenance',
    )!;
    await select.selectOption({ label: other });
    await form
      .getByLabel('Why the record was wrong')
      .fill('Recorded under repairs by mistake: it is about rent.');
    await form.getByRole('button', { name: 'Save the correction' }).click();
    await page.locator('p.success', { hasText: 'Details corrected.' }).waitFor();
    const journey = (await page.locator('ol.journey').textContent()) ?? '';
    expect(journey).toContain('Details corrected');
    expect(journey).toContain(`Service area: Repairs and maintenance → ${other.trim()}`);
    expect(journey).toContain('Recorded under repairs by mistake: it is about rent.');
    await settled(page);
    expect(describeViolations(await seriousViolations(page))).toBe('');
  });

  it("the handler corrects the customer's e-mail and preferred contact and the staff named, and sees each listed (§62)", async () => {
    const page = b.page;
    await page.getByRole('button', { name: 'Correct details', exact: true }).click();
    const form = page.locator('#step-correct');
    // managers assign handlers: a handler is not offered the field
    expect(await form.getByLabel('Handler', { exact: true }).count()).toBe(0);
    // a refused detail is shown next to its field, from the API's code
    const email = form.getByLabel('E-mail', { exact: true });
    await email.fill('morag at example');
    await form.getByLabel('Why the record was wrong').fill('The e-mail came in a letter.');
    await form.getByRole('button', { name: 'Save the correction' }).click();
    await form.locator('[id="step-correct-customerEmail-error"]').waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('[data-error-summary] a').getAttribute('href')).toBe(
      '#step-correct-customerEmail',
    );
    await email.fill('morag.tenant@example.org');
    await form.getByLabel('Preferred contact', { exact: true }).selectOption({ label: 'E-mail' });
    const staff = form.getByRole('group', { name: 'Staff the complaint is about' });
    const first = staff.getByRole('checkbox').first();
    const named = ((await staff.locator('label').first().textContent()) ?? '').trim();
    await first.check();
    await form
      .getByLabel('Why the record was wrong')
      .fill('The e-mail came in the follow-up letter; the complaint names the repairs officer.');
    await form.getByRole('button', { name: 'Save the correction' }).click();
    await page.locator('p.success', { hasText: 'Details corrected.' }).waitFor();
    const step = page.locator('ol.journey li.journey-corrected').last();
    await step.getByText(`Staff named: (none) → ${named}`).waitFor();
    const text = (await step.textContent()) ?? '';
    expect(text).toContain('Customer e-mail: (none) → morag.tenant@example.org');
    expect(text).toContain('Preferred contact: (none) → E-mail');
    expect(text).toContain('the complaint names the repairs officer');
    expect(text).toContain('By ');
    await settled(page);
    expect(describeViolations(await seriousViolations(page))).toBe('');
  });

  it('a manager voids the closure recorded by mistake and the complaint is open again (§29)', async () => {
    const page = b.page;
    await signOut(page);
    await signIn(page, 'manager');
    await open(page, complaintPath);
    await page.getByRole('heading', { name: /^Complaint CMP-\d{4}-\d{5}$/ }).waitFor();
    // a manager may also correct who handles the complaint
    await page.getByRole('button', { name: 'Correct details', exact: true }).click();
    await page.locator('#step-correct').getByLabel('Handler', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Void this step', exact: true }).click();
    const form = page.locator('#step-void');
    const steps = form.getByLabel('Step', { exact: true });
    const closure = await steps
      .locator('option', { hasText: 'Stage 1 closed' })
      .getAttribute('value');
    await steps.selectOption(closure ?? '');
    await form.getByLabel('Why it was a mistake').fill('Closed on the wrong complaint.');
    await form.getByRole('button', { name: 'Void this step' }).click();
    await page.locator('p.success', { hasText: 'Voided: stage 1 closed: upheld.' }).waitFor();
    expect(await page.locator('.page-head .tags').first().textContent()).toContain('Open');
    expect(await page.locator('ol.journey').textContent()).toContain('Step voided: closed');
    expect(await page.locator('li.journey-step-voided').count()).toBe(1);
    await settled(page);
    expect(describeViolations(await seriousViolations(page))).toBe('');
  });
});
