import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays, londonDateTime } from '@chp/domain';
import {
  describeViolations,
  openBrowser,
  screenshot,
  screenshotOnFailure,
  seriousViolations,
  signIn,
  signOut,
  USERS,
  type Browser,
} from './support/browser';

/** A GraphQL call from the signed-in page (its session cookie). */
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

describe('the Outbox shows what would be sent (docs/procedure.md, Reminders and e-mail)', () => {
  let b: Browser;
  screenshotOnFailure(() => b?.page);
  beforeAll(async () => {
    b = await openBrowser();
  });
  afterAll(async () => {
    await b?.close();
  });

  it("the administrator opens the Outbox and sees the reminder an action's owner would get", async () => {
    const page = b.page;
    // a manager records and authorises an action for the officer, due in 2 working days: within
    // the 5 working days' lead, so its owner's reminder is written as it is authorised
    await signIn(page, 'manager');
    const today = londonDateTime(new Date().toISOString()).date;
    const { people, serviceAreas } = await gql<{
      people: { items: { id: string; email: string }[] };
      serviceAreas: { id: string }[];
    }>(page, '{ people(search: "officer", limit: 10) { items { id email } } serviceAreas { id } }');
    const owner = people.items.find((p) => p.email === USERS.staff)!;
    const { proposeImprovementAction: a } = await gql<{
      proposeImprovementAction: { id: string; version: number };
    }>(
      page,
      'mutation($i: ProposeImprovementActionInput!) { proposeImprovementAction(input: $i) { id version } }',
      {
        i: {
          title: 'Confirm repair appointments by text the day before',
          description: 'Missed appointments were the commonest root cause this quarter',
          serviceAreaId: serviceAreas[0]!.id,
          ownerId: owner.id,
          targetDate: addWorkingDays(today, 2),
          complaintIds: [],
          rootCauseIds: [],
        },
      },
    );
    await gql(
      page,
      'mutation($id: ID!, $version: Int!) { authoriseImprovementAction(id: $id, version: $version) { id } }',
      a,
    );
    await signOut(page);

    await signIn(page, 'admin');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Outbox' })
      .click();
    await page.getByRole('heading', { name: 'Outbox', level: 1 }).waitFor();
    const message = page
      .getByRole('listitem')
      .filter({ hasText: `To ${USERS.staff}` })
      .filter({
        has: page.getByRole('heading', { name: 'CHP Insight: Improvement action due soon' }),
      })
      .first();
    await message.waitFor();
    await expect(message.textContent()).resolves.toContain('Waiting to be sent');
    await message.getByText('The message').click();
    const text = (await message.locator('pre').textContent()) ?? '';
    expect(text).toContain(`/actions/${a.id}`);
    expect(text).toContain('/notifications');
    await expect(page.getByRole('note').textContent()).resolves.toContain('no SMTP server');
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await screenshot(page, 'outbox');
  });
});
