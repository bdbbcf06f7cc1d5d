import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeViolations,
  open,
  openBrowser,
  screenshot,
  screenshotOnFailure,
  seriousViolations,
  settled,
  signIn,
  type Browser,
} from './support/browser';

/**
 * Like-for-like comparisons and charts that read (issue 18; docs/procedure.md, Reporting and
 * publishing): the overview sets this quarter to date against the same working days of the
 * previous quarter and of the same quarter last year, and charts mark the month to date.
 */
describe('like-for-like comparisons and partial periods, on the demo data', () => {
  for (const width of [1280, 375]) {
    describe(`at ${width} px`, () => {
      let b: Browser;
      screenshotOnFailure(() => b?.page);
      beforeAll(async () => {
        b = await openBrowser(width, 900);
        await signIn(b.page, 'senior_manager');
      });
      afterAll(async () => {
        await b?.close();
      });

      it('the overview names the same working days each figure is set against, and is axe-clean', async () => {
        await open(b.page, '/');
        const sentence = b.page.getByTestId('like-for-like');
        await sentence.waitFor();
        expect(await sentence.textContent()).toMatch(
          /^(\d+ working days? so far, each figure set against the same working days of .+ and of .+\.|.+ against .+ and .+\.)$/,
        );
        const previous = await b.page
          .getByTestId('overview-cards')
          .locator('.card-previous')
          .allTextContents();
        // two comparisons on each of the 11 cards
        expect(previous).toHaveLength(22);
        await settled(b.page);
        expect(describeViolations(await seriousViolations(b.page))).toBe('');
        await screenshot(b.page, `comparisons-overview-${width}`);
      });

      it("the indicators' outcome chart gives shares per stage bucket, stage 2 in all included", async () => {
        await open(b.page, '/indicators');
        const chart = b.page.locator('figure', {
          hasText: "Outcomes as a share of each stage's closures (%)",
        });
        await chart.locator('.chart-box').scrollIntoViewIfNeeded(); // drawn as it nears the screen
        await chart.locator('.recharts-bar-rectangle').first().waitFor();
        await settled(b.page);
        // the labels are drawn in wrapped lines: compare without the spaces between them
        const drawn = ((await chart.locator('.chart-box').textContent()) ?? '').replace(/\s/g, '');
        for (const bucket of ['Stage 1', 'Stage 2 direct', 'Stage 2 escalated', 'Stage 2 in all'])
          expect(drawn).toContain(bucket.replace(/\s/g, ''));
        expect(describeViolations(await seriousViolations(b.page))).toBe('');
        await screenshot(b.page, `comparisons-indicators-${width}`);
      });

      it('the trend to today marks the month to date in the chart and its table', async () => {
        await open(b.page, '/trends?breakdown=rootCause');
        await b.page.locator('table').first().waitFor();
        await settled(b.page);
        const text = await b.page.locator('main').textContent();
        expect(text).toMatch(/\((to \d{1,2} [A-Z][a-z]{2})\)/);
        expect(text).toContain('covers only part of the period');
        expect(describeViolations(await seriousViolations(b.page))).toBe('');
        await screenshot(b.page, `comparisons-trends-${width}`);
      });
    });
  }
});
