import type { Page } from 'playwright-core';
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

// docs/procedure.md, Reporting and publishing: review. A publication is sent back with a comment,
// changed and sent again; the manager who then rewrites it in review cannot approve that version;
// another manager approves it after the preview, and publishing asks for confirmation.

const COMMENT = 'Say what changed for tenants, not what the team did.';

async function openPublication(page: Page, title: string): Promise<void> {
  await open(page, '/publications');
  await settled(page);
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
  await settled(page);
}

/**
 * Waits for the preview's frame to show the public page. (Not `settled`: Playwright's network-idle
 * state never comes for a page holding a sandboxed srcdoc frame.)
 */
async function previewShown(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Preview – not published', level: 1 }).waitFor();
  await page.frameLocator('iframe.publication-preview').locator('.preview-banner').waitFor();
}

async function openPreview(page: Page, title: string, link: string): Promise<void> {
  await openPublication(page, title);
  await page.getByRole('link', { name: link }).click();
  await previewShown(page);
}

async function saveIntroduction(page: Page, text: string): Promise<void> {
  await page.getByLabel('Introduction').fill(text);
  await page.getByRole('button', { name: 'Save the texts' }).click();
  await page.locator('p.success', { hasText: 'Texts saved.' }).waitFor();
}

describe('publication review: sent back with comments, changed, previewed and approved by another manager, published after confirmation', () => {
  let comms: Browser;
  let manager: Browser;
  let director: Browser;
  let title = '';
  let active: Page | undefined;
  screenshotOnFailure(() => active);
  beforeAll(async () => {
    comms = await openBrowser();
    manager = await openBrowser();
    director = await openBrowser();
    await signIn(comms.page, 'communications');
    await signIn(manager.page, 'manager');
    await signIn(director.page, 'senior_manager');
  });
  afterAll(async () => {
    await comms?.close();
    await manager?.close();
    await director?.close();
  });

  it('communications staff draft a quarter and send it for review', async () => {
    const page = comms.page;
    active = page;
    await open(page, '/publications');
    await settled(page);
    await page.getByRole('button', { name: 'New publication' }).click();
    const form = page.locator('section[aria-labelledby="new-publication-heading"]');
    const quarters = await form
      .getByLabel('Quarter')
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    // the demo published the last quarter and test 5 drafts the one before
    await form.getByLabel('Quarter').selectOption(quarters[2] as string);
    title = await form.getByLabel('Title').inputValue();
    await form.getByRole('button', { name: 'Start the draft' }).click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    await settled(page);
    await saveIntroduction(page, 'Our team improved the repairs process.');
    await page.getByRole('button', { name: 'Send for review' }).click();
    await page.locator('p.success', { hasText: 'Sent for review.' }).waitFor();
  });

  it('a manager previews the public page and sends it back: a comment is required', async () => {
    const page = manager.page;
    active = page;
    await openPreview(page, title, 'Preview and approve');
    const preview = page.frameLocator('iframe.publication-preview');
    expect(await preview.locator('.preview-banner').textContent()).toContain(
      'Preview – not published',
    );
    expect(await preview.locator('h1').textContent()).toBe(title);
    expect(await preview.locator('[data-figure="received"]').textContent()).toMatch(
      /^(\d[\d,]*|fewer than \d+)$/,
    );
    await page.getByRole('button', { name: 'Send back with comments' }).press('Enter');
    const form = page.getByRole('form', { name: 'Send back with comments' });
    // by keyboard: below the preview's frame, a pointer click can land on the frame in headless Chromium
    await form.getByRole('button', { name: 'Send it back' }).press('Enter');
    await form.locator('.error-summary, [role="alert"]').first().waitFor();
    expect(await form.textContent()).toContain('Say what the author should change.');
    await form.getByLabel('What should the author change?').fill(COMMENT);
    await screenshot(page, 'publication-send-back');
    expect(describeViolations(await seriousViolations(page))).toBe('');
    // by keyboard: below the preview's frame, a pointer click can land on the frame in headless Chromium
    await form.getByRole('button', { name: 'Send it back' }).press('Enter');
    await page.locator('p.success', { hasText: 'Sent back to draft' }).waitFor();
  });

  it('the author sees the comment with who and when, changes the text and sends it again', async () => {
    const page = comms.page;
    active = page;
    await openPublication(page, title);
    expect(await page.locator('.tags').textContent()).toContain('Draft');
    const comments = page.locator('section[aria-labelledby="review-comments-heading"]');
    expect(await comments.textContent()).toContain(COMMENT);
    expect(await comments.textContent()).toMatch(
      /Sent back by .+ on \d{1,2} \w+ \d{4} \d{2}:\d{2}/,
    );
    await saveIntroduction(page, 'Tenants now book repairs online and hear back within a day.');
    await page.getByRole('button', { name: 'Send for review' }).click();
    await page.locator('p.success', { hasText: 'Sent for review.' }).waitFor();
  });

  it('the manager who rewrites it in review is not offered Approve, and is told why', async () => {
    const page = manager.page;
    active = page;
    await openPublication(page, title);
    await saveIntroduction(page, 'Tenants now book repairs online and hear back within one day.');
    const workflow = page.locator('section[aria-labelledby="workflow-heading"]');
    expect(await workflow.textContent()).toContain('You made the last change to the text');
    await page.getByRole('link', { name: 'Preview the public page' }).click();
    await previewShown(page);
    expect(await page.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    expect(
      await page.locator('section[aria-labelledby="decision-heading"]').textContent(),
    ).toContain('another manager approves this version');
  });

  it('another manager approves it from the preview, at 375 and 1280 px without accessibility faults', async () => {
    const page = director.page;
    active = page;
    await openPreview(page, title, 'Preview and approve');
    expect(describeViolations(await seriousViolations(page))).toBe('');
    await page.setViewportSize({ width: 375, height: 800 });
    expect(describeViolations(await seriousViolations(page))).toBe('');
    await screenshot(page, 'publication-preview-375');
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, 'publication-preview');
    // by keyboard: below the preview's frame, a pointer click can land on the frame in headless Chromium
    await page.getByRole('button', { name: 'Approve' }).press('Enter');
    await page.locator('p.success', { hasText: 'Approved' }).waitFor();
  });

  it('publishing asks for confirmation; cancelling publishes nothing', async () => {
    const page = director.page;
    active = page;
    await page.getByRole('link', { name: 'Back to the publication' }).click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    await settled(page);
    await page.getByRole('button', { name: 'Publish' }).click();
    const question = page.getByRole('heading', { name: 'Publish it on the public site?' });
    await question.waitFor();
    expect(await question.evaluate((h) => h === document.activeElement)).toBe(true);
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.locator('.tags').textContent()).toContain('Approved');
    await page.getByRole('button', { name: 'Publish' }).click();
    expect(describeViolations(await seriousViolations(page))).toBe('');
    await page.setViewportSize({ width: 375, height: 800 });
    expect(describeViolations(await seriousViolations(page))).toBe('');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: 'Yes, publish it' }).click();
    await page.locator('p.success', { hasText: 'Published' }).waitFor();
    expect(await page.locator('.tags').textContent()).toContain('Published');
    expect(comms.errors).toEqual([]);
    expect(manager.errors).toEqual([]);
    expect(director.errors).toEqual([]);
  });
});
