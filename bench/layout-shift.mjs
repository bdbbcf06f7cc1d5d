/* global window -- the init script runs in the browser */
/**
 * Layout shift with the answers landing in any order: starts the built platform with demo data
 * (as bench/lighthouse.mjs does), signs in as the demo senior manager and opens each page of the
 * Lighthouse targets at desktop (1350 × 940) and phone (412 × 823) sizes, each GraphQL answer but
 * the session's held back a random 0–1.5 s, and prints the page's layout shifts (the sum of the
 * browser's layout-shift entries) with the elements that moved. Lighthouse sees one order of
 * arrival per run; this shows what moves in the others. A measurement, not a test.
 * Usage: npm run build && node bench/layout-shift.mjs [--runs=3]  (CHROME_PATH, default /usr/bin/chromium)
 */
import { chromium } from 'playwright-core';
import { graphql } from './lib/http.mjs';
import { startPlatform } from './lib/platform.mjs';

const RUNS = Number(
  process.argv.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 3,
);
const TARGET = 0.05;
const SIZES = [
  ['desktop', 1350, 940],
  ['phone', 412, 823],
];

async function main() {
  const platform = await startPlatform();
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  let worst = 0;
  try {
    const signIn = await graphql(
      `${platform.url}/graphql`,
      'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
      { e: 'director@demo.chp.example', p: 'chp-demo-password' },
    );
    const token = signIn.body.data?.signIn?.token;
    if (!token) throw new Error(`sign-in failed: ${JSON.stringify(signIn.body.errors)}`);
    const found = await graphql(
      `${platform.url}/graphql`,
      '{ complaints(limit: 1, offset: 0, stage: 2) { items { id } } }',
      {},
      token,
    );
    const complaint = found.body.data.complaints.items[0].id;
    const pages = ['/', '/complaints', `/complaints/${complaint}`, '/indicators', '/trends'];
    for (const [size, width, height] of SIZES) {
      const context = await browser.newContext({ viewport: { width, height }, locale: 'en-GB' });
      await context.addCookies([{ name: 'chp_session', value: token, url: platform.url }]);
      const page = await context.newPage();
      await page.addInitScript(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            if (e.hadRecentInput) continue;
            const moved = (e.sources ?? []).map((s) => {
              const n = s.node;
              const what = n ? `${n.nodeName.toLowerCase()}.${n.className || ''}` : '?';
              const text = n ? (n.textContent ?? '').slice(0, 40) : '';
              return `${what} "${text}" ${Math.round(s.previousRect.y)}->${Math.round(s.currentRect.y)}`;
            });
            window.__shifts.push({ value: e.value, moved });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.route('**/graphql', async (route) => {
        const op = JSON.parse(route.request().postData() ?? '{}').operationName ?? '';
        if (op !== 'Me') await new Promise((r) => setTimeout(r, Math.random() * 1500));
        await route.continue();
      });
      for (const path of pages)
        for (let run = 1; run <= RUNS; run++) {
          await page.goto(`${platform.url}${path}`);
          await page.waitForTimeout(4000); // every answer in (1.5 s at most) and drawn
          const shifts = await page.evaluate(() => window.__shifts);
          const total = shifts.reduce((sum, s) => sum + s.value, 0);
          worst = Math.max(worst, total);
          const name = path.startsWith('/complaints/') ? '/complaints/:id' : path;
          console.log(`${size} ${name} run ${run}: layout shift ${total.toFixed(3)}`);
          for (const s of shifts.filter((x) => x.value >= 0.005))
            console.log(`   ${s.value.toFixed(3)}: ${s.moved.join(' | ')}`);
        }
      await context.close();
    }
  } finally {
    await browser.close();
    await platform.stop();
  }
  console.log(
    `largest: ${worst.toFixed(3)} (target < ${TARGET}: ${worst < TARGET ? 'met' : 'not met'})`,
  );
}

main().catch((error) => {
  console.error(`[layout-shift] ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
});
