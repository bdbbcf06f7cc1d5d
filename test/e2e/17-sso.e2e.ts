import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DIRECTORY_CLIENT_ID,
  DIRECTORY_CLIENT_SECRET,
  startTestDirectory,
  type TestDirectory,
} from '../../packages/api/test/support/directory-provider';
import {
  baseUrl,
  describeViolations,
  open,
  openBrowser,
  screenshot,
  screenshotOnFailure,
  seriousViolations,
  signIn,
  signOut,
  type Browser,
} from './support/browser';

/**
 * Single sign-on in Chromium against a real OpenID provider started here (docs/procedure.md,
 * Accounts: single sign-on): the administrator connects the directory on screen, then a
 * newcomer signs in on the directory's own page and lands in the dashboard with the role their
 * group gives.
 */
describe('signing in with the organisation’s account (docs/procedure.md, Accounts: single sign-on)', () => {
  let b: Browser;
  let directory: TestDirectory;
  screenshotOnFailure(() => b?.page);
  const newcomer = `sso.newcomer.${Date.now().toString(36)}@demo.chp.example`;

  beforeAll(async () => {
    directory = await startTestDirectory(`${baseUrl()}/auth/oidc/callback`);
    // the directory's sign-in page starts with the e-mail as the login (login_hint)
    directory.accounts.set(newcomer, {
      email: newcomer,
      name: 'Skye Newcomer',
      groups: ['chp-handlers'],
    });
    b = await openBrowser();
  });
  afterAll(async () => {
    await b?.close();
    await directory?.close();
  });

  it('the administrator connects the directory on the sign-in settings screen', async () => {
    const page = b.page;
    await signIn(page, 'admin');
    await open(page, '/admin/sign-in');
    await expect
      .poll(() => page.locator('main code').textContent())
      .toBe(`${baseUrl()}/auth/oidc/callback`);
    await page.getByLabel('Issuer').fill(directory.issuer);
    await page.getByLabel('Application (client) id').fill(DIRECTORY_CLIENT_ID);
    await page.getByLabel('Client secret').fill(DIRECTORY_CLIENT_SECRET);
    await page.getByLabel('E-mail domains').fill('demo.chp.example');
    await page.getByRole('button', { name: 'Add a group' }).click();
    await page.getByLabel('Group 1', { exact: true }).fill('chp-handlers');
    await page.getByLabel('Role for group 1').selectOption('handler');
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      const violations = await seriousViolations(page);
      expect(violations, `${width} px:\n${describeViolations(violations)}`).toEqual([]);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved.', { exact: true }).waitFor();
    await page.getByText('A secret is stored (it is never shown).').waitFor();
    await screenshot(page, 'sso-settings');
    await signOut(page);
  });

  it('a newcomer signs in on the directory’s page and comes back signed in as a complaint handler', async () => {
    const page = b.page;
    await page.goto(`${baseUrl()}/`);
    await page.getByLabel('Your work e-mail').fill(newcomer);
    await page.getByRole('button', { name: 'Continue to your organisation’s sign-in' }).click();
    await page.waitForURL((url) => url.href.startsWith(directory.issuer));
    await page.locator('input[name="password"]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.waitForURL((url) => url.href.startsWith(baseUrl()));
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await expect
      .poll(() => page.getByRole('navigation', { name: 'Main' }).textContent())
      .toMatch(/Complaints/);
    expect(await page.getByRole('navigation', { name: 'Main' }).textContent()).not.toMatch(/Staff/);
    await screenshot(page, 'sso-signed-in');
    await signOut(page);
  });

  it('an e-mail domain without single sign-on is told to use the password form', async () => {
    const page = b.page;
    await page.getByLabel('Your work e-mail').fill('someone@elsewhere.example');
    await page.getByRole('button', { name: 'Continue to your organisation’s sign-in' }).click();
    await page.getByText('Single sign-on is not set up for that e-mail address.').first().waitFor();
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
