import type { Page } from 'playwright-core';
import { ACTION_IMPORT_FIELDS, REQUIRED_ACTION_IMPORT_FIELDS, addDays } from '@chp/domain';
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

const TODAY = new Date().toISOString().slice(0, 10);
const OWNER = 'Ross Duncan'; // the demo's member of staff: owns few actions
/** The log's own column names: the mapping must match them to the template's fields. */
const RENAMED: Record<string, string> = {
  source_reference: 'Action ref',
  target_date: 'Due by',
  completion_evidence: 'Outcome',
};
const header = (field: string) => RENAMED[field] ?? field;
const labelOf = (field: string) =>
  (REQUIRED_ACTION_IMPORT_FIELDS as readonly string[]).includes(field)
    ? `${field} (required)`
    : field;
const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Three actions from an action log; `broken` leaves the done action without its completion date. */
function actionLog(broken: boolean): string {
  const base = {
    description: 'Agreed at the complaints review',
    service_area: 'Repairs and maintenance',
    root_causes: 'No update given',
    owner: OWNER,
    raised_on: addDays(TODAY, -200),
  };
  const rows: Record<string, string>[] = [
    {
      ...base,
      source_reference: 'E2E-ACT-1',
      title: 'E2E imported: call back within a day',
      target_date: addDays(TODAY, 60),
      status: 'proposed',
    },
    {
      ...base,
      source_reference: 'E2E-ACT-2',
      title: 'E2E imported: repairs updates by text',
      target_date: addDays(TODAY, 30),
      status: 'authorised',
    },
    {
      ...base,
      source_reference: 'E2E-ACT-3',
      title: 'E2E imported: contractor briefing',
      target_date: addDays(TODAY, -100),
      status: 'done',
      completed_on: broken ? '' : addDays(TODAY, -120),
      completion_evidence: 'Briefing notes signed by the contractor',
    },
  ];
  return `${[
    ACTION_IMPORT_FIELDS.map(header),
    ...rows.map((r) => ACTION_IMPORT_FIELDS.map((f) => r[f] ?? '')),
  ]
    .map((cells) => cells.map(cell).join(','))
    .join('\n')}\n`;
}

async function axeCleanAtBothWidths(page: Page, what: string): Promise<void> {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    const violations = await seriousViolations(page);
    expect(violations, `${what} at ${width} px:\n${describeViolations(violations)}`).toEqual([]);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function chooseFile(page: Page, csv: string): Promise<void> {
  await page.getByLabel('CSV file or Excel workbook').setInputFiles({
    name: 'action-log.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  await page.getByRole('button', { name: 'Read the columns' }).click();
  await page
    .getByRole('heading', { level: 2, name: 'Check of the file' })
    .waitFor({ state: 'detached' });
  await page.getByRole('heading', { level: 2, name: 'Match the columns' }).waitFor();
}

/**
 * Importing an action log from the dashboard (issue 14; docs/procedure.md, Importing improvement
 * actions): choose what the file holds, upload, map, dry run, fix, import with a progress bar,
 * and see the actions in the actions list and in their owner's My actions.
 */
describe('importing improvement actions from a spreadsheet (docs/procedure.md, Importing improvement actions)', () => {
  let b: Browser;
  screenshotOnFailure(() => b?.page);
  beforeAll(async () => {
    b = await openBrowser(1280, 900);
    await signIn(b.page, 'manager');
  });
  afterAll(async () => {
    await b?.close();
  });

  it('a manager reaches the import of improvement actions from the actions list; its template downloads', async () => {
    const page = b.page;
    await open(page, '/actions');
    await page.locator('main').getByRole('link', { name: 'Import improvement actions' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import improvement actions' }).waitFor();
    expect(await page.getByRole('radio', { name: 'Improvement actions' }).isChecked()).toBe(true);
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download the template (CSV)' }).click();
    expect((await download).suggestedFilename()).toBe('improvement-actions-import-template.csv');
    await settled(page);
    await axeCleanAtBothWidths(page, 'the import page for improvement actions');
  });

  it('maps the log’s own columns; the dry run reports the done action without its completion date', async () => {
    const page = b.page;
    await chooseFile(page, actionLog(true));
    const form = page.locator('#import-mapping');
    expect(await form.getByLabel(labelOf('title'), { exact: true }).inputValue()).toBe('title');
    for (const [field, column] of Object.entries(RENAMED))
      await form.getByLabel(labelOf(field), { exact: true }).selectOption(column);
    await form.getByRole('button', { name: 'Save the mapping and check the file' }).click();
    await page.getByRole('heading', { level: 2, name: 'Check of the file' }).waitFor();
    const problems = page.locator('table.import-problems tbody tr');
    expect(await problems.count()).toBe(1);
    expect(await problems.first().locator('th, td').allTextContents()).toEqual([
      '4',
      'completed_on',
      'This column must have a value.',
    ]);
    await settled(page);
    await axeCleanAtBothWidths(page, 'the dry run report of improvement actions');
  });

  it('the fixed log checks clean and imports with a progress bar', async () => {
    const page = b.page;
    await chooseFile(page, actionLog(false));
    expect(
      await page.locator('#import-mapping').getByLabel(labelOf('source_reference')).inputValue(),
    ).toBe('Action ref');
    await page.getByRole('button', { name: 'Save the mapping and check the file' }).click();
    await page.getByText('No row has a problem.').waitFor();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/imports\?.*dryRun=false/, async (route) => {
      await held;
      await route.continue();
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('progressbar', { name: 'Import progress' }).waitFor();
    release();
    await page.getByRole('heading', { level: 2, name: 'Imported 3 improvement actions' }).waitFor();
    await page.unroute(/\/imports\?.*dryRun=false/);
    const counts = page.locator('.import-report').last().locator('dl');
    expect(
      await counts.getByText('Improvement actions imported').locator('+ dd').textContent(),
    ).toBe('3');
    await settled(page);
    await axeCleanAtBothWidths(page, 'the import result of improvement actions');
  });

  it('the imported actions show in the actions list with their owner and target date', async () => {
    const page = b.page;
    await page.getByRole('link', { name: 'See the improvement actions' }).click();
    await page.getByRole('heading', { level: 1, name: 'Improvement actions' }).waitFor();
    await page.getByLabel('Owner').selectOption({ label: OWNER });
    const row = page.getByRole('row', { name: /E2E imported: repairs updates by text/ });
    await row.waitFor();
    const cells = await row.locator('th, td').allTextContents();
    expect(cells).toContain(OWNER);
    expect(cells).toContain('Authorised');
    await settled(page);
    await axeCleanAtBothWidths(page, 'the actions list with imported actions');
  });

  it('and in their owner’s My actions', async () => {
    const page = b.page;
    await signOut(page);
    await signIn(page, 'staff');
    await open(page, '/actions/mine');
    for (const title of [
      'call back within a day',
      'repairs updates by text',
      'contractor briefing',
    ])
      await page.getByRole('link', { name: `E2E imported: ${title}` }).waitFor();
    expect(b.errors).toEqual([]);
  });
});
