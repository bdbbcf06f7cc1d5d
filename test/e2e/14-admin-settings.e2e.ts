import { readFileSync } from 'node:fs';
import { addDays, displayDate, isWorkingDay, londonDateTime } from '@chp/domain';
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

const today = londonDateTime(new Date().toISOString()).date;
/** A working day at least two days ahead (Appendix 1 §1): open complaints are due after it. */
function strikeDay(): string {
  let d = addDays(today, 2);
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

/**
 * The administrator's screens (issue 13): the organisation's settings, closure days on a year
 * calendar with the open complaints a new day moves, and the audit log with its CSV. The last
 * test puts the demo organisation back as it was, for the files that run after this one.
 */
describe('administration as the demo administrator (docs/procedure.md, Sector settings; Appendix 1 §1)', () => {
  let b: Browser;
  const strike = strikeDay();
  let moved: { href: string; label: string; from: string; to: string } | null = null;
  screenshotOnFailure(() => b?.page);
  beforeAll(async () => {
    b = await openBrowser();
    await signIn(b.page, 'admin');
  });
  afterAll(async () => {
    await b?.close();
  });

  async function axeClean() {
    expect(describeViolations(await seriousViolations(b.page))).toBe('');
  }

  async function calendarDay(date: string) {
    const page = b.page;
    await open(page, '/admin/closure-days');
    await settled(page);
    if (date.slice(0, 4) !== today.slice(0, 4))
      await page.getByRole('button', { name: /^Next year/ }).click();
    const day = page.locator(`button[data-date="${date}"]`);
    await day.click();
    await page.getByRole('heading', { level: 2, name: displayDate(date) }).waitFor();
  }

  it('reaches Administration from the navigation, which lists every section', async () => {
    const page = b.page;
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Administration' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    for (const section of [
      'Organisation',
      'Closure days',
      'Audit log',
      'Staff',
      'Service areas',
      'Root causes',
    ])
      expect(
        await page.locator('main').getByRole('link', { name: section, exact: true }).count(),
      ).toBe(1);
    await axeClean();
  });

  it('sets the cut-off to 17:00 and the person term to "complainant"; the complaint page then names the complainant', async () => {
    const page = b.page;
    await page.locator('main').getByRole('link', { name: 'Organisation', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisation settings' }).waitFor();
    await settled(page);
    await page.getByLabel('Cut-off time (optional)').fill('17:00');
    await page.getByLabel('The word for the person complaining').fill('complainant');
    await page.getByRole('button', { name: 'Save the settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    expect(await page.getByLabel('Cut-off time (optional)').inputValue()).toBe('17:00');
    await axeClean();
    await screenshot(page, 'admin-settings');

    await open(page, '/complaints');
    await settled(page);
    await page.locator('main table tbody tr a').first().click();
    await page.getByRole('heading', { name: /^Complaint CMP-\d{4}-\d{5}$/ }).waitFor();
    await settled(page);
    expect(
      await page.getByRole('heading', { level: 3, name: 'Complainant', exact: true }).count(),
    ).toBe(1);
    expect(
      await page.getByRole('heading', { level: 3, name: 'Customer', exact: true }).count(),
    ).toBe(0);
  });

  it('the year calendar moves with the arrow keys, and shows the bank holidays as not editable', async () => {
    const page = b.page;
    await open(page, '/admin/closure-days');
    await settled(page);
    const focusable = page.locator('button.calendar-day[tabindex="0"]');
    expect(await focusable.count()).toBe(1);
    const start = (await focusable.getAttribute('data-date'))!;
    await focusable.focus();
    await page.keyboard.press('ArrowDown');
    const after = await page.evaluate(() => document.activeElement?.getAttribute('data-date'));
    expect(after).toBe(
      start.slice(5) >= '12-25' ? `${start.slice(0, 4)}-12-31` : addDays(start, 7),
    );
    const christmas = page.locator(`button[data-date="${today.slice(0, 4)}-12-25"]`);
    expect(await christmas.getAttribute('aria-label')).toMatch(/bank holiday: Christmas Day/);
    await axeClean();
  });

  it('adds a strike day: before saving it lists the open complaints that move, and one of them then shows its new due date', async () => {
    const page = b.page;
    await calendarDay(strike);
    await page.getByLabel('Reason').selectOption('industrial_action');
    await page.getByLabel('Description (optional)').fill('Strike');
    await page.getByRole('button', { name: 'Add as a closure day' }).click();
    await page.getByRole('heading', { name: 'Before adding this closure day' }).waitFor();
    const row = page
      .locator('table tbody tr', {
        has: page.getByRole('cell', { name: /^Stage [12] due \(day (5|20)\)$/ }),
      })
      .filter({ has: page.getByRole('rowheader') })
      .first();
    const link = row.getByRole('link');
    const cells = row.locator('td');
    moved = {
      href: (await link.getAttribute('href'))!,
      label: (await cells.nth(0).textContent())!,
      from: (await cells.nth(1).textContent())!,
      to: (await cells.nth(2).textContent())!,
    };
    expect(moved.to).not.toBe(moved.from);
    await axeClean();
    await screenshot(page, 'admin-closure-day-preview');
    await page.getByRole('button', { name: 'Add the closure day' }).click();
    await page.getByText(`${displayDate(strike)} is now a closure day.`).waitFor();
    expect(await page.locator(`button[data-date="${strike}"]`).getAttribute('aria-label')).toMatch(
      /closure day: Industrial action: Strike$/,
    );

    await open(page, moved.href);
    await settled(page);
    const due = page.locator('table.deadlines tr', {
      has: page.getByRole('rowheader', { name: moved.label, exact: true }),
    });
    expect(await due.locator('td').textContent()).toContain(moved.to);
  });

  it('filters the audit log to the day added, and downloads it as CSV', async () => {
    const page = b.page;
    await open(page, '/admin/audit');
    await settled(page);
    await page.getByLabel('Record', { exact: true }).selectOption('closure_day');
    await page.getByLabel('What was done').selectOption('addClosureDay');
    await page.getByLabel('From').fill(today);
    await page.getByLabel('To', { exact: true }).fill(today);
    await page.getByRole('button', { name: 'Show' }).click();
    await page
      .locator('main table tbody tr', { hasText: displayDate(strike) })
      .first()
      .waitFor();
    expect(
      await page.locator('main table tbody tr', { hasText: 'Add closure day' }).count(),
    ).toBeGreaterThan(0);
    await axeClean();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as CSV' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = readFileSync(await file.path(), 'utf8')
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('When (UK time),Who,Operation,Record,Record id,Fields changed,Values');
    expect(
      lines
        .slice(1)
        .some((l) => l.includes(`,addClosureDay,closure_day,${strike},`) && l.includes('Strike')),
    ).toBe(true);
    expect(lines.slice(1).every((l) => l.includes(',addClosureDay,closure_day,'))).toBe(true);
  });

  it('every administration page is axe-clean at 375 px', async () => {
    const phone = await openBrowser(375, 800);
    try {
      await signIn(phone.page, 'admin');
      for (const path of ['/admin', '/admin/organisation', '/admin/closure-days', '/admin/audit']) {
        await open(phone.page, path);
        await settled(phone.page);
        expect(describeViolations(await seriousViolations(phone.page)), path).toBe('');
      }
      await screenshot(phone.page, 'admin-audit-375');
    } finally {
      await phone.close();
    }
  });

  it('removing the strike day moves the complaint back; the settings go back to "customer" and no cut-off', async () => {
    const page = b.page;
    await calendarDay(strike);
    await page.getByRole('button', { name: 'Remove this closure day' }).click();
    await page.getByRole('heading', { name: 'Before removing it' }).waitFor();
    await page.getByRole('button', { name: 'Remove the closure day' }).click();
    await page.getByText(`${displayDate(strike)} is a working day again.`).waitFor();
    if (moved) {
      await open(page, moved.href);
      await settled(page);
      const due = page.locator('table.deadlines tr', {
        has: page.getByRole('rowheader', { name: moved.label, exact: true }),
      });
      expect(await due.locator('td').textContent()).toContain(moved.from);
    }
    await open(page, '/admin/organisation');
    await settled(page);
    await page.getByLabel('Cut-off time (optional)').fill('');
    await page.getByLabel('The word for the person complaining').fill('customer');
    await page.getByRole('button', { name: 'Save the settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    expect(b.errors).toEqual([]);
  });
});
