import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import {
  baseUrl,
  open,
  openBrowser,
  screenshot,
  signIn,
  signOut,
  type Browser,
  type DemoRole,
  screenshotOnFailure,
} from './support/browser';

const NAV: Record<DemoRole, string[]> = {
  admin: [
    'Overview',
    'Complaints',
    'Indicators',
    'Trends',
    'My actions',
    'All actions',
    'Publications',
    'Board packs',
    'Returns',
    'SPSO recommendations',
    'Staff',
    'Administration',
    'Outbox',
    // the demo's administrator is the platform administrator (README, Platform administrator)
    'Platform',
  ],
  senior_manager: [
    'Overview',
    'Complaints',
    'Indicators',
    'Trends',
    'My actions',
    'All actions',
    'Publications',
    'Board packs',
    'Returns',
    'SPSO recommendations',
    // the demo's director holds group access (docs/demo-data.md)
    'Group',
  ],
  manager: [
    'Overview',
    'Complaints',
    'Indicators',
    'Trends',
    'My actions',
    'All actions',
    'Publications',
    'Board packs',
    'Returns',
    'SPSO recommendations',
  ],
  handler: ['Overview', 'Complaints', 'Indicators', 'Trends', 'My actions'],
  communications: [
    'Overview',
    'Indicators',
    'Trends',
    'My actions',
    'All actions',
    'Publications',
    'Board packs',
  ],
  staff: ['My actions'],
};

describe('the browser suite', () => {
  // Outside any hook, so a missing Chromium is a failed test with the fix in its message.
  it('has Chromium and a running platform with the demo data (else: how to fix it)', () => {
    expect(baseUrl()).toMatch(/^http:\/\/localhost:\d+$/);
    console.log(
      `[e2e] platform ready ${inject('startSeconds')} s after start (fresh data, 3,000 demo complaints)`,
    );
  });
});

describe('signing in', () => {
  let b: Browser;
  screenshotOnFailure(() => b?.page);
  beforeAll(async () => {
    b = await openBrowser();
  });
  afterAll(async () => {
    await b?.close();
  });

  it('says in plain English when the password is wrong, next to nothing technical', async () => {
    await b.page.goto(`${baseUrl()}/`);
    await b.page.getByLabel('E-mail address').fill('manager@demo.chp.example');
    await b.page.getByLabel('Password').fill('not-the-password');
    await b.page.getByRole('button', { name: 'Sign in' }).click();
    await expect
      .poll(() => b.page.getByRole('alert').textContent())
      .toContain('The e-mail address or password is wrong. Check them and try again.');
    await screenshot(b.page, 'sign-in-error');
  });

  it.each(Object.keys(NAV) as DemoRole[])(
    'shows %s only what the role may use, and signs out',
    async (role) => {
      await signIn(b.page, role);
      const links = await b.page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link')
        .allTextContents();
      expect(links).toEqual(NAV[role]);
      await b.page.locator('main h1').first().waitFor();
      // staff land on their actions; everyone else on the overview
      expect(new URL(b.page.url()).pathname).toBe(role === 'staff' ? '/actions/mine' : '/');
      await signOut(b.page);
    },
  );

  it('keeps an address a role may not use closed, with a way back', async () => {
    await signIn(b.page, 'communications');
    await open(b.page, '/complaints');
    expect(await b.page.locator('main h1').textContent()).toBe('Not available for your role');
    await b.page.getByRole('link', { name: 'Go to your start page' }).click();
    await b.page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    await signOut(b.page);
    await signIn(b.page, 'staff');
    await open(b.page, '/indicators');
    expect(await b.page.locator('main h1').textContent()).toBe('Not available for your role');
    await open(b.page, '/publications');
    expect(await b.page.locator('main h1').textContent()).toBe('Not available for your role');
    await signOut(b.page);
  });

  it('goes back to the sign-in page, saying why, when the session ends', async () => {
    await signIn(b.page, 'manager');
    await b.context.clearCookies(); // as when the session expires or is ended elsewhere
    await b.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Trends' })
      .click();
    await b.page.getByText('Your session has ended. Sign in again to carry on.').waitFor();
    await b.page.getByLabel('E-mail address').fill('manager@demo.chp.example');
    await b.page.getByLabel('Password').fill('chp-demo-password');
    await b.page.getByRole('button', { name: 'Sign in' }).click();
    await b.page.getByRole('heading', { name: 'Trends', level: 1 }).waitFor(); // where they were
    await signOut(b.page);
  });

  it('opens a deep link after signing in (the server answers every path with the app)', async () => {
    await b.page.goto(`${baseUrl()}/trends?grain=quarter`);
    await b.page.getByLabel('E-mail address').fill('director@demo.chp.example');
    await b.page.getByLabel('Password').fill('chp-demo-password');
    await b.page.getByRole('button', { name: 'Sign in' }).click();
    await b.page.getByRole('heading', { name: 'Trends', level: 1 }).waitFor();
    expect(await b.page.getByLabel('Period').inputValue()).toBe('quarter');
    await signOut(b.page);
  });
});
