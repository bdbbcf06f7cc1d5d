import type { Page } from 'playwright-core';
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

/** A signed-in GraphQL call from the page (the session cookie goes with it). */
const gql = (page: Page, query: string, variables: Record<string, unknown> = {}) =>
  page.evaluate(
    async ({ query, variables }) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return res.json();
    },
    { query, variables },
  ) as Promise<{ data: any; errors?: unknown[] }>;

/** A manager opens the publication from the list, previews the public page and approves it there. */
async function approve(page: Page, title: string): Promise<void> {
  await open(page, '/publications');
  await settled(page);
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
  await settled(page);
  await page.getByRole('link', { name: 'Preview and approve' }).click();
  await page.getByRole('heading', { name: 'Preview – not published', level: 1 }).waitFor();
  // not `settled`: Playwright's network-idle state never comes for a page holding a srcdoc frame
  await page.frameLocator('iframe.publication-preview').locator('.preview-banner').waitFor();
  // by keyboard: below the preview's frame, a pointer click can land on the frame in headless Chromium
  await page.getByRole('button', { name: 'Approve' }).press('Enter');
  await page.locator('p.success', { hasText: 'Approved' }).waitFor();
  await page.getByRole('link', { name: 'Back to the publication' }).click();
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
  await settled(page);
}

/** Publish, confirmed. */
async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByRole('button', { name: 'Yes, publish it' }).click();
  await page.locator('p.success', { hasText: 'Published' }).waitFor();
}

const FIXED = 'You told us that repairs took too long to finish.';

describe('"you said, we did": drafted from suggestions, checked for personal data, approved, published and read signed out', () => {
  let comms: Browser;
  let manager: Browser;
  let customerName = '';
  let title = '';
  let publicationId = '';
  let weDid = '';
  screenshotOnFailure(() => comms?.page);
  beforeAll(async () => {
    comms = await openBrowser();
    manager = await openBrowser();
    await signIn(manager.page, 'manager');
    // a demo customer's full name, as a manager may see it
    const found = await gql(
      manager.page,
      '{ complaints(limit: 20) { items { customer { name } } } }',
    );
    customerName =
      found.data.complaints.items
        .map((c: { customer: { name: string | null } | null }) => c.customer?.name)
        .find((n: string | undefined) => n && n.includes(' ')) ?? '';
  });
  afterAll(async () => {
    await comms?.close();
    await manager?.close();
  });

  it('finds a demo customer whose name the check must catch', () => {
    expect(customerName).toMatch(/^\S+ \S+/);
  });

  it('communications staff start a draft for an earlier quarter (the demo published the last one)', async () => {
    const page = comms.page;
    await signIn(page, 'communications');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Publications' })
      .click();
    await page.getByRole('heading', { name: 'Publications', level: 1 }).waitFor();
    await settled(page);
    await page.getByRole('button', { name: 'New publication' }).click();
    const form = page.locator('section[aria-labelledby="new-publication-heading"]');
    const quarters = await form
      .getByLabel('Quarter')
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    await form.getByLabel('Quarter').selectOption(quarters[1] as string);
    title = await form.getByLabel('Title').inputValue();
    expect(title).toMatch(/^You said, we did: \w+ to \w+ \d{4}$/);
    await form.getByRole('button', { name: 'Start the draft' }).click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    publicationId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await settled(page);
    expect(await page.locator('.tags').textContent()).toContain('Draft');
    await page.getByLabel('Introduction').fill('What your complaints changed this quarter.');
    await page.getByRole('button', { name: 'Save the texts' }).click();
    await page.locator('p.success', { hasText: 'Texts saved.' }).waitFor();
  });

  it('adds an item from a suggested action, and the check blocks a customer\'s name in "you said"', async () => {
    const page = comms.page;
    const suggestions = page.locator('section[aria-labelledby="candidates-heading"]');
    await suggestions
      .getByRole('button', { name: /^Add as item: / })
      .first()
      .click();
    const add = page.getByRole('form', { name: 'Add an item' });
    expect(await add.getByLabel('You said').inputValue()).toMatch(/^You told us about /);
    weDid = await add.getByLabel('We did').inputValue();
    if (!weDid) {
      weDid = 'We changed how repairs are booked.';
      await add.getByLabel('We did').fill(weDid);
    }
    await add.getByLabel('You said').fill(`${customerName} told us the repair took too long.`);
    await add.getByRole('button', { name: 'Add the item' }).click();
    await page.locator('p.success', { hasText: 'Item added.' }).waitFor();
    await screenshot(page, 'publication-draft');

    await page.getByRole('button', { name: 'Send for review' }).click();
    const alert = page.locator('section[aria-labelledby="workflow-heading"] [role="alert"]');
    await alert.waitFor();
    const said = await alert.textContent();
    expect(said).toContain('personal-data check');
    expect(said).toContain('Item 1, “You said”');
    expect(said).toContain("a customer's name");
    expect(await page.locator('.tags').textContent()).toContain('Draft');
  });

  it('the text is fixed and it goes for review', async () => {
    const page = comms.page;
    await page.getByRole('button', { name: 'Change item 1' }).click();
    const change = page.getByRole('form', { name: 'Change item 1' });
    await change.getByLabel('You said').fill(FIXED);
    await change.getByRole('button', { name: 'Save the item' }).click();
    await page.locator('p.success', { hasText: 'Item 1 saved.' }).waitFor();
    await page
      .locator('section[aria-labelledby="check-heading"]', { hasText: 'Nothing found' })
      .waitFor();
    await page.getByRole('button', { name: 'Send for review' }).click();
    await page.locator('p.success', { hasText: 'Sent for review.' }).waitFor();
    expect(await page.locator('.tags').textContent()).toContain('In review');
    // the author cannot approve it: there is no Approve button for communications staff
    expect(await page.getByRole('button', { name: 'Approve' }).count()).toBe(0);
  });

  it('a manager approves it (the figures are frozen) and publishes it', async () => {
    const page = manager.page;
    await approve(page, title);
    expect(await page.locator('[data-frozen-figure="received"]').textContent()).toMatch(
      /^(\d[\d,]*|fewer than \d+)$/,
    );
    await publish(page);
    expect(
      await page.getByRole('link', { name: 'Read it on the public site' }).getAttribute('href'),
    ).toMatch(new RegExp(`^/public/[\\w-]+/${publicationId}$`));
    await screenshot(page, 'publication-published');
    expect(describeViolations(await seriousViolations(page))).toBe('');
    expect(manager.errors).toEqual([]);
    expect(comms.errors).toEqual([]);
  });

  it('the public page shows it signed out, with the frozen figures and no name', async () => {
    const { data } = await gql(
      manager.page,
      `query($id: ID!) { publication(id: $id) { publicPath frozenFigures {
      current { received { display } closed { display } resolved { display } upheld { display } partiallyUpheld { display } notUpheld { display }
        withinTimescaleShare { display } stage1AverageWorkingDays { display } stage2AverageWorkingDays { display } }
      previous { received { display } } } } }`,
      { id: publicationId },
    );
    const frozen = data.publication.frozenFigures;
    const reader = await openBrowser();
    try {
      const page = reader.page;
      await page.goto(`${baseUrl()}${data.publication.publicPath}`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
      const text = (await page.locator('main').textContent()) ?? '';
      expect(text).toContain(FIXED);
      expect(text).toContain(weDid);
      expect(await page.content()).not.toContain(customerName);
      const shown = await page.$$eval('[data-figure]', (cells) =>
        Object.fromEntries(cells.map((c) => [c.getAttribute('data-figure'), c.textContent.trim()])),
      );
      const checked = Object.keys(frozen.current);
      expect(checked.length).toBeGreaterThan(5);
      for (const field of checked) expect(shown[field], field).toBe(frozen.current[field].display);
      expect(await page.locator('[data-figure-previous="received"]').textContent()).toBe(
        frozen.previous.received.display,
      );
      expect(describeViolations(await seriousViolations(page))).toBe('');
      await screenshot(page, 'public-published-by-test');
    } finally {
      await reader.close();
    }
  });
});

describe('the annual complaints performance report: narrative written, approved and published like a quarter', () => {
  let comms: Browser;
  let manager: Browser;
  let title = '';
  screenshotOnFailure(() => comms?.page);
  beforeAll(async () => {
    comms = await openBrowser();
    manager = await openBrowser();
  });
  afterAll(async () => {
    await comms?.close();
    await manager?.close();
  });

  it('communications staff write the SPSO narrative parts for the last financial year and send it for review', async () => {
    const page = comms.page;
    await signIn(page, 'communications');
    await open(page, '/publications');
    await page.getByRole('button', { name: 'New publication' }).click();
    const form = page.locator('section[aria-labelledby="new-publication-heading"]');
    await form.getByLabel('Kind').selectOption('annual');
    expect(await form.getByLabel('Financial year').inputValue()).toMatch(/^\d{4}\/\d{2}$/);
    title = await form.getByLabel('Title').inputValue();
    expect(title).toMatch(/^Complaints performance report \d{4}\/\d{2}$/);
    await form.getByRole('button', { name: 'Start the draft' }).click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    await settled(page);
    expect(await page.locator('section[aria-labelledby="candidates-heading"]').count()).toBe(0);
    await page.getByLabel('Introduction').fill('How we handled complaints last year.');
    await page
      .getByLabel('What we learned')
      .fill('Most complaints were about repairs appointments.');
    await page.getByLabel('Customer experience').fill('Customers told us updates came too late.');
    await page
      .getByLabel('Staff training')
      .fill('Every front-line officer completed the SPSO e-learning.');
    await page.getByRole('button', { name: 'Save the texts' }).click();
    await page.locator('p.success', { hasText: 'Texts saved.' }).waitFor();
    await page.getByRole('button', { name: 'Send for review' }).click();
    await page.locator('p.success', { hasText: 'Sent for review.' }).waitFor();
  });

  it('a manager approves and publishes it; the public page carries the narrative and the year beside the one before', async () => {
    const page = manager.page;
    await signIn(page, 'manager');
    await approve(page, title);
    await publish(page);
    const publicPath =
      (await page.getByRole('link', { name: 'Read it on the public site' }).getAttribute('href')) ??
      '';

    const reader = await openBrowser();
    try {
      await reader.page.goto(`${baseUrl()}${publicPath}`);
      expect(await reader.page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
      const headings = await reader.page.locator('main h2').allTextContents();
      expect(headings).toEqual(
        expect.arrayContaining([
          'Headline figures',
          'Complaints month by month',
          'What we learned',
          'Customer experience',
          'Staff training',
        ]),
      );
      expect(await reader.page.locator('main').textContent()).toContain(
        'Every front-line officer completed the SPSO e-learning.',
      );
      expect(await reader.page.locator('[data-figure-previous="received"]').textContent()).toMatch(
        /^(\d[\d,]*|fewer than \d+)$/,
      );
      expect(describeViolations(await seriousViolations(reader.page))).toBe('');
    } finally {
      await reader.close();
    }
  });
});
