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
  signOut,
  type Browser,
} from './support/browser';

/** A GraphQL call from the page (its session cookie, if any). */
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

const run = Date.now().toString(36);
let surveys = 0;

/**
 * As the signed-in administrator: records a complaint from a customer who agreed to the survey,
 * closes it, and answers the customer's e-mail address (the outbox holds the survey's message).
 */
async function closedWithSurvey(page: Page): Promise<string> {
  const email = `survey-${run}-${++surveys}@example.org`;
  const { serviceAreas } = await gql<{ serviceAreas: { id: string }[] }>(
    page,
    '{ serviceAreas { id } }',
  );
  const { recordComplaint: c } = await gql<{ recordComplaint: { id: string; version: number } }>(
    page,
    'mutation($input: RecordComplaintInput!) { recordComplaint(input: $input) { id version } }',
    {
      input: {
        receivedAt: new Date(Date.now() - 60 * 60_000).toISOString(),
        channel: 'email',
        serviceAreaId: serviceAreas[0]!.id,
        category: 'Repairs',
        summary: 'The kitchen tap has leaked for three weeks',
        stage: 1,
        customer: { name: 'Survey Customer', email, surveyConsent: true },
      },
    },
  );
  await gql(
    page,
    'mutation($id: ID!, $version: Int!, $input: CloseComplaintInput!) { closeComplaint(id: $id, version: $version, input: $input) { id } }',
    {
      ...c,
      input: {
        outcome: 'upheld',
        spsoSignposted: false,
        reasons: 'The tap was replaced.',
        communicatedBy: 'phone',
      },
    },
  );
  return email;
}

/** The survey link in the outbox message to `email`, read through the API as the administrator. */
async function linkFromOutbox(page: Page, email: string): Promise<string> {
  const { outbox } = await gql<{ outbox: { items: { to: string; text: string }[] } }>(
    page,
    '{ outbox(limit: 50) { items { to text } } }',
  );
  const message = outbox.items.find((m) => m.to === email);
  const link = message?.text.match(/\/survey#token=[\w-]+/)?.[0];
  if (!link) throw new Error(`no survey message to ${email}`);
  return link;
}

describe('the satisfaction survey (docs/procedure.md, Satisfaction survey)', () => {
  let b: Browser;
  let phone: Browser;
  screenshotOnFailure(() => b?.page);
  beforeAll(async () => {
    b = await openBrowser();
    phone = await openBrowser(375, 800);
  });
  afterAll(async () => {
    await b?.close();
    await phone?.close();
  });

  it('is answered from the e-mailed link while signed out; the link then says it was used', async () => {
    const page = b.page;
    await signIn(page, 'admin');
    const email = await closedWithSurvey(page);
    // the administrator sees the message in the Outbox, as it would be sent
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Outbox' })
      .click();
    const message = page
      .getByRole('listitem')
      .filter({ hasText: `To ${email}` })
      .filter({ has: page.getByRole('heading', { name: 'How did we handle your complaint?' }) })
      .first();
    await message.waitFor();
    await message.getByText('The message').click();
    const text = (await message.locator('pre').textContent()) ?? '';
    const link = text.match(/\/survey#token=[\w-]+/)?.[0];
    expect(link).toBeDefined();
    await signOut(page);

    await page.goto(`${baseUrl()}${link}`);
    await page.getByRole('heading', { name: 'How did we do?', level: 1 }).waitFor();
    expect(page.url()).not.toContain('token'); // taken out of the address bar
    let violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page
      .getByRole('group', { name: 'How easy was it to make your complaint?' })
      .getByLabel('Very good')
      .check();
    await page
      .getByRole('group', { name: 'How well were you kept informed while we looked into it?' })
      .getByLabel('Poor', { exact: true })
      .check();
    await page.getByLabel(/Anything else/).fill('The plumber was very helpful');
    await screenshot(page, 'survey-1280');
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await page.getByText('Thank you. Your answers have been sent').waitFor();
    violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    // opened again from the e-mail (a new page load, not a change of the fragment)
    await page.goto('about:blank');
    await page.goto(`${baseUrl()}${link}`);
    await page.getByText('This survey has already been answered').waitFor();
    violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('is axe-clean at 375 px, and the same link works on a phone', async () => {
    const page = phone.page;
    await signIn(page, 'admin');
    const link = await linkFromOutbox(page, await closedWithSurvey(page));
    await signOut(page);
    await page.goto(`${baseUrl()}${link}`);
    await page.getByRole('heading', { name: 'How did we do?', level: 1 }).waitFor();
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    expect(overflow).toBe(false);
    await screenshot(page, 'survey-375');
    await page
      .getByRole('group', { name: 'How clearly was the outcome explained to you?' })
      .getByLabel('Good', { exact: true })
      .check();
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await page.getByText('Thank you. Your answers have been sent').waitFor();
  });

  it('shows the results on the indicators page once five answers exist, not before', async () => {
    const page = b.page;
    await signIn(page, 'admin');
    const yearRow = async () => {
      await open(page, '/indicators');
      await settled(page);
      const table = page.getByRole('region', { name: 'Survey results' });
      await table.waitFor();
      // the reporting year's row, its Answers cell
      return (await table.locator('tbody tr').last().locator('td').first().textContent()) ?? '';
    };
    // two answered above: no figure yet
    expect(await yearRow()).toBe('fewer than 5');
    for (let i = 0; i < 3; i++) {
      const link = await linkFromOutbox(page, await closedWithSurvey(page));
      const token = link.split('#token=')[1];
      await gql(page, 'mutation($input: SurveyAnswerInput!) { answerSurvey(input: $input) }', {
        input: { token, easeOfComplaining: 4, keptInformed: 4, outcomeExplained: 5 },
      });
    }
    expect(await yearRow()).toBe('5');
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await screenshot(page, 'survey-results');
  });
});
