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

/**
 * Organisations and groups (docs/architecture.md, Organisations and groups): the demo's
 * administrator is the platform administrator and creates an organisation with its first
 * administrator; the demo's director holds group access and reads the demo group's figures, the
 * group's and each member's side by side.
 */
describe('the platform administrator and the group reader', () => {
  let b: Browser;
  screenshotOnFailure(() => b?.page);
  const slug = `tay-valley-${Date.now().toString(36)}`;
  beforeAll(async () => {
    b = await openBrowser();
  });
  afterAll(async () => {
    await b?.close();
  });

  it('the platform administrator creates an organisation with its first administrator and is shown the invitation link', async () => {
    const page = b.page;
    await signIn(page, 'admin');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Platform' })
      .click();
    await page.getByRole('heading', { name: 'Platform', level: 1 }).waitFor();
    await settled(page);
    const form = page.locator('#new-organisation');
    await form.getByLabel('Name', { exact: true }).fill('Tay Valley Homes');
    await form.getByLabel('Short name').fill(slug);
    await form.getByLabel('Sector').selectOption('housing');
    await form.getByLabel('Group').selectOption({ label: 'Clyde and Forth Housing Group (demo)' });
    await form.getByLabel("First administrator's name").fill('Ailsa Grant');
    await form.getByLabel("First administrator's e-mail").fill(`ailsa.grant@${slug}.example`);
    await page.getByRole('button', { name: 'Create the organisation' }).click();
    await page.getByRole('heading', { name: 'Tay Valley Homes is created' }).waitFor();
    const link = await page.getByLabel('Invitation link').inputValue();
    expect(link).toMatch(new RegExp(`^${baseUrl()}/set-password#token=[\\w-]{43}$`));
    await page.getByRole('row', { name: /Tay Valley Homes/ }).waitFor();
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      const violations = await seriousViolations(page);
      expect(violations, `${width} px:\n${describeViolations(violations)}`).toEqual([]);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, 'platform-new-organisation');
    // the link opens the new administrator's invitation
    await signOut(page);
    await page.goto(link);
    await page.getByRole('heading', { name: 'Accept your invitation', level: 1 }).waitFor();
    expect(b.errors).toEqual([]);
  });

  it('a slug already in use is refused with the reason, and nothing is created', async () => {
    const page = b.page;
    await signIn(page, 'admin');
    await open(page, '/platform');
    await settled(page);
    const before = await page.locator('tbody tr').count();
    const form = page.locator('#new-organisation');
    await form.getByLabel('Name', { exact: true }).fill('Tay Valley Homes again');
    await form.getByLabel('Short name').fill(slug);
    await form.getByLabel("First administrator's name").fill('Iain Grant');
    await form.getByLabel("First administrator's e-mail").fill(`iain.grant@${slug}.example`);
    await page.getByRole('button', { name: 'Create the organisation' }).click();
    await page
      .getByText(/already has that short name/)
      .first()
      .waitFor();
    expect(await page.locator('tbody tr').count()).toBe(before);
    await signOut(page);
  });

  it('the platform administrator finds a manager by e-mail, grants group access, and removes it (README, Platform administrator)', async () => {
    const page = b.page;
    await signIn(page, 'admin');
    await open(page, '/platform');
    await settled(page);
    const panel = page.getByRole('region', { name: 'Group access' });
    // the demo's director holds it from the start
    await panel.getByRole('row', { name: /Alasdair Reid/ }).waitFor();
    await panel.getByLabel('Find a person by e-mail').fill('manager@demo.chp.example');
    await panel.getByRole('button', { name: 'Find' }).click();
    await panel.getByRole('button', { name: 'Grant group access' }).click();
    await page.getByText(/Fiona MacLeod now reads the figures of every organisation/).waitFor();
    await panel.getByRole('row', { name: /Fiona MacLeod/ }).waitFor();
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      const violations = await seriousViolations(page);
      expect(violations, `${width} px:\n${describeViolations(violations)}`).toEqual([]);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, 'platform-group-access');
    await panel.getByRole('button', { name: "Remove Fiona MacLeod's group access" }).click();
    await page.getByText(/Fiona MacLeod no longer has group access/).waitFor();
    await expect.poll(() => panel.getByRole('row', { name: /Fiona MacLeod/ }).count()).toBe(0);
    expect(b.errors).toEqual([]);
    await signOut(page);
  });

  it('a reader with group access sees the group’s figures and each member’s side by side', async () => {
    const page = b.page;
    await signIn(page, 'senior_manager');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Group' })
      .click();
    await page
      .getByRole('heading', {
        name: 'Group figures: Clyde and Forth Housing Group (demo)',
        level: 1,
      })
      .waitFor();
    await settled(page);
    const table = page.getByRole('table', { name: /SPSO indicators side by side/ }).first();
    const head = await table.locator('thead th').allTextContents();
    expect(head).toEqual(
      expect.arrayContaining([
        'Clyde and Forth Housing Group (demo) (all)',
        'Clyde Valley Housing Association (demo)',
        'Forth Estuary Homes (demo)',
      ]),
    );
    // row A: the group's count is the members' added up
    const received = (
      await table
        .getByRole('row', { name: /A: complaints received/ })
        .locator('td')
        .allTextContents()
    ).map((t) => Number(t.replace(/,/g, '')));
    expect(received.length).toBeGreaterThanOrEqual(3);
    expect(received[0]).toBe(received.slice(1).reduce((n, v) => n + v, 0));
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      const violations = await seriousViolations(page);
      expect(violations, `${width} px:\n${describeViolations(violations)}`).toEqual([]);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, 'group-figures');
    expect(b.errors).toEqual([]);
    await signOut(page);
  });

  it('the Group and Platform pages are not offered to people without group access or the platform role', async () => {
    const page = b.page;
    await signIn(page, 'manager');
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link', { name: 'Group' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Platform' }).count()).toBe(0);
    await open(page, '/platform');
    await page.getByRole('heading', { name: 'Not available for your role' }).waitFor();
    await signOut(page);
  });
});
