/* global document -- the page function runs in the browser */
// Measures how long the overview takes to render fully after signing in (from the sign-in
// response, and from pressing "Sign in": scrypt makes the sign-in request itself ~1 s), against a
// running platform: node test/e2e/measure-overview.mjs http://localhost:4000 [runs]
// Each run: a fresh Chromium profile (cold cache), then a second sign-in in the same profile
// (warm cache). "Fully rendered": the cards, both charts, quiet areas and overdue actions shown,
// nothing loading, the network idle. Not part of the suite (a target, not an assertion).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://localhost:4000';
const runs = Number(process.argv[3] ?? 3);
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function signInAndWait(page) {
  await page.goto(`${base}/`);
  await page.getByLabel('E-mail address').fill('director@demo.chp.example');
  await page.getByLabel('Password').fill('chp-demo-password');
  const start = performance.now();
  let signedIn = 0;
  const signInResponse = page
    .waitForResponse(
      (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('"SignIn"'),
    )
    .then(() => (signedIn = performance.now()));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('overview-cards').waitFor({ timeout: 60_000 });
  // charts draw as they near the screen: bring each into view
  for (const section of ['trend-heading', 'pareto-heading'])
    await page.locator(`section[aria-labelledby="${section}"] .chart-box`).scrollIntoViewIfNeeded();
  await page
    .locator('section[aria-labelledby="trend-heading"] .recharts-bar-rectangle')
    .first()
    .waitFor({ timeout: 60_000 });
  await page
    .locator('section[aria-labelledby="pareto-heading"] .recharts-bar-rectangle')
    .first()
    .waitFor({ timeout: 60_000 });
  await page
    .locator('section[aria-labelledby="quiet-heading"] :is(table, .empty)')
    .first()
    .waitFor({ timeout: 60_000 });
  await page
    .locator('section[aria-labelledby="overdue-heading"] :is(table, .empty)')
    .first()
    .waitFor({ timeout: 60_000 });
  await page.waitForFunction(
    () => document.querySelectorAll('[role="status"].loading').length === 0,
  );
  const end = performance.now();
  await signInResponse;
  const received = await page
    .getByTestId('overview-cards')
    .locator('.card-value')
    .first()
    .textContent();
  return {
    rendered: Math.round(end - start),
    afterSignIn: Math.round(end - signedIn),
    signIn: Math.round(signedIn - start),
    received,
  };
}

for (let i = 0; i < runs; i++) {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'chp-measure-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const cold = await signInAndWait(page);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  const warm = await signInAndWait(page);
  console.log(
    `run ${i + 1}: cold cache: sign-in request ${cold.signIn} ms, then overview fully rendered ${cold.afterSignIn} ms later (${cold.rendered} ms from the click); ` +
      `warm cache: ${warm.signIn} + ${warm.afterSignIn} ms (${warm.rendered} ms); ${warm.received} received this quarter`,
  );
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
