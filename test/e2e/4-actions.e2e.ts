import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  open,
  openBrowser,
  screenshot,
  settled,
  signIn,
  signOut,
  type Browser,
  screenshotOnFailure,
} from './support/browser';

const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('an improvement action from proposal to completion by its owner', () => {
  let b: Browser;
  screenshotOnFailure(() => b?.page);
  const title = `Tap repairs checklist ${Date.now().toString(36)}`;
  let actionPath = '';
  beforeAll(async () => {
    b = await openBrowser();
  });
  afterAll(async () => {
    await b?.close();
  });

  it('a manager proposes it for an officer and authorises it', async () => {
    const page = b.page;
    await signIn(page, 'manager');
    await open(page, '/actions');
    await page.getByRole('button', { name: 'Propose an action' }).click();
    const form = page.locator('section[aria-labelledby="propose-heading"]');
    await form.getByLabel('Title').fill(title);
    await form
      .getByLabel('What will change')
      .fill('A checklist for repair visits so a leak is fixed at the first visit.');
    await form.getByLabel('Owner', { exact: true }).selectOption({ label: 'Ross Duncan' });
    await form
      .getByLabel('Service area', { exact: true })
      .selectOption({ label: 'Repairs and maintenance' });
    await form.getByLabel('Target date').fill(inDays(30));
    await form.getByRole('button', { name: 'Propose the action' }).click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    actionPath = new URL(page.url()).pathname;
    await page.getByRole('button', { name: 'Authorise', exact: true }).click();
    await page.getByRole('button', { name: 'Authorise', exact: true }).last().click();
    await page.locator('p.success', { hasText: 'Action authorised.' }).waitFor();
    expect(await page.locator('.tags').textContent()).toContain('Authorised');
    await signOut(page);
  });

  it('the officer finds it in My actions, records progress and completes it with evidence', async () => {
    const page = b.page;
    await signIn(page, 'staff');
    expect(new URL(page.url()).pathname).toBe('/actions/mine');
    await settled(page);
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(actionPath);
    // the buttons are the API's allowed steps for the owner: no authorising, verifying or cancelling
    const buttons = await page.locator('.step-buttons button').allTextContents();
    expect(buttons).toEqual([
      'Update progress',
      'Complete with evidence',
      'Edit the public summary',
    ]);

    await page.getByRole('button', { name: 'Update progress' }).click();
    await page
      .getByLabel('What has been done')
      .fill('Drafted the checklist with the repairs team.');
    await page.getByRole('button', { name: 'Save the update' }).click();
    await page.locator('p.success', { hasText: 'Progress recorded.' }).waitFor();
    expect(await page.locator('.tags').textContent()).toContain('In progress');

    await page.getByRole('button', { name: 'Complete with evidence' }).click();
    await page.getByRole('button', { name: 'Mark as done' }).click();
    await page
      .locator('.error-message', { hasText: 'Say what shows the action was taken' })
      .waitFor();
    await page
      .getByLabel('Evidence')
      .fill('Checklist issued to all repair operatives on the first of the month.');
    await page.getByLabel('Monitor until').fill(inDays(60));
    await page.getByRole('button', { name: 'Mark as done' }).click();
    await page.locator('p.success', { hasText: 'Action completed.' }).waitFor();
    expect(await page.locator('.tags').textContent()).toContain('Done');
    expect(await page.locator('.facts').textContent()).toContain(
      'Checklist issued to all repair operatives',
    );
    await screenshot(page, 'action-completed-by-owner');

    await open(page, '/actions/mine');
    await settled(page);
    const row = page.locator('table.actions-table tbody tr', { hasText: title });
    expect(await row.textContent()).toContain('Done');
  });
});
