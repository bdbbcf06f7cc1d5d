import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  baseUrl,
  describeViolations,
  open,
  openBrowser,
  screenshotOnFailure,
  seriousViolations,
  settled,
  signIn,
  type Browser,
} from './support/browser';

const axeClean = async (page: Page) =>
  expect(describeViolations(await seriousViolations(page))).toBe('');

/** A download fetched from the page with its session: status, type and size. */
const fetched = (page: Page, path: string) =>
  page.evaluate(async (path) => {
    const res = await fetch(path);
    const body = await res.arrayBuffer();
    return {
      status: res.status,
      type: res.headers.get('content-type') ?? '',
      disposition: res.headers.get('content-disposition') ?? '',
      size: body.byteLength,
      start: new TextDecoder().decode(body.slice(0, 2)),
    };
  }, path);

const SUMMARY = 'Complaints about repairs fell after the new booking line.';

describe('the quarterly board pack: drafted, approved by another manager, downloaded as Word and HTML (docs/procedure.md, The quarterly board pack)', () => {
  let author: Browser;
  let approver: Browser;
  let packPath = '';
  let label = '';
  screenshotOnFailure(() => author?.page);
  beforeAll(async () => {
    author = await openBrowser();
    approver = await openBrowser();
  });
  afterAll(async () => {
    await author?.close();
    await approver?.close();
  });

  it('a manager drafts the pack for the last ended quarter from the Board packs page', async () => {
    const page = author.page;
    await signIn(page, 'manager');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Board packs' })
      .click();
    await page.getByRole('heading', { name: 'Board packs', level: 1 }).waitFor();
    await settled(page);
    await axeClean(page);
    await page.getByRole('button', { name: 'Draft a board pack' }).click();
    const form = page.locator('section[aria-labelledby="new-board-pack-heading"]');
    const quarter = form.getByLabel('Quarter');
    label = (await quarter.locator('option:checked').textContent()) ?? '';
    expect(label).toMatch(/^\d{4}(\/\d{2})? Q[1-4]$/);
    await form.getByRole('button', { name: 'Draft the pack' }).click();
    await page
      .getByRole('heading', { name: `Board pack ${label} (edition 1)`, level: 1 })
      .waitFor();
    packPath = new URL(page.url()).pathname;
    await settled(page);
    expect(await page.locator('.tags').textContent()).toContain('Draft');
  });

  it('writes the summary and a commentary, then sends it for review; its author is not offered Approve', async () => {
    const page = author.page;
    await page.getByLabel('Summary for the board').fill(SUMMARY);
    await page.getByLabel('Commentary: Top root causes').fill('Missed appointments are falling.');
    await page.getByRole('button', { name: 'Save the narrative' }).click();
    await page.locator('p.success', { hasText: 'Narrative saved.' }).waitFor();
    await axeClean(page);
    await page.getByRole('button', { name: 'Send for review' }).click();
    await page.locator('p.success', { hasText: 'Sent for review' }).waitFor();
    expect(await page.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    await page
      .getByText('Waiting for a manager who did not draft it to approve it or send it back.')
      .waitFor();
  });

  it('a senior manager sends it back with a comment; the author reads it and sends it for review again', async () => {
    const page = approver.page;
    await signIn(page, 'senior_manager');
    await open(page, packPath);
    await page
      .getByRole('heading', { name: `Board pack ${label} (edition 1)`, level: 1 })
      .waitFor();
    await settled(page);
    await page.getByRole('button', { name: 'Send back with comments' }).click();
    const form = page.locator('form#send-back-pack');
    // a comment is required
    await form.getByRole('button', { name: 'Send it back' }).click();
    await page.getByText('Say what the author should change.').first().waitFor();
    await form.getByLabel('What should the author change?').fill('Explain the rise in May.');
    await axeClean(page);
    await form.getByRole('button', { name: 'Send it back' }).click();
    await page.locator('p.success', { hasText: 'Sent back to draft' }).waitFor();
    expect(await page.locator('.tags').textContent()).toContain('Draft');

    const mine = author.page;
    await open(mine, packPath);
    await mine.getByRole('heading', { name: 'Comment from review', level: 2 }).waitFor();
    await mine.getByText('Explain the rise in May.').waitFor();
    await settled(mine);
    await axeClean(mine);
    await mine.getByRole('button', { name: 'Send for review' }).click();
    await mine.locator('p.success', { hasText: 'Sent for review' }).waitFor();
    expect(await mine.getByRole('heading', { name: 'Comment from review' }).count()).toBe(0);
  });

  it('a senior manager reads it as a web page, then approves it: it is frozen', async () => {
    const page = approver.page;
    await open(page, '/board-packs');
    await settled(page);
    await page.getByRole('link', { name: label }).first().click();
    await page
      .getByRole('heading', { name: `Board pack ${label} (edition 1)`, level: 1 })
      .waitFor();
    await settled(page);
    const html = await fetched(page, `${packPath}/board-pack.html`);
    expect(html).toMatchObject({ status: 200 });
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.locator('p.success', { hasText: 'Approved' }).waitFor();
    expect(await page.locator('.tags').textContent()).toContain('Approved (frozen)');
    expect(await page.getByRole('button', { name: 'Save the narrative' }).count()).toBe(0);
  });

  it('downloads the pack as Word (.docx) and as HTML', async () => {
    const page = approver.page;
    const word = await fetched(page, `${packPath}/board-pack.docx`);
    expect(word.status).toBe(200);
    expect(word.type).toContain('wordprocessingml');
    expect(word.disposition).toContain('.docx');
    expect(word.start).toBe('PK');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /^Word document \(\.docx\)/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^board-pack-.*\.docx$/);
    const html = await fetched(page, `${packPath}/board-pack.html`);
    expect(html.status).toBe(200);
    expect(html.type).toContain('text/html');
  });

  it('the HTML pack is accessible: one h1, captioned tables, the summary, axe-clean', async () => {
    const page = approver.page;
    await page.goto(`${baseUrl()}${packPath}/board-pack.html`);
    await page.locator('h1').waitFor();
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('table caption').count()).toBeGreaterThan(4);
    await page.getByText(SUMMARY).waitFor();
    await axeClean(page);
    await page.setViewportSize({ width: 375, height: 800 });
    await axeClean(page);
  });

  it('the board pack pages are axe-clean at 375 px', async () => {
    const page = approver.page;
    await page.setViewportSize({ width: 375, height: 800 });
    await open(page, packPath);
    await settled(page);
    await axeClean(page);
    await open(page, '/board-packs');
    await settled(page);
    await axeClean(page);
  });
});
