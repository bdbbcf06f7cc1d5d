import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeViolations,
  open,
  openBrowser,
  screenshotOnFailure,
  seriousViolations,
  settled,
  signIn,
  signOut,
  type Browser,
} from './support/browser';

/**
 * Serious, high-risk or high-profile complaints (§36): they go straight to stage 2, or the reason
 * why not is recorded and managers find them under "Serious, kept at stage 1".
 */
describe('a serious complaint (§36)', () => {
  let b: Browser;
  screenshotOnFailure(() => b?.page);
  beforeAll(async () => {
    b = await openBrowser();
  });
  afterAll(async () => {
    await b?.close();
  });

  async function startRecording(summary: string) {
    const page = b.page;
    await open(page, '/complaints');
    await page.getByRole('button', { name: 'Record a complaint' }).click();
    const form = page.locator('section[aria-labelledby="record-heading"]');
    await form
      .getByLabel('Service area', { exact: true })
      .selectOption({ label: 'Repairs and maintenance' });
    await form.getByLabel('Category').fill('Gas safety');
    await form.getByLabel('What the complaint is about').fill(summary);
    await form.getByLabel('Serious, high-risk or high-profile').check();
    return form;
  }

  async function recordedReference(): Promise<string> {
    const page = b.page;
    await page.getByRole('heading', { name: /^Complaint CMP-\d{4}-\d{5}$/ }).waitFor();
    await settled(page);
    return ((await page.locator('main h1').textContent()) ?? '').replace('Complaint ', '');
  }

  it('kept at stage 1 without a reason is refused, and the form says what to do (§36)', async () => {
    await signIn(b.page, 'handler');
    const form = await startRecording('No gas safety check for two years in a tenancy.');
    await form.getByRole('button', { name: 'Record the complaint' }).click();
    await form
      .locator('.error-message', {
        hasText:
          'Say why this serious complaint is not going straight to stage 2, or choose stage 2.',
      })
      .waitFor();
    expect(describeViolations(await seriousViolations(b.page))).toBe('');
  });

  it('goes straight to stage 2: the complaint opens at stage 2 with its day 20 (§36, Appendix 1 §5)', async () => {
    const page = b.page;
    const form = await startRecording('Gas leak reported twice and no engineer came.');
    await form.getByLabel('Straight to stage 2 (investigation)').check();
    await form.getByRole('button', { name: 'Record the complaint' }).click();
    await recordedReference();
    expect(await page.locator('th', { hasText: 'Stage 2 due (day 20)' }).count()).toBe(1);
    expect(await page.locator('th', { hasText: 'Stage 1 due (day 5)' }).count()).toBe(0);
    expect(await page.locator('.serious-at-stage-one').count()).toBe(0);
    expect(describeViolations(await seriousViolations(page))).toBe('');
  });

  it('kept at stage 1 with a reason: a manager finds it under "Serious, kept at stage 1" (§36)', async () => {
    const page = b.page;
    const form = await startRecording('Carbon monoxide alarm missing after a boiler swap.');
    await form
      .getByLabel('Why it is not going straight to stage 2')
      .fill('Alarm fitted the same day; the customer only wants confirmation in writing.');
    await form.getByRole('button', { name: 'Record the complaint' }).click();
    const reference = await recordedReference();
    expect(await page.locator('.serious-at-stage-one').textContent()).toContain(
      'Why not stage 2: Alarm fitted the same day',
    );
    await signOut(page);
    await signIn(page, 'manager');
    await open(page, '/complaints?serious=stage1');
    await settled(page);
    await page.locator('table.register tbody tr', { hasText: reference }).waitFor();
    expect(describeViolations(await seriousViolations(page))).toBe('');
  });
});
