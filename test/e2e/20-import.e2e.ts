import type { Page } from 'playwright-core';
import { IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS, RULE_MESSAGES, addDays } from '@chp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleRows } from '../../packages/api/src/modules/imports/import-sample';
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

const LAST_YEAR = new Date().getFullYear() - 1;
const AREA = 'Repairs and maintenance';
/** The file's own column names: the mapping must match them to the template's fields. */
const RENAMED: Record<string, string> = {
  source_reference: 'Case number',
  received_at: 'Date received',
  channel: 'How it came in',
  service_area: 'Service',
  stage1_closed_at: 'Date closed',
  stage1_outcome: 'Outcome',
};
const header = (field: string) => RENAMED[field] ?? field;
/** The mapping's label for a field, as the page names it. */
const labelOf = (field: string) =>
  (REQUIRED_IMPORT_FIELDS as readonly string[]).includes(field) ? `${field} (required)` : field;
/** The row that is wrong in the first file: its closure is dated before its receipt. */
const BAD = 4;
const BAD_ROW_NUMBER = BAD + 2; // the header is row 1

const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * Thirty complaints of last year (Repairs and maintenance, an existing demo service area) with
 * their journeys, under a reference prefix no other test uses; `broken` dates one closure two
 * days before the complaint was received.
 */
function historyCsv(broken: boolean): { csv: string; receivedLastYear: number } {
  const rows = [
    ...sampleRows({ count: 30, year: LAST_YEAR, serviceAreas: [AREA], rootCauses: [] }),
  ].map(({ row }) => ({ ...row, source_reference: row.source_reference.replace('OLD-', 'E2E-') }));
  if (broken) {
    const bad = rows[BAD]!;
    bad.stage1_closed_at = `${addDays(bad.received_at.slice(0, 10), -2)} 15:00`;
  }
  const lines = [IMPORT_FIELDS.map(header), ...rows.map((r) => IMPORT_FIELDS.map((f) => r[f]))].map(
    (cells) => cells.map(cell).join(','),
  );
  return {
    csv: `${lines.join('\n')}\n`,
    receivedLastYear: rows.filter((r) => r.received_at.startsWith(`${LAST_YEAR}-`)).length,
  };
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

/** "2025 (1,234 received, 1,200 closed) beside 2024." → 1234 */
async function receivedInIndicators(page: Page, year: number): Promise<number> {
  await open(page, `/indicators?period=year:${year}`);
  await settled(page);
  return receivedOnPage(page);
}

async function receivedOnPage(page: Page): Promise<number> {
  const lead = (await page.locator('main p.lead').first().textContent()) ?? '';
  const m = /\(([\d,]+) received/.exec(lead);
  expect(m, lead).not.toBeNull();
  return Number(m![1]!.replace(/,/g, ''));
}

async function chooseFile(page: Page, csv: string): Promise<void> {
  await page.getByLabel('CSV file or Excel workbook').setInputFiles({
    name: 'old-system-export.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  await page.getByRole('button', { name: 'Read the columns' }).click();
  // reading a new file clears the previous check and maps its columns afresh
  await page
    .getByRole('heading', { level: 2, name: 'Check of the file' })
    .waitFor({ state: 'detached' });
  await page.getByRole('heading', { level: 2, name: 'Match the columns' }).waitFor();
}

/**
 * Importing last year's complaints from the dashboard (issue 14, Done when; docs/procedure.md,
 * Importing complaints): upload, map, dry run, fix, import with a progress bar, see last year's
 * indicators.
 */
describe("importing last year's complaints from a spreadsheet (docs/procedure.md, Importing complaints)", () => {
  let b: Browser;
  let before = 0;
  const first = historyCsv(true);
  const fixed = historyCsv(false);
  screenshotOnFailure(() => b?.page);
  beforeAll(async () => {
    b = await openBrowser(1280, 900);
    await signIn(b.page, 'manager');
    before = await receivedInIndicators(b.page, LAST_YEAR);
  });
  afterAll(async () => {
    await b?.close();
  });

  it('a manager reaches the import page from the complaints register; both templates download', async () => {
    const page = b.page;
    await open(page, '/complaints');
    await page.locator('main').getByRole('link', { name: 'Import complaints' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import complaints' }).waitFor();
    // the address opens the page too (the API's /imports endpoints leave it to the dashboard)
    await open(page, '/imports');
    await page.getByRole('heading', { level: 1, name: 'Import complaints' }).waitFor();
    for (const [link, name] of [
      ['Download the template (CSV)', 'complaints-import-template.csv'],
      ['Download the template (Excel)', 'complaints-import-template.xlsx'],
    ] as const) {
      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: link }).click();
      expect((await download).suggestedFilename()).toBe(name);
    }
    await settled(page);
    await axeCleanAtBothWidths(page, 'the import page');
  });

  it("maps the file's own column names to the template's fields and saves the mapping", async () => {
    const page = b.page;
    await chooseFile(page, first.csv);
    const form = page.locator('#import-mapping');
    // a column named like its field is chosen already
    expect(await form.getByLabel(labelOf('summary'), { exact: true }).inputValue()).toBe('summary');
    for (const [field, column] of Object.entries(RENAMED)) {
      await form.getByLabel(labelOf(field), { exact: true }).selectOption(column);
    }
    await form.getByRole('button', { name: 'Save the mapping and check the file' }).click();
    await page.getByRole('heading', { level: 2, name: 'Check of the file' }).waitFor();
  });

  it("the dry run reports the bad row's problem by row and column, in words", async () => {
    const page = b.page;
    const problems = page.locator('table.import-problems tbody tr');
    expect(await problems.count()).toBe(1);
    expect(await problems.first().locator('th, td').allTextContents()).toEqual([
      String(BAD_ROW_NUMBER),
      'Date closed',
      RULE_MESSAGES.CLOSED_BEFORE_RECEIVED,
    ]);
    const counts = page.locator('.import-report dl').first();
    expect(await counts.getByText('Rows with a problem').locator('+ dd').textContent()).toBe('1');
    expect(await counts.getByText('Rows ready to import').locator('+ dd').textContent()).toBe('29');
    await screenshot(page, 'import-dry-run');
    await axeCleanAtBothWidths(page, 'the dry run report');
  });

  it('the fixed file is read with the saved mapping and checks clean', async () => {
    const page = b.page;
    await chooseFile(page, fixed.csv);
    // the saved mapping is the first choice now
    expect(
      await page.locator('#import-mapping').getByLabel('source_reference (required)').inputValue(),
    ).toBe('Case number');
    await page.getByRole('button', { name: 'Save the mapping and check the file' }).click();
    await page.getByRole('heading', { level: 2, name: 'Check of the file' }).waitFor();
    await page.getByText('No row has a problem.').waitFor();
  });

  it('imports all or nothing with a progress bar, then shows what was imported', async () => {
    const page = b.page;
    // the upload is held until the progress bar has been seen, so that it can be seen at all
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/imports\?.*dryRun=false/, async (route) => {
      await held;
      await route.continue();
    });
    expect(await page.getByRole('radio', { name: /^All or nothing/ }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const bar = page.getByRole('progressbar', { name: 'Import progress' });
    await bar.waitFor();
    expect(await bar.getAttribute('max')).toBe('30');
    release();
    await page.getByRole('heading', { level: 2, name: 'Imported 30 complaints' }).waitFor();
    await page.unroute(/\/imports\?.*dryRun=false/);
    const counts = page.locator('.import-report').last().locator('dl');
    expect(await counts.getByText('Complaints imported').locator('+ dd').textContent()).toBe('30');
    await settled(page);
    await screenshot(page, 'import-result');
    await axeCleanAtBothWidths(page, 'the import result');
  });

  it("last year's indicators count the imported complaints", async () => {
    const page = b.page;
    await page.getByRole('link', { name: `See the SPSO indicators for ${LAST_YEAR}` }).click();
    await page.getByRole('heading', { level: 1, name: 'SPSO indicators' }).waitFor();
    await settled(page);
    expect(await receivedOnPage(page)).toBe(before + fixed.receivedLastYear);
    expect(b.errors).toEqual([]);
  });
});
