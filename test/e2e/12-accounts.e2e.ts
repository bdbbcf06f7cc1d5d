import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  USERS,
  type Browser,
} from './support/browser';

const NEW_PASSWORD = 'heather on the hillside';

describe('an invitation link from the administrator to a first sign-in (docs/procedure.md, Accounts)', () => {
  let b: Browser;
  screenshotOnFailure(() => b?.page);
  let link = '';
  let name = '';
  let email = '';
  beforeAll(async () => {
    b = await openBrowser();
  });
  afterAll(async () => {
    await b?.close();
  });

  it('the administrator makes an invitation link for a member of staff who has never signed in', async () => {
    const page = b.page;
    await signIn(page, 'admin');
    await open(page, '/staff');
    const rows = page.locator('tbody tr');
    await rows.first().waitFor();
    // a demo member of staff without a password: not one of the demo users
    const demoUsers: string[] = Object.values(USERS);
    let row = -1;
    for (let i = 0; i < (await rows.count()) && row < 0; i++) {
      const candidate = (await rows.nth(i).locator('td').first().textContent()) ?? '';
      if (!demoUsers.includes(candidate)) row = i;
    }
    expect(row).toBeGreaterThanOrEqual(0);
    name = (await rows.nth(row).locator('th').textContent()) ?? '';
    email = (await rows.nth(row).locator('td').first().textContent()) ?? '';
    await rows
      .nth(row)
      .getByRole('button', { name: /Make a link/ })
      .click();
    await page.getByRole('heading', { name: `Invitation link for ${name}` }).waitFor();
    link = await page.getByLabel('Link', { exact: true }).inputValue();
    expect(link).toMatch(new RegExp(`^${baseUrl()}/set-password#token=[\\w-]{43}$`));
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await screenshot(page, 'staff-invitation-link');
    await signOut(page);
  });

  it('they open the link, are told a password with their own name will not do, choose one and sign in', async () => {
    const page = b.page;
    await page.goto(link);
    await page.getByRole('heading', { name: 'Accept your invitation', level: 1 }).waitFor();
    expect(new URL(page.url()).hash).toBe(''); // the token leaves the address bar
    const surname = name.split(' ').at(-1)!;
    await page.getByLabel('New password', { exact: true }).fill(`${surname} of the glen`);
    await page.getByLabel('New password again').fill(`${surname} of the glen`);
    await page.getByRole('button', { name: 'Set password' }).click();
    await page
      // demo e-mails are made of the name, so the e-mail rule may be the one that says it
      .locator('.error-message', { hasText: /must not contain your (name|e-mail address)/ })
      .first()
      .waitFor();
    await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('New password again').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.getByText('Your password is set.').waitFor();
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await signOut(page);
  });

  it('the same link does not work a second time', async () => {
    await b.page.goto(link);
    await b.page.getByText('This link has already been used.').waitFor();
  });

  it('after 10 failed sign-ins for one e-mail the sign-in page says how many minutes to wait', async () => {
    const page = b.page;
    await page.goto(`${baseUrl()}/`);
    // an e-mail with no account: answered exactly as a real one, so no demo user is locked out
    await page.getByLabel('E-mail address').fill('nobody.here@demo.chp.example');
    for (let i = 0; i < 11; i++) {
      await page.getByLabel('Password').fill(`wrong password ${i}`);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('button', { name: 'Sign in' }).waitFor(); // not "Signing in…"
    }
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 30_000 })
      .toMatch(/Too many attempts to sign in\. Try again in 1[45] minutes/);
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await screenshot(page, 'sign-in-throttled');
  });
});
