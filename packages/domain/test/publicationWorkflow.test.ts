import { describe, expect, it } from 'vitest';
import { allowedPublicationSteps, publicationStep, publicationStepAllowed } from '../src';

describe('the publication workflow (docs/procedure.md, Reporting and publishing)', () => {
  it('a draft is submitted for review', () =>
    expect(publicationStep('draft', 'submit')).toEqual({ ok: true, status: 'in_review' }));
  it('a draft cannot be published', () =>
    expect(publicationStep('draft', 'publish')).toMatchObject({
      ok: false,
      rule: 'PUBLICATION_STATUS',
    }));
  it('text may change in draft and in review only', () => {
    expect(publicationStep('in_review', 'edit')).toEqual({ ok: true, status: 'in_review' });
    expect(publicationStep('approved', 'edit').ok).toBe(false);
  });
  it('anything but a withdrawn publication may be withdrawn', () =>
    expect(allowedPublicationSteps('withdrawn')).toEqual([]));
  it('nobody approves their own publication', () =>
    expect(
      publicationStepAllowed('in_review', 'approve', { role: 'manager', isAuthor: true }),
    ).toBe(false));
  it('another manager approves it; the administrator and communications do not', () => {
    expect(
      publicationStepAllowed('in_review', 'approve', { role: 'manager', isAuthor: false }),
    ).toBe(true);
    expect(publicationStepAllowed('in_review', 'approve', { role: 'admin', isAuthor: false })).toBe(
      false,
    );
    expect(
      publicationStepAllowed('in_review', 'approve', { role: 'communications', isAuthor: false }),
    ).toBe(false);
  });
  it('communications staff may edit or withdraw a publication in review', () =>
    expect(
      allowedPublicationSteps('in_review', { role: 'communications', isAuthor: true }),
    ).toEqual(['edit', 'withdraw']));
});
