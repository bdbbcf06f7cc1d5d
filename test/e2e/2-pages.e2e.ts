import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  baseUrl,
  describeViolations,
  drawCharts,
  open,
  openBrowser,
  screenshot,
  SCREENSHOTS,
  seriousViolations,
  settled,
  signIn,
  since,
  type Browser,
  screenshotOnFailure,
} from './support/browser';

const quarterNow = (): string => {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  return `${today.slice(0, 4)}-Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}`;
};

/** Every page of the dashboard, as a manager sees it (ids filled in from the lists). */
const PAGES: { name: string; path: string | (() => Promise<string>) }[] = [];

describe('the overview with the demo data', () => {
  let b: Browser;
  screenshotOnFailure(() => b?.page);
  beforeAll(async () => {
    b = await openBrowser();
  });
  afterAll(async () => {
    await b?.close();
  });

  it('renders its figures and charts after sign-in', async () => {
    await b.page.goto(`${baseUrl()}/`);
    await b.page.getByLabel('E-mail address').fill('director@demo.chp.example');
    await b.page.getByLabel('Password').fill('chp-demo-password');
    const start = Date.now();
    await b.page.getByRole('button', { name: 'Sign in' }).click();
    // every section: the cards, the two-year trend, the Pareto chart, quiet areas, overdue actions
    await b.page.getByTestId('overview-cards').waitFor();
    for (const section of ['trend-heading', 'pareto-heading'])
      await b.page.locator(`section[aria-labelledby="${section}"] .chart-box`).waitFor();
    await drawCharts(b.page); // each chart draws as it nears the screen
    await b.page
      .locator(
        '#trend-heading ~ * .recharts-bar-rectangle, section[aria-labelledby="trend-heading"] .recharts-bar-rectangle',
      )
      .first()
      .waitFor();
    await b.page
      .locator('section[aria-labelledby="pareto-heading"] .recharts-bar-rectangle')
      .first()
      .waitFor();
    await settled(b.page);
    const ms = since(start);
    console.log(
      `[e2e] overview fully rendered ${ms} ms after pressing Sign in (3,000 demo complaints, loopback)`,
    );

    const cards = await b.page
      .getByTestId('overview-cards')
      .locator('.card-value')
      .allTextContents();
    expect(cards).toHaveLength(11);
    expect(Number((cards[0] ?? '').replace(/,/g, ''))).toBeGreaterThan(0); // complaints received this quarter
    const trendBars = await b.page
      .locator('section[aria-labelledby="trend-heading"] .recharts-bar-rectangle')
      .count();
    expect(trendBars).toBeGreaterThan(24); // 24 months, stacked by stage
    const paretoBars = await b.page
      .locator('section[aria-labelledby="pareto-heading"] .recharts-bar-rectangle')
      .count();
    expect(paretoBars).toBeGreaterThan(1);
    expect(
      await b.page
        .locator('section[aria-labelledby="pareto-heading"] .recharts-line-curve')
        .count(),
    ).toBe(1);
    expect(await b.page.locator('section[aria-labelledby="overdue-heading"] table').count()).toBe(
      2,
    );
    await screenshot(b.page, 'overview');
    // the top of the page, as the README shows it (docs/images/overview.png is a copy)
    await b.page.mouse.move(0, 0);
    await b.page.screenshot({
      path: `${SCREENSHOTS}/overview-top.png`,
      fullPage: true,
      clip: { x: 0, y: 0, width: 1280, height: 1240 },
    });
    expect(b.errors).toEqual([]);
  });

  it('links each figure to the list behind it', async () => {
    await b.page.getByRole('link', { name: /Complaints received/ }).click();
    await b.page.getByRole('heading', { name: 'Complaints', level: 1 }).waitFor();
    const url = new URL(b.page.url());
    expect(url.pathname).toBe('/complaints');
    expect(url.searchParams.get('from')).toMatch(/^\d{4}-\d{2}-01$/);
    await settled(b.page);
    expect(await b.page.locator('table.register tbody tr').count()).toBeGreaterThan(0);
  });
});

describe('every page: accessibility scan (axe-core), screenshots at 1280 px and 375 px', () => {
  let wide: Browser;
  screenshotOnFailure(() => wide?.page);
  let phone: Browser;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    wide = await openBrowser(1280, 900);
    phone = await openBrowser(375, 800);
    await signIn(wide.page, 'manager');
    await signIn(phone.page, 'manager');
    // a complaint at stage 2 and an action, to open their pages
    await open(wide.page, '/complaints?stage=2&status=open');
    await settled(wide.page);
    ids['complaint'] =
      (await wide.page.locator('table.register tbody tr th a').first().getAttribute('href')) ?? '';
    await open(wide.page, '/actions');
    await settled(wide.page);
    ids['action'] =
      (await wide.page.locator('table.actions-table tbody tr th a').first().getAttribute('href')) ??
      '';
    await open(wide.page, '/publications');
    await settled(wide.page);
    ids['publication'] =
      (await wide.page.locator('main table tbody tr th a').first().getAttribute('href')) ?? '';
    PAGES.push(
      { name: 'overview', path: '/' },
      { name: 'complaints', path: '/complaints' },
      { name: 'complaint', path: () => Promise.resolve(ids['complaint'] ?? '') },
      { name: 'indicators', path: '/indicators' },
      { name: 'trends', path: '/trends?breakdown=serviceArea' },
      { name: 'actions', path: '/actions' },
      { name: 'my-actions', path: '/actions/mine' },
      { name: 'action', path: () => Promise.resolve(ids['action'] ?? '') },
      { name: 'status', path: '/status' },
      { name: 'publications', path: '/publications' },
      { name: 'publication', path: () => Promise.resolve(ids['publication'] ?? '') },
    );
  });
  afterAll(async () => {
    await wide?.close();
    await phone?.close();
  });

  it('finds the pages to open', () => {
    expect(ids['complaint']).toMatch(/^\/complaints\/[\w-]+$/);
    expect(ids['action']).toMatch(/^\/actions\/[\w-]+$/);
    expect(ids['publication']).toMatch(/^\/publications\/[\w-]+$/);
  });

  it.each([
    'overview',
    'complaints',
    'complaint',
    'indicators',
    'trends',
    'actions',
    'my-actions',
    'action',
    'status',
    'publications',
    'publication',
  ])('%s: no serious or critical violation, fits a phone screen', async (name) => {
    const entry = PAGES.find((p) => p.name === name);
    if (!entry) throw new Error(`no page ${name}`);
    const path = typeof entry.path === 'string' ? entry.path : await entry.path();
    for (const [b, width] of [
      [wide, 1280],
      [phone, 375],
    ] as const) {
      await open(b.page, path);
      await settled(b.page);
      await screenshot(b.page, `${name}-${width}`);
      const violations = await seriousViolations(b.page);
      expect(violations, `${name} at ${width} px:\n${describeViolations(violations)}`).toEqual([]);
      // nothing wider than the screen: wide tables scroll inside their own box
      const overflow = await b.page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(
        overflow,
        `${name} at ${width} px is ${overflow} px wider than the screen`,
      ).toBeLessThanOrEqual(1);
    }
    expect(wide.errors).toEqual([]);
  });

  it('the sign-in page: no serious or critical violation', async () => {
    const b = await openBrowser(375, 800);
    try {
      await b.page.goto(`${baseUrl()}/`);
      await b.page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await screenshot(b.page, 'sign-in-375');
      const violations = await seriousViolations(b.page);
      expect(violations, describeViolations(violations)).toEqual([]);
    } finally {
      await b.close();
    }
  });

  it('shows communications staff a complaint without personal data, and no register links', async () => {
    const b = await openBrowser();
    try {
      await signIn(b.page, 'communications');
      await open(b.page, ids['complaint'] ?? '');
      await settled(b.page);
      await b.page
        .getByText('Customer details, the summary and journey notes are not shown to your role.')
        .waitFor();
      expect(await b.page.getByRole('heading', { name: 'Customer' }).count()).toBe(0);
      expect(await b.page.getByRole('heading', { name: 'Next steps' }).count()).toBe(0);
      expect(await b.page.locator('table.deadlines tbody tr').count()).toBeGreaterThan(1);
      expect(await b.page.getByRole('alert').count()).toBe(0);
      await screenshot(b.page, 'complaint-communications');
      await open(b.page, '/indicators');
      await settled(b.page);
      expect(await b.page.locator('table.indicators a[href^="/complaints"]').count()).toBe(0);
      expect(b.errors).toEqual([]);
    } finally {
      await b.close();
    }
  });

  it('downloads the indicators and a trend as CSV', async () => {
    const page = wide.page;
    const download = async (): Promise<string> => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download CSV' }).click(),
      ]);
      return readFileSync(await file.path(), 'utf8').replace(/^\ufeff/, '');
    };
    await open(page, '/indicators?period=quarter:' + quarterNow());
    await settled(page);
    const indicators = (await download()).split('\r\n');
    expect(indicators[0]).toMatch(
      /^Indicator,Measure,\d{4} Q\d value,\d{4} Q\d share,\d{4} Q\d value,\d{4} Q\d share$/,
    );
    expect(indicators[1]).toMatch(/^A: Complaints received,Complaints received,\d+,,\d+,$/);
    await open(page, '/trends?grain=quarter&breakdown=channel');
    await settled(page);
    const trend = (await download()).split('\r\n');
    expect(trend[0]).toMatch(/^Period,.*Phone.*,Total$/);
    expect(trend[1]).toMatch(/^\d{4}(\/\d{2})? Q\d,[\d,]+$/); // the reporting year's quarters
  });

  it('is usable with the keyboard: the skip link comes first and moves to the page', async () => {
    const b = wide.page;
    await open(b, '/indicators');
    await b.keyboard.press('Tab');
    expect(await b.evaluate(() => document.activeElement?.textContent)).toBe(
      'Skip to main content',
    );
    await b.keyboard.press('Enter');
    expect(await b.evaluate(() => document.activeElement?.id)).toBe('main');
    // Tab order then runs through the page's own controls
    await b.keyboard.press('Tab');
    expect(await b.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  });

  it('prints without the navigation and the controls', async () => {
    const b = wide.page;
    await open(b, '/indicators');
    await settled(b);
    await b.emulateMedia({ media: 'print' });
    expect(await b.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await b.getByRole('button', { name: 'Download CSV' }).isVisible()).toBe(false);
    expect(await b.locator('table.indicators').isVisible()).toBe(true);
    await screenshot(b, 'indicators-print');
    // the overview prints the numbers behind its trend chart, folded away on screen
    await open(b, '/');
    await settled(b);
    expect(
      await b.locator('section[aria-labelledby="trend-heading"] details table').isVisible(),
    ).toBe(true);
    await b.emulateMedia({ media: 'screen' });
    expect(
      await b.locator('section[aria-labelledby="trend-heading"] details table').isVisible(),
    ).toBe(false);
  });
});
