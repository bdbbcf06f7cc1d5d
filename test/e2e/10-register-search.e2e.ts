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

/** The text of a fact on the complaint page ('Name', 'What it is about'), or '' when absent. */
async function fact(page: Page, term: string): Promise<string> {
  const dd = page
    .locator('dl dt', { hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd[1]');
  return (await dd.count()) ? ((await dd.first().textContent()) ?? '').trim() : '';
}

/** The register's caption count ('12 complaints matching the filters' → 12; 'about 12,000 complaints' → 12000; 'more than 10,000' → 10000). */
async function listed(page: Page): Promise<number> {
  const caption = (await page.locator('table.register caption').textContent()) ?? '';
  return Number(
    caption
      .replace(/,/g, '')
      .replace(/^(about|more than) /, '')
      .split(' ')[0],
  );
}

async function search(page: Page, term: string): Promise<void> {
  await page.getByLabel('Search', { exact: true }).fill(term);
  // the register's answer to this search, so the caption read next is not the previous list's
  const answered = page.waitForResponse(
    (r) => r.url().includes('/graphql') && (r.request().postData() ?? '').includes(term),
  );
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.waitForURL((url) => url.searchParams.get('search') === term);
  await answered;
  await settled(page);
}

/**
 * The register as a handler works it (issue 17): a handler finds a complaint of the demo data by
 * the customer's surname and by a word of its summary, sees their caseload, and is warned when
 * recording a complaint from a customer who already has an open one.
 */
describe('a handler finds complaints in the register', () => {
  let b: Browser;
  screenshotOnFailure(() => b?.page);
  // the newest complaint with a named customer: the first row of any search that finds it
  const target = { reference: '', path: '', surname: '', word: '', email: '' };
  let everything = 0;
  beforeAll(async () => {
    b = await openBrowser();
    await signIn(b.page, 'handler');
    await open(b.page, '/complaints');
    await settled(b.page);
    everything = await listed(b.page);
    const links = b.page.locator('table.register tbody tr th a');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) {
      await open(b.page, href);
      await settled(b.page);
      const name = await fact(b.page, 'Name');
      // '—': a customer recorded without a name (only contact details)
      if (!name || name === '—') continue;
      target.path = href;
      target.reference = ((await b.page.locator('main h1').textContent()) ?? '').replace(
        'Complaint ',
        '',
      );
      target.surname = name.split(' ').at(-1) ?? '';
      const summary = await fact(b.page, 'What it is about');
      target.word =
        summary
          .split(/[^A-Za-z]+/)
          .filter((w) => w.length >= 6)
          .sort((x, y) => y.length - x.length)[0] ?? '';
      target.email = await fact(b.page, 'E-mail');
      break;
    }
    expect(target.reference).toMatch(/^CMP-\d{4}-\d{5}$/);
  });
  afterAll(async () => {
    await b?.close();
  });

  it("finds the complaint by the customer's surname", async () => {
    const page = b.page;
    await open(page, '/complaints');
    await search(page, target.surname);
    const found = await listed(page);
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThan(everything);
    expect(await page.locator('table.register tbody tr th a').first().textContent()).toBe(
      target.reference,
    );
    await screenshot(page, 'register-search-surname');
    expect(describeViolations(await seriousViolations(page))).toBe('');
  });

  it('lists only complaints whose customer or summary has that name', async () => {
    const page = b.page;
    const last = page.locator('table.register tbody tr th a').last();
    await last.click();
    await page.getByRole('heading', { name: /^Complaint CMP-/ }).waitFor();
    await settled(page);
    const found = [
      await fact(page, 'Name'),
      await fact(page, 'E-mail'),
      await fact(page, 'What it is about'),
    ].join(' ');
    expect(found.toLowerCase()).toContain(target.surname.toLowerCase());
  });

  it('finds the complaint by a word of its summary', async () => {
    const page = b.page;
    await open(page, '/complaints');
    await search(page, target.word);
    const found = await listed(page);
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThan(everything);
    expect(await page.locator('table.register tbody tr th a').first().textContent()).toBe(
      target.reference,
    );
    expect(describeViolations(await seriousViolations(page))).toBe('');
  });

  it('sorts by a column from its header, and says so to assistive technology', async () => {
    const page = b.page;
    await page.getByRole('button', { name: 'Due', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'due');
    await settled(page);
    expect(await page.locator('th[aria-sort="ascending"]').textContent()).toContain('Due');
    expect(new URL(page.url()).searchParams.get('search')).toBe(target.word);
  });

  it('shows the handler their caseload', async () => {
    const page = b.page;
    await open(page, '/complaints');
    await page.getByRole('link', { name: 'My caseload' }).click();
    await page.waitForURL((url) => url.searchParams.get('mine') === '1');
    await settled(page);
    expect(await page.getByRole('link', { name: 'My caseload' }).getAttribute('aria-current')).toBe(
      'page',
    );
    const caption = page.locator('table.register caption');
    if (await caption.count()) expect(await caption.textContent()).toContain('in your caseload');
    else await page.getByText('You handle no complaints.').waitFor();
    expect(describeViolations(await seriousViolations(page))).toBe('');
  });

  it('warns, with a link, when recording a complaint from a customer with an open one', async () => {
    const page = b.page;
    await open(page, '/complaints?status=open');
    await settled(page);
    let email = '';
    let reference = '';
    const hrefs = await page
      .locator('table.register tbody tr th a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) {
      await open(page, href);
      await settled(page);
      email = await fact(page, 'E-mail');
      // a customer without an address shows '—': look on to the next open complaint
      if (!email.includes('@')) continue;
      reference = ((await page.locator('main h1').textContent()) ?? '').replace('Complaint ', '');
      break;
    }
    expect(email).toContain('@');
    await open(page, '/complaints');
    await page.getByRole('button', { name: 'Record a complaint' }).click();
    const form = page.locator('section[aria-labelledby="record-heading"]');
    await form.getByLabel('E-mail', { exact: true }).fill(email);
    const warning = form.locator('.open-complaints-warning');
    await warning.waitFor();
    expect(await warning.getByRole('link', { name: reference }).count()).toBe(1);
    await screenshot(page, 'record-complaint-open-complaint-warning');
    expect(describeViolations(await seriousViolations(page))).toBe('');
    await page.getByRole('button', { name: 'Cancel recording' }).click();
  });
});

describe('the register on a phone (375 px)', () => {
  let b: Browser;
  screenshotOnFailure(() => b?.page);
  beforeAll(async () => {
    b = await openBrowser(375, 812);
    await signIn(b.page, 'handler');
  });
  afterAll(async () => {
    await b?.close();
  });

  it("keeps each complaint's deadline status in view without scrolling sideways", async () => {
    const page = b.page;
    await open(page, '/complaints');
    await settled(page);
    const inView = async (selector: string) => {
      const box = await page.locator(selector).first().boundingBox();
      return box !== null && box.x >= 0 && box.x + box.width <= 375;
    };
    expect(await inView('table.register thead th:nth-child(2)')).toBe(true);
    expect(await page.locator('table.register thead th:nth-child(2)').textContent()).toContain(
      'Deadline',
    );
    expect(await inView('table.register tbody tr td:nth-child(2) > *')).toBe(true);
    expect(describeViolations(await seriousViolations(page))).toBe('');
    await screenshot(page, 'register-375');
  });
});
