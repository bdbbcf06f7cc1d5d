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
  signOut,
  type Browser,
} from './support/browser';

// docs/procedure.md, SPSO recommendations (§72–73): recorded on the complaint the SPSO decided,
// completed with evidence, listed for managers.

/** A GraphQL call from the page (its session cookie). */
async function gql<T>(page: Page, query: string, variables: object = {}): Promise<T> {
  const body = await page.evaluate(
    async ([q, v]) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: q, variables: v }),
      });
      return res.json();
    },
    [query, variables] as const,
  );
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

interface Row {
  id: string;
  reference: string;
  spsoDecision: string | null;
}

/** A closed stage 2 complaint of the demo data that the SPSO decided on. */
async function spsoDecidedComplaint(page: Page): Promise<Row> {
  for (let offset = 0; offset < 3000; offset += 100) {
    const { complaints } = await gql<{ complaints: { items: Row[] } }>(
      page,
      `query($offset: Int!) { complaints(stage: 2, status: closed, limit: 100, offset: $offset) {
        items { id reference spsoDecision } } }`,
      { offset },
    );
    const found = complaints.items.find((c) => c.spsoDecision !== null);
    if (found) return found;
    if (complaints.items.length < 100) break;
  }
  throw new Error('The demo data has no complaint with an SPSO decision');
}

const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('an SPSO recommendation recorded, completed and listed (§72–73)', () => {
  let b: Browser;
  screenshotOnFailure(() => b?.page);
  const text = `Apologise and review the repairs call-back process ${Date.now().toString(36)}`;
  let complaint: Row;
  beforeAll(async () => {
    b = await openBrowser();
  });
  afterAll(async () => {
    await b?.close();
  });

  it('a manager records one on the complaint the SPSO decided, with a due date and an owner', async () => {
    const page = b.page;
    await signIn(page, 'manager');
    complaint = await spsoDecidedComplaint(page);
    await open(page, `/complaints/${complaint.id}`);
    const panel = page.locator('section[aria-labelledby="spso-recommendations-heading"]');
    await panel.waitFor();
    await panel.getByRole('button', { name: 'Record a recommendation' }).click();
    // refused without the text: the form kit's summary names the field
    await panel.getByRole('button', { name: 'Record the recommendation' }).click();
    await panel
      .locator('.error-message', { hasText: 'Say what the SPSO recommended.' })
      .first()
      .waitFor();
    await panel.getByLabel('What the SPSO recommended').fill(text);
    await panel.getByLabel('Due on').fill(inDays(10)); // due soon: within 14 days;
    await panel.getByLabel('Owner', { exact: true }).selectOption({ label: 'Ross Duncan' });
    await panel.getByRole('button', { name: 'Record the recommendation' }).click();
    await panel.locator('p.success', { hasText: 'SPSO recommendation recorded.' }).waitFor();
    const item = panel.locator('li', { hasText: text });
    expect(await item.textContent()).toContain('Ross Duncan');
    expect(await item.textContent()).toContain('Due soon');
    expect(describeViolations(await seriousViolations(page))).toBe('');
  });

  it('the list for managers shows it open, with its complaint, at 1280 and 375 px without accessibility faults', async () => {
    const page = b.page;
    await page.getByRole('link', { name: 'SPSO recommendations' }).click();
    await page.getByRole('heading', { name: 'SPSO recommendations', level: 1 }).waitFor();
    await settled(page);
    const row = page.locator('tr', { hasText: text });
    expect(await row.locator('td').allTextContents()).toEqual(
      expect.arrayContaining([complaint.reference, 'Due soon', 'Ross Duncan', '—']),
    );
    expect(describeViolations(await seriousViolations(page))).toBe('');
    await page.setViewportSize({ width: 375, height: 800 });
    expect(describeViolations(await seriousViolations(page))).toBe('');
    await screenshot(page, 'spso-recommendations-375');
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, 'spso-recommendations');
    // not overdue: the overdue filter leaves it out
    await page.getByLabel('Overdue only').check();
    await settled(page);
    // the list keeps showing its last answer until the overdue one arrives
    await page.locator('tr', { hasText: text }).waitFor({ state: 'detached', timeout: 15_000 });
    expect(await page.locator('tr', { hasText: text }).count()).toBe(0);
  });

  it('its owner, who reads no complaints, finds it on My actions', async () => {
    const page = b.page;
    await signOut(page);
    await signIn(page, 'staff');
    expect(new URL(page.url()).pathname).toBe('/actions/mine');
    const mine = page.locator('section[aria-labelledby="my-recommendations-heading"]');
    await mine.waitFor();
    const item = mine.locator('li', { hasText: text });
    expect(await item.textContent()).toContain(`Complaint ${complaint.reference}`);
    expect(await item.getByRole('button', { name: 'Record it completed' }).count()).toBe(1);
    expect(describeViolations(await seriousViolations(page))).toBe('');
    await signOut(page);
    await signIn(page, 'manager');
    await open(page, `/complaints/${complaint.id}`);
  });

  it('a manager records it completed with evidence; the list shows it completed', async () => {
    const page = b.page;
    const panel = page.locator('section[aria-labelledby="spso-recommendations-heading"]');
    const item = panel.locator('li', { hasText: text });
    await item.getByRole('button', { name: 'Record it completed' }).click();
    await item.getByRole('button', { name: 'Mark as completed' }).click();
    await item
      .locator('.error-message', { hasText: 'Say what shows the recommendation was met.' })
      .first()
      .waitFor();
    await item
      .getByLabel('Evidence')
      .fill('Apology sent; call-back process reviewed with the team');
    await page.setViewportSize({ width: 375, height: 800 });
    expect(describeViolations(await seriousViolations(page))).toBe('');
    await page.setViewportSize({ width: 1280, height: 900 });
    await item.getByRole('button', { name: 'Mark as completed' }).click();
    await panel.locator('p.success', { hasText: 'SPSO recommendation completed.' }).waitFor();
    const done = panel.locator('li', { hasText: text });
    expect(await done.textContent()).toContain('Completed');
    expect(await done.textContent()).toContain('Evidence: Apology sent');
    expect(await done.getByRole('button', { name: 'Record it completed' }).count()).toBe(0);
    await open(page, '/spso-recommendations');
    await settled(page);
    const row = page.locator('tr', { hasText: text });
    expect(await row.locator('td').allTextContents()).toContain('Completed');
    expect(b.errors).toEqual([]);
  });
});
