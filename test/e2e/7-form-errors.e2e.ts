import type { Locator, Page } from 'playwright-core';
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
  type Browser,
} from './support/browser';

/**
 * Every kind of form shows a GOV.UK-style error summary at its top when a submission fails:
 * "There is a problem", focused, each error a link that moves focus to its field.
 */
async function expectSummary(
  page: Page,
  scope: Locator,
  message: string,
  fieldId: string,
): Promise<void> {
  const summary = scope.locator('[data-error-summary]');
  await summary.waitFor();
  expect(await summary.getAttribute('role')).toBe('alert');
  expect(await summary.locator('.error-summary-title').textContent()).toBe('There is a problem');
  // the summary has focus
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary')))
    .toBe(true);
  const link = summary.getByRole('link', { name: message });
  expect(await link.getAttribute('href')).toBe(`#${fieldId}`);
  // the field says the same next to it, tied to it
  const field = page.locator(`[id="${fieldId}"]`);
  expect(await page.locator(`[id="${fieldId}-error"]`).textContent()).toBe(message);
  expect(await field.getAttribute('aria-describedby')).toContain(`${fieldId}-error`);
  // following the link focuses the field (or the first control of a group)
  await link.click();
  await expect
    .poll(() =>
      page.evaluate((id) => {
        const target = document.getElementById(id);
        const active = document.activeElement;
        return !!target && !!active && (active === target || target.contains(active));
      }, fieldId),
    )
    .toBe(true);
}

describe('the error summary at the top of every kind of form', () => {
  let b: Browser;
  screenshotOnFailure(() => b?.page);
  beforeAll(async () => {
    b = await openBrowser();
  });
  afterAll(async () => {
    await b?.close();
  });

  it('sign-in: a missing e-mail address', async () => {
    const page = b.page;
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectSummary(page, page.locator('main'), 'Enter your e-mail address.', 'sign-in-email');
    expect(describeViolations(await seriousViolations(page))).toBe('');
  });

  it('record a complaint: the missing details, each linked to its field', async () => {
    const page = b.page;
    await signIn(page, 'manager');
    await open(page, '/complaints');
    await page.getByRole('button', { name: 'Record a complaint' }).click();
    const form = page.locator('section[aria-labelledby="record-heading"]');
    await form.getByRole('button', { name: 'Record the complaint' }).click();
    const summary = form.locator('[data-error-summary]');
    await summary.waitFor();
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Choose the service area the complaint is about.',
      'Enter a category, such as “Repair not done”.',
      'Summarise what the complaint is about.',
    ]);
    await expectSummary(
      page,
      form,
      'Choose the service area the complaint is about.',
      'record-serviceAreaId',
    );
    await screenshot(page, 'form-error-summary');
    expect(describeViolations(await seriousViolations(page))).toBe('');
  });

  it('a complaint step: a note with no text', async () => {
    const page = b.page;
    await open(page, '/complaints');
    await settled(page);
    await page.locator('table a[href^="/complaints/"]').first().click();
    await page.getByRole('heading', { name: /^Complaint CMP-/ }).waitFor();
    await page.getByRole('button', { name: 'Add a note', exact: true }).click();
    const form = page.locator('section.step-form[aria-label="Add a note"]');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await expectSummary(page, form, 'Write the note first.', 'step-note-note');
    expect(describeViolations(await seriousViolations(page))).toBe('');
  });

  it('propose an action: the missing fields, then the API refusing a target date in the past', async () => {
    const page = b.page;
    await open(page, '/actions');
    await page.getByRole('button', { name: 'Propose an action' }).click();
    const form = page.locator('section[aria-labelledby="propose-heading"]');
    await form.getByRole('button', { name: 'Propose the action' }).click();
    await expectSummary(page, form, 'Give the action a short title.', 'propose-title');
    await form.getByLabel('Title').fill(`Form errors check ${Date.now().toString(36)}`);
    await form.getByLabel('What will change').fill('A check that the API’s refusal is shown.');
    await form.getByLabel('Owner', { exact: true }).selectOption({ label: 'Ross Duncan' });
    await form
      .getByLabel('Service area', { exact: true })
      .selectOption({ label: 'Repairs and maintenance' });
    // the browser lets any date through: the API refuses one in the past (TARGET_DATE_IN_PAST)
    await form.getByLabel('Target date').fill('2020-01-06');
    await form.getByRole('button', { name: 'Propose the action' }).click();
    await expectSummary(page, form, "The target date can't be in the past.", 'propose-targetDate');
    expect(describeViolations(await seriousViolations(page))).toBe('');
    // corrected, it goes through
    const next = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await form.getByLabel('Target date').fill(next);
    await form.getByRole('button', { name: 'Propose the action' }).click();
    await page.locator('main h1', { hasText: 'Form errors check' }).waitFor();
  });

  it('an action step: cancelling with no reason', async () => {
    const page = b.page;
    await page.getByRole('button', { name: 'Cancel the action', exact: true }).click();
    const form = page.locator('section.step-form[aria-label="Cancel the action"]');
    await form.getByRole('button', { name: 'Cancel the action', exact: true }).click();
    await expectSummary(page, form, 'Give the reason for cancelling.', 'action-cancel-reason');
    expect(describeViolations(await seriousViolations(page))).toBe('');
  });

  it('a publication form: a new publication with no title', async () => {
    const page = b.page;
    await open(page, '/publications');
    await page.getByRole('button', { name: 'New publication' }).click();
    const form = page.locator('section[aria-labelledby="new-publication-heading"]');
    await form.getByLabel('Title').fill('');
    await form.getByRole('button', { name: 'Start the draft' }).click();
    await expectSummary(page, form, 'Give the publication a title.', 'new-publication-title');
    expect(describeViolations(await seriousViolations(page))).toBe('');
  });
});
