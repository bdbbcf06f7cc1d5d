import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  baseUrl,
  describeViolations,
  openBrowser,
  screenshot,
  screenshotOnFailure,
  seriousViolations,
  type Browser,
} from './support/browser';

/** The demo data publishes the last complete quarter before the platform starts (src/demo/publication.ts). */
const DEMO_TITLE = /^You said, we did: /;

/** The headline figures table as rows of [figure, this period, previous period]. */
const figureRows = (page: Page) =>
  page.$$eval('table:has([data-figure]) tbody tr', (rows) =>
    rows.map((r) => [
      r.querySelector('th')!.textContent.trim(),
      ...[...r.querySelectorAll('td')].map((td) => td.textContent.trim()),
    ]),
  );
const figureCells = (page: Page) =>
  page.$$eval('[data-figure]', (cells) =>
    Object.fromEntries(cells.map((c) => [c.getAttribute('data-figure'), c.textContent.trim()])),
  );

/** RFC 4180 lines to cells (quoted cells may hold commas and doubled quotes; no line breaks in ours). */
function parseCsv(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) =>
      [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((m) =>
        m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!,
      ),
    );
}

describe('the public site, signed out: accessible pages, print and downloads', () => {
  let b: Browser;
  let reportPath = '';
  screenshotOnFailure(() => b?.page);
  beforeAll(async () => {
    b = await openBrowser();
  });
  afterAll(async () => {
    await b?.close();
  });

  it('a member of the public finds the published quarter from /public, without signing in', async () => {
    const page = b.page;
    await page.goto(`${baseUrl()}/public`);
    await page.getByRole('heading', { level: 1, name: 'Published complaints reports' }).waitFor();
    expect(describeViolations(await seriousViolations(page))).toBe('');
    await page.getByRole('list').getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: /complaints reports$/ }).waitFor();
    expect(describeViolations(await seriousViolations(page))).toBe('');
    await page.getByRole('link', { name: DEMO_TITLE }).first().click();
    await page.getByRole('heading', { level: 1, name: DEMO_TITLE }).waitFor();
    reportPath = new URL(page.url()).pathname;
    expect(reportPath).toMatch(/^\/public\/[\w-]+\/[0-9a-f-]{36}$/);
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
  });

  it('the report page passes the accessibility scan at 1280 px, with the figures in a captioned table', async () => {
    const page = b.page;
    await page.goto(`${baseUrl()}${reportPath}`);
    expect(describeViolations(await seriousViolations(page))).toBe('');
    expect(await page.locator('table caption').first().textContent()).toMatch(
      /^Complaints in .+, with .+ for comparison$/,
    );
    expect(Object.keys(await figureCells(page))).toHaveLength(15);
    expect(await page.locator('svg[role="img"]').getAttribute('aria-label')).toMatch(
      /^Outcomes of complaints closed, \w+ to \w+ \d{4} \(bar chart\)$/,
    );
    await screenshot(page, 'public-report-1280');
    expect(b.errors).toEqual([]);
  });

  it('the skip link is the first thing the keyboard reaches, and it leads to the main content', async () => {
    const page = b.page;
    await page.goto(`${baseUrl()}${reportPath}`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Skip to main content',
    );
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('printed, the page drops the breadcrumbs and the download links', async () => {
    const page = b.page;
    await page.goto(`${baseUrl()}${reportPath}`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.breadcrumbs').isVisible()).toBe(false);
    expect(await page.locator('.downloads-section').isVisible()).toBe(false);
    expect(await page.locator('[data-figure="received"]').isVisible()).toBe(true);
    await screenshot(page, 'public-report-print');
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.downloads-section').isVisible()).toBe(true);
  });

  it('the CSV download opens with the same figures as the page', async () => {
    const page = b.page;
    await page.goto(`${baseUrl()}${reportPath}`);
    const onPage = await figureRows(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /spreadsheet \(CSV\)/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^[\w-]+-\d{4}-Q\d-figures\.csv$/);
    const rows = parseCsv(readFileSync(await download.path(), 'utf8'));
    const headers = await page.$$eval('table:has([data-figure]) thead th', (th) =>
      th.map((h) => h.textContent.trim()),
    );
    expect(rows[0]).toEqual(headers);
    expect(rows.slice(1)).toEqual(onPage);
  });

  it('the HTML download opens on its own, offline, with the same figures as the page, and passes the accessibility scan', async () => {
    const page = b.page;
    await page.goto(`${baseUrl()}${reportPath}`);
    const onPage = await figureCells(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /single web page/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^[\w-]+-\d{4}-Q\d-report\.html$/);
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    // Saved under its own name: the browser reads a file by its extension.
    const file = path.join(
      mkdtempSync(path.join(os.tmpdir(), 'chp-download-')),
      download.suggestedFilename(),
    );
    await download.saveAs(file);
    await page.goto(pathToFileURL(file).href);
    await page.getByRole('heading', { level: 1, name: DEMO_TITLE }).waitFor();
    expect(await figureCells(page)).toEqual(onPage);
    expect(requests).toEqual([]);
    expect(describeViolations(await seriousViolations(page))).toBe('');
  });
});

describe('the public report on a phone (375 px)', () => {
  let b: Browser;
  screenshotOnFailure(() => b?.page);
  beforeAll(async () => {
    b = await openBrowser(375, 812);
  });
  afterAll(async () => {
    await b?.close();
  });

  it('passes the accessibility scan and fits the width without scrolling sideways', async () => {
    const page = b.page;
    await page.goto(`${baseUrl()}/public`);
    await page.getByRole('list').getByRole('link').first().click();
    await page.getByRole('link', { name: DEMO_TITLE }).first().click();
    await page.getByRole('heading', { level: 1, name: DEMO_TITLE }).waitFor();
    expect(describeViolations(await seriousViolations(page))).toBe('');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    // the chart's text as drawn: its font size times the scale the narrow screen draws it at
    const smallest = await page.$$eval('figure.chart svg', (charts) =>
      Math.min(
        ...charts.map((svg) => {
          const scale =
            svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
          return Number(svg.getAttribute('font-size')) * scale;
        }),
      ),
    );
    expect(await page.locator('figure.chart svg').count()).toBeGreaterThan(0);
    expect(smallest).toBeGreaterThanOrEqual(12);
    await screenshot(page, 'public-report-375');
  });
});
