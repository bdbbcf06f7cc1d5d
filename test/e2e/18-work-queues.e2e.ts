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

/** A signed-in GraphQL call from the page (the session cookie goes with it). */
const gql = async (page: Page, query: string, variables: Record<string, unknown> = {}) => {
  const body = (await page.evaluate(
    async ({ query, variables }) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return res.json();
    },
    { query, variables },
  )) as { data: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
};

/**
 * Records a stage 1 complaint received now and asks for its extension to day 10, the latest a
 * stage 1 extension may reach (§27); returns the complaint's id and reference.
 */
async function recordAskingExtension(
  page: Page,
  what: { channel: string; category: string; summary: string; reason: string },
): Promise<{ id: string; reference: string }> {
  const { serviceAreas } = await gql(page, '{ serviceAreas { id } }');
  const { recordComplaint: c } = await gql(
    page,
    `mutation($input: RecordComplaintInput!) { recordComplaint(input: $input) { id reference timeline { stageOneLastDay } } }`,
    {
      input: {
        receivedAt: new Date().toISOString(),
        channel: what.channel,
        serviceAreaId: serviceAreas[0].id,
        category: what.category,
        summary: what.summary,
        stage: 1,
      },
    },
  );
  await gql(
    page,
    `mutation($id: ID!, $dueOn: LocalDate!, $reason: String!) { requestExtension(complaintId: $id, dueOn: $dueOn, reason: $reason) { id } }`,
    { id: c.id, dueOn: c.timeline.stageOneLastDay, reason: what.reason },
  );
  return { id: c.id, reference: c.reference };
}

/**
 * Work queues (docs/procedure.md, Work queues): a handler asks for two stage 1 extensions (§27);
 * the manager's start page says "2 extensions to approve", the manager agrees one there, and the
 * count drops, in the page and in the navigation.
 */
describe('a manager approves an extension from the start page (docs/procedure.md, Work queues)', () => {
  let handler: Browser;
  let manager: Browser;
  screenshotOnFailure(() => manager?.page);
  beforeAll(async () => {
    handler = await openBrowser();
    manager = await openBrowser();
    await signIn(handler.page, 'handler');
    for (const summary of ['The lift has been broken for a week', 'Bins not collected twice']) {
      await recordAskingExtension(handler.page, {
        channel: 'phone',
        category: 'Estate management',
        summary,
        reason: "Waiting for the contractor's report",
      });
    }
  });
  afterAll(async () => {
    await handler?.close();
    await manager?.close();
  });

  const counts = (page: Page) => page.getByTestId('work-counts');
  const navCount = async (page: Page) =>
    Number((await page.getByTestId('nav-work-count').locator('[aria-hidden]').textContent()) ?? 0);

  it('the start page says "2 extensions to approve", with no serious accessibility problem', async () => {
    const page = manager.page;
    await signIn(page, 'manager');
    await open(page, '/');
    await settled(page);
    await counts(page).getByText('2 extensions to approve', { exact: true }).waitFor();
    await page
      .getByTestId('nav-work-count')
      .getByText(/waiting for you$/)
      .waitFor({ state: 'attached' });
    await screenshot(page, '18-work-queue');
    expect(describeViolations(await seriousViolations(page))).toBe('');
  });

  it('agreeing one leaves "1 extension to approve", and the navigation count drops by one', async () => {
    const page = manager.page;
    const before = await navCount(page);
    // the demo data's overdue items come first; the requests may be past the first ten
    const showAll = page.getByTestId('work-queue').getByRole('button', { name: /^Show all / });
    if (await showAll.count()) await showAll.click();
    await page
      .getByTestId('work-queue')
      .getByRole('button', { name: /^Agree the extension to / })
      .first()
      .click();
    await counts(page).getByText('1 extension to approve', { exact: true }).waitFor();
    await settled(page);
    expect(await navCount(page)).toBe(before - 1);
    expect(describeViolations(await seriousViolations(page))).toBe('');
  });
});

/**
 * Work queues (docs/procedure.md, Work queues): with more than the first ten waiting, the manager
 * opens "Show all" and agrees a request there (§27); the agreed request leaves the list on screen.
 */
describe('a manager agrees an extension with every item shown', () => {
  let handler: Browser;
  let manager: Browser;
  const references: string[] = [];
  screenshotOnFailure(() => manager?.page);
  beforeAll(async () => {
    handler = await openBrowser();
    manager = await openBrowser();
    await signIn(handler.page, 'handler');
    // eleven requests: more than the ten shown before "Show all", whatever else waits
    for (let i = 1; i <= 11; i++) {
      const { reference } = await recordAskingExtension(handler.page, {
        channel: 'email',
        category: 'Repairs',
        summary: `Repair ${i} not done`,
        reason: 'Waiting for the surveyor',
      });
      references.push(reference);
    }
  });
  afterAll(async () => {
    await handler?.close();
    await manager?.close();
  });

  it('the agreed request leaves the list shown under "Show all", and the others stay', async () => {
    const page = manager.page;
    await signIn(page, 'manager');
    await open(page, '/');
    await settled(page);
    const queue = page.getByTestId('work-queue');
    await queue.getByRole('button', { name: /^Show all \d+$/ }).click();
    const [agreed, other] = references;
    const request = queue.getByRole('form', { name: `Extension for ${agreed}` });
    await request.getByRole('button', { name: /^Agree the extension to / }).click();
    await request.waitFor({ state: 'detached' });
    await queue.getByRole('form', { name: `Extension for ${other}` }).waitFor();
  });
});

/**
 * Calendar feeds (docs/procedure.md, Work queues): from their profile, a handler gets a private
 * iCal address, the address answers with a calendar, and once revoked it answers 404.
 */
describe('a handler gets and revokes a calendar feed from their profile', () => {
  let b: Browser;
  screenshotOnFailure(() => b?.page);
  beforeAll(async () => {
    b = await openBrowser();
  });
  afterAll(async () => {
    await b?.close();
  });

  it('the address is shown once, answers with a calendar, and 404 once revoked; axe-clean', async () => {
    const page = b.page;
    await signIn(page, 'handler');
    await page.getByRole('link', { name: 'Your profile' }).click();
    await page.getByRole('heading', { name: 'Your profile', level: 1 }).waitFor();
    await settled(page);
    await page
      .getByRole('button', { name: /^(Get a calendar address|Issue a new address)/ })
      .click();
    const address = await page.getByLabel('Your calendar address (shown only now)').inputValue();
    expect(address).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const fetched = await fetch(address);
    expect(fetched.status).toBe(200);
    expect(await fetched.text()).toContain('BEGIN:VCALENDAR');
    expect(describeViolations(await seriousViolations(page))).toBe('');
    await page.getByRole('button', { name: 'Revoke the calendar feed' }).click();
    await page.getByText('Your calendar feed is revoked').waitFor();
    expect((await fetch(address)).status).toBe(404);
  });
});
