import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeViolations,
  open,
  openBrowser,
  screenshot,
  seriousViolations,
  settled,
  signIn,
  type Browser,
  screenshotOnFailure,
} from './support/browser';

/** The current quarter's figure in a row of the indicators table ('12 (40%)' → 12). */
async function indicator(page: Page, group: string, label: string): Promise<number> {
  const rows = page.locator('table.indicators tbody tr');
  const count = await rows.count();
  let inGroup = false;
  for (let i = 0; i < count; i++) {
    const row = rows.nth(i);
    const head = (await row.locator('th').first().textContent())?.trim() ?? '';
    if ((await row.getAttribute('class')) === 'group-row') {
      inGroup = head.startsWith(group);
      continue;
    }
    if (inGroup && head === label)
      return Number(
        ((await row.locator('td').first().textContent()) ?? '').split(' ')[0]?.replace(/,/g, ''),
      );
  }
  throw new Error(`no indicator row ${group} / ${label}`);
}

async function readIndicators(page: Page) {
  await open(page, '/indicators');
  await settled(page);
  return {
    received: await indicator(page, 'A.', 'Complaints received'),
    closedStage1: await indicator(page, 'B.', 'Closed at stage 1'),
    closedStage2Escalated: await indicator(page, 'B.', 'Closed at stage 2 (after escalation)'),
    stage2EscalatedPartiallyUpheld: await indicator(
      page,
      'C.',
      'Stage 2 (after escalation): partially upheld',
    ),
  };
}

/** Opens a step's form from the complaint page's "Next steps" buttons. */
async function step(page: Page, button: string): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
}

async function saved(page: Page, message: string): Promise<void> {
  await page.locator('p.success', { hasText: message }).waitFor();
}

describe('a complaint from recording to the SPSO, and the indicators that count it', () => {
  let b: Browser;
  screenshotOnFailure(() => b?.page);
  let before: Awaited<ReturnType<typeof readIndicators>>;
  let reference = '';
  let complaintPath = '';
  beforeAll(async () => {
    b = await openBrowser();
    await signIn(b.page, 'manager');
  });
  afterAll(async () => {
    await b?.close();
  });

  it('reads this quarter’s indicators first', async () => {
    before = await readIndicators(b.page);
    expect(before.received).toBeGreaterThan(0);
  });

  it('records a complaint at stage 1 from the register, with the rules shown next to the fields', async () => {
    const page = b.page;
    await open(page, '/complaints');
    await page.getByRole('button', { name: 'Record a complaint' }).click();
    const form = page.locator('section[aria-labelledby="record-heading"]');
    // the form says what is missing, next to each field
    await form.getByRole('button', { name: 'Record the complaint' }).click();
    await form
      .locator('.error-message', { hasText: 'Choose the service area the complaint is about.' })
      .waitFor();
    await form
      .getByLabel('Service area', { exact: true })
      .selectOption({ label: 'Repairs and maintenance' });
    await form.getByLabel('Category').fill('Repair not done');
    await form
      .getByLabel('What the complaint is about')
      .fill('The kitchen tap has leaked for three weeks after two repair visits.');
    await form
      .getByLabel('What the customer wants to happen')
      .fill('The tap fixed and an apology.');
    await form.getByLabel('Name').fill('Test Customer');
    await form.getByLabel('E-mail', { exact: true }).fill('test.customer@example.org');
    await screenshot(page, 'record-complaint');
    await form.getByRole('button', { name: 'Record the complaint' }).click();
    await page.getByRole('heading', { name: /^Complaint CMP-\d{4}-\d{5}$/ }).waitFor();
    reference = ((await page.locator('main h1').textContent()) ?? '').replace('Complaint ', '');
    complaintPath = new URL(page.url()).pathname;
    await saved(page, 'Complaint recorded.');
    expect(await page.locator('table.deadlines').textContent()).toContain('Stage 1 due (day 5)');
    expect(await page.locator('ol.journey').textContent()).toContain('Received at stage 1');
  });

  it('assigns the handler and records a root cause', async () => {
    const page = b.page;
    await step(page, 'Assign the handler');
    await page.getByLabel('Handler', { exact: true }).selectOption({ label: 'Callum Stewart' });
    await page.getByRole('button', { name: 'Assign', exact: true }).click();
    await saved(page, 'Handler: Callum Stewart.');
    await step(page, 'Record root causes');
    const first = page.locator('.root-causes label.sub-cause').first();
    const cause = ((await first.textContent()) ?? '').trim();
    await first.locator('input').check();
    await page.getByRole('button', { name: 'Save root causes' }).click();
    await saved(page, '1 root cause recorded.');
    expect(await page.locator('dl.facts').first().textContent()).toContain(cause);
  });

  it('explains the stage 1 extension limit with the date of day 10, computed in the browser by @chp/domain', async () => {
    const page = b.page;
    await step(page, 'Extend the deadline');
    await page.getByText(/and no later than day 10 \(\d{1,2} [A-Z][a-z]{2} \d{4}\)/).waitFor();
    await page.getByLabel('New due date').fill('2099-01-05');
    await page.getByLabel('Why more time is needed').fill('Waiting for the contractor’s report.');
    await page.getByRole('button', { name: 'Extend', exact: true }).click();
    const message = page.locator('[data-field-error]');
    await message.waitFor();
    expect(await message.textContent()).toMatch(
      /^A stage 1 extension can't go past day 10 \(\d{1,2} [A-Z][a-z]{2} \d{4}\)\.$/,
    );
    await screenshot(page, 'complaint-extension-rule');
    expect(describeViolations(await seriousViolations(page))).toBe('');
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  });

  it('closes stage 1 with an outcome', async () => {
    const page = b.page;
    await step(page, 'Close with the outcome');
    await page.getByRole('radio', { name: 'Upheld', exact: true }).check();
    // §31–32: the reasons for the decision and how it was given
    await page.getByLabel('Reasons for the decision').fill('The engineer missed the first visit.');
    await page.getByLabel('How the response was given').selectOption('phone');
    await page.getByRole('button', { name: 'Close stage 1' }).click();
    await saved(page, 'Stage 1 closed.');
    expect(await page.locator('ol.journey').textContent()).toContain('Stage 1 closed: upheld');
  });

  it('escalates to stage 2 when the customer is still dissatisfied, acknowledges, agrees the points and signs off', async () => {
    const page = b.page;
    await step(page, 'Escalate to stage 2');
    await page.getByRole('button', { name: 'Escalate', exact: true }).click();
    await saved(page, 'Escalated to stage 2.');
    await step(page, 'Acknowledge stage 2');
    await page.getByRole('button', { name: 'Acknowledge', exact: true }).click();
    await saved(page, 'Stage 2 acknowledged.');
    await step(page, 'Agree the points of complaint');
    await page.getByLabel('Point 1').fill('The repair was not done at the first visit.');
    await page.getByRole('button', { name: 'Add a point' }).click();
    await page.getByLabel('Point 2').fill('Nobody called back as promised.');
    await page.getByRole('button', { name: 'Agree the points', exact: true }).click();
    await saved(page, '2 points of complaint agreed.');
    // closing before the sign-off: the rule appears next to the outcome
    await step(page, 'Close with the outcome');
    const findings = page.locator('.finding');
    await findings.nth(0).getByRole('radio', { name: 'Upheld', exact: true }).check();
    await findings.nth(1).getByRole('radio', { name: 'Not upheld', exact: true }).check();
    await page.getByLabel('How the response was given').selectOption('letter');
    await page.getByRole('button', { name: 'Close stage 2' }).click();
    await page
      .locator('[data-field-error]', {
        hasText: 'A manager must sign off the stage 2 response before it is sent',
      })
      .waitFor();
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await step(page, 'Sign off the response');
    await page.getByRole('button', { name: 'Sign off', exact: true }).click();
    await saved(page, 'Stage 2 response signed off.');
  });

  it('closes stage 2 with findings on each point, signposting the SPSO, then records the SPSO’s decision', async () => {
    const page = b.page;
    await step(page, 'Close with the outcome');
    const findings = page.locator('.finding');
    await findings.nth(0).getByRole('radio', { name: 'Upheld', exact: true }).check();
    await findings.nth(1).getByRole('radio', { name: 'Not upheld', exact: true }).check();
    expect(await page.getByLabel(/tells the customer how to go to the SPSO/).isChecked()).toBe(
      true,
    );
    // §65, §69: how the final response was given
    await page.getByLabel('How the response was given').selectOption('letter');
    await page.getByRole('button', { name: 'Close stage 2' }).click();
    await saved(page, 'Stage 2 closed.');
    expect(await page.locator('ol.journey').textContent()).toContain(
      'Stage 2 closed: partially upheld',
    );
    await step(page, "Record the SPSO's decision");
    await page.getByLabel('Decision', { exact: true }).selectOption('not_taken_forward');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await saved(page, "The SPSO's decision is recorded.");
    expect(await page.locator('ol.journey').textContent()).toContain(
      'SPSO decision: not taken forward',
    );
    await screenshot(page, 'complaint-closed');
  });

  it('is counted in this quarter’s indicators: received, closed at stage 1, closed at stage 2 after escalation', async () => {
    const after = await readIndicators(b.page);
    expect(after).toEqual({
      received: before.received + 1,
      closedStage1: before.closedStage1 + 1,
      closedStage2Escalated: before.closedStage2Escalated + 1,
      stage2EscalatedPartiallyUpheld: before.stage2EscalatedPartiallyUpheld + 1,
    });
  });

  it('is found in the register by its reference, closed', async () => {
    const page = b.page;
    await open(page, '/complaints');
    await page.getByLabel('Search', { exact: true }).fill(reference);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('table.register caption', { hasText: '1 complaint' }).waitFor();
    const row = page.locator('table.register tbody tr').first();
    expect(await row.locator('th').textContent()).toBe(reference);
    expect(await row.textContent()).toContain('Stage 2 (escalated)');
    expect(await row.textContent()).toContain('Closed on time');
  });

  it('proposes an improvement action from the complaint, linked to it', async () => {
    const page = b.page;
    await open(page, complaintPath);
    await page.getByRole('button', { name: 'Propose an action' }).click();
    const form = page.locator('section[aria-labelledby="propose-heading"]');
    expect(await form.locator('h2').textContent()).toBe(
      `Propose an improvement action for ${reference}`,
    );
    // the complaint's service area is chosen once the list has loaded
    await expect
      .poll(() =>
        form.getByLabel('Service area', { exact: true }).locator('option:checked').textContent(),
      )
      .toBe('Repairs and maintenance');
    await form.getByLabel('Title').fill('Leak repairs fixed at the first visit');
    await form
      .getByLabel('What will change')
      .fill('Operatives carry the common tap parts on every plumbing job.');
    await form.getByLabel('Owner', { exact: true }).selectOption({ label: 'Ross Duncan' });
    await form
      .getByLabel('Target date')
      .fill(new Date(Date.now() + 45 * 86_400_000).toISOString().slice(0, 10));
    await form.getByRole('button', { name: 'Propose the action' }).click();
    await page
      .getByRole('heading', { name: 'Leak repairs fixed at the first visit', level: 1 })
      .waitFor();
    await page.getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { name: `Complaint ${reference}` }).waitFor();
    await settled(page);
    // the page first shows the cached complaint, then its refetch (networkidle has already passed
    // after a client-side navigation, so wait for the list itself)
    await expect
      .poll(() => page.locator('section[aria-labelledby="actions-heading"]').textContent())
      .toContain('Leak repairs fixed at the first visit');
  });
});
