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

describe('"why this date" on the complaint page (§26, Appendix 1 §1)', () => {
  let b: Browser;
  screenshotOnFailure(() => b?.page);
  beforeAll(async () => {
    b = await openBrowser();
    await signIn(b.page, 'manager');
  });
  afterAll(async () => {
    await b?.close();
  });

  it('records a complaint received on Thursday 26 November 2026, whose five working days cross St Andrew’s Day', async () => {
    const page = b.page;
    await open(page, '/complaints');
    await page.getByRole('button', { name: 'Record a complaint' }).click();
    const form = page.locator('section[aria-labelledby="record-heading"]');
    await form.getByLabel('Received', { exact: true }).fill('2026-11-26T10:00');
    await form
      .getByLabel('Service area', { exact: true })
      .selectOption({ label: 'Repairs and maintenance' });
    await form.getByLabel('Category').fill('Repair not done');
    await form
      .getByLabel('What the complaint is about')
      .fill('The bathroom extractor fan has not worked since the October visit.');
    await form.getByLabel('Name').fill('Ailsa Window');
    await form.getByRole('button', { name: 'Record the complaint' }).click();
    await page.getByRole('heading', { name: /^Complaint CMP-\d{4}-\d{5}$/ }).waitFor();
    await settled(page);
    const due = page.locator('table.deadlines tr', {
      has: page.getByRole('rowheader', { name: 'Stage 1 due (day 5)' }),
    });
    expect(await due.locator('td').textContent()).toMatch(/^3 Dec 2026/);
  });

  it('"Why this date?" under day 5 names the rule, the start day and St Andrew’s Day as not counted', async () => {
    const page = b.page;
    const disclosure = page.locator('details.why-date', {
      has: page.locator('summary', { hasText: 'Stage 1 due (day 5)' }),
    });
    const explanation = disclosure.locator('p');
    expect(await explanation.isVisible()).toBe(false);
    // opened from the keyboard, as a disclosure
    await disclosure.locator('summary').focus();
    await page.keyboard.press('Enter');
    await explanation.waitFor({ state: 'visible' });
    expect(await disclosure.getAttribute('open')).not.toBeNull();
    const text = (await explanation.textContent()) ?? '';
    expect(text).toContain('Stage 1 response due (day 5) (§26)');
    expect(text).toContain('Day one is Thursday 26 November 2026');
    expect(text).toContain(
      'Not counted: Saturday 28 November 2026 (weekend); Sunday 29 November 2026 (weekend); Monday 30 November 2026 (St Andrew’s Day, a bank holiday).',
    );
    expect(text).toContain('Due: Thursday 3 December 2026.');
    await screenshot(page, 'why-this-date');
  });

  it('gives day one its own explanation, and the page stays free of serious accessibility problems with it open', async () => {
    const page = b.page;
    const dayOne = page.locator('details.why-date', {
      has: page.locator('summary', { hasText: 'Stage 1 day one' }),
    });
    await dayOne.locator('summary').click();
    expect(await dayOne.locator('p').textContent()).toContain(
      'Received on Thursday 26 November 2026 at 10:00. That is a working day, so it is day one.',
    );
    expect(describeViolations(await seriousViolations(page))).toBe('');
  });
});
