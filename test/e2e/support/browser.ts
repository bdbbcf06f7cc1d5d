import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterEach, inject } from 'vitest';
import { repoRoot } from '../../support/platform';
import { CHROMIUM } from './chromium';

export const PASSWORD = 'chp-demo-password';
export const USERS = {
  admin: 'admin@demo.chp.example',
  senior_manager: 'director@demo.chp.example',
  manager: 'manager@demo.chp.example',
  handler: 'handler@demo.chp.example',
  communications: 'comms@demo.chp.example',
  staff: 'officer@demo.chp.example',
} as const;
export type DemoRole = keyof typeof USERS;

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=en-GB',
];
export const SCREENSHOTS = path.join(repoRoot, 'artifacts', 'screenshots');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The platform's address; throws the suite's setup problem (no Chromium, no build...) instead. */
export function baseUrl(): string {
  const problem = inject('setupError');
  const url = inject('baseUrl');
  if (problem || !url) throw new Error(problem ?? 'the platform did not start');
  return url;
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Errors the page threw or logged (a 401 during sign-in tests is expected and filtered out). */
  errors: string[];
  close: () => Promise<void>;
}

/** A fresh Chromium profile (no cookies), UK locale and time zone, at the given width. */
export async function openBrowser(width = 1280, height = 900): Promise<Browser> {
  baseUrl();
  const profile = mkdtempSync(path.join(os.tmpdir(), 'chp-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width, height },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(20_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 40[01]/.test(m.text()))
      errors.push(`console: ${m.text()}`);
  });
  return {
    context,
    page,
    errors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Signs in through the form and waits for the signed-in navigation. */
export async function signIn(page: Page, role: DemoRole): Promise<void> {
  await page.goto(`${baseUrl()}/`);
  await page.getByLabel('E-mail address').fill(USERS[role]);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
}

/** Goes to a path inside the app with a full page load, and waits for the page's heading. */
export async function open(page: Page, pathname: string): Promise<void> {
  await page.goto(`${baseUrl()}${pathname}`);
  await page.locator('main h1').first().waitFor();
}

/** Waits until nothing says it is loading any more. */
export async function settled(page: Page): Promise<void> {
  // nothing loading, and no list refreshing behind the answer it keeps showing (aria-busy)
  await page.waitForFunction(
    () =>
      document.querySelectorAll('[role="status"].loading').length === 0 &&
      document.querySelectorAll('[aria-busy="true"]').length === 0,
    undefined,
    { timeout: 30_000 },
  );
  await page.waitForLoadState('networkidle');
}

/**
 * The dashboard draws a chart when it nears the screen (packages/web/src/lib/charts.tsx): scrolls
 * each shown chart into view and waits for its drawing, then back to where the page was.
 */
export async function drawCharts(page: Page): Promise<void> {
  const boxes = page.locator('.chart-box');
  const count = await boxes.count();
  if (count === 0) return; // nothing to draw: the page stays where it was
  const y = await page.evaluate(() => window.scrollY);
  for (let i = 0; i < count; i++) {
    const box = boxes.nth(i);
    if (!(await box.isVisible())) continue;
    await box.scrollIntoViewIfNeeded();
    await box.locator('svg').first().waitFor({ timeout: 30_000 });
  }
  await page.evaluate((top) => window.scrollTo(0, top), y);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await drawCharts(page); // the whole page, every chart drawn
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules and best practices) in the page and returns the
 * serious and critical violations, each with the elements concerned.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(
    () => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined',
  );
  // Evaluated rather than added as a <script>: the public site's Content-Security-Policy allows no script.
  if (!loaded) await page.evaluate(readFileSync(axePath, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** A readable list of violations for an assertion message. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}  ${n.html}`).join('\n')}`,
    )
    .join('\n');
}

/** Milliseconds since `start`, for the timings the suite prints. */
export const since = (start: number): number => Date.now() - start;

/** Collected timings, printed at the end of each file. */
export const timings: Record<string, number> = {};

/** Saves a screenshot of the page when a test fails (artifacts/screenshots/failed-<test>.png). */
export function screenshotOnFailure(page: () => Page | undefined): void {
  afterEach(async (ctx) => {
    const p = page();
    if (p && ctx.task.result?.state === 'fail') {
      await screenshot(p, `failed-${ctx.task.name.replace(/[^\w]+/g, '-').slice(0, 80)}`).catch(
        () => undefined,
      );
    }
  });
}
