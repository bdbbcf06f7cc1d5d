import { describe, expect, it } from 'vitest';
import {
  allowedPublicationSteps,
  approvalRefusal,
  publicationStep,
  publicationStepAllowed,
  SEND_BACK_COMMENT_MAX,
  sendBackComment,
} from '../src';

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

describe('publication review (docs/procedure.md, Reporting and publishing: review)', () => {
  it('a publication in review is sent back to draft', () =>
    expect(publicationStep('in_review', 'sendBack')).toEqual({ ok: true, status: 'draft' }));
  it('only a publication in review is sent back', () => {
    expect(publicationStep('draft', 'sendBack').ok).toBe(false);
    expect(publicationStep('approved', 'sendBack').ok).toBe(false);
  });
  it('an approver who is not the author sends it back; the author and communications do not', () => {
    expect(
      publicationStepAllowed('in_review', 'sendBack', { role: 'manager', isAuthor: false }),
    ).toBe(true);
    expect(
      publicationStepAllowed('in_review', 'sendBack', { role: 'manager', isAuthor: true }),
    ).toBe(false);
    expect(
      publicationStepAllowed('in_review', 'sendBack', {
        role: 'communications',
        isAuthor: false,
      }),
    ).toBe(false);
  });
  it('whoever last edited the text cannot approve it', () =>
    expect(
      publicationStepAllowed('in_review', 'approve', {
        role: 'senior_manager',
        isAuthor: false,
        isLastEditor: true,
      }),
    ).toBe(false));
  it('an approver who edited the text may still send it back', () =>
    expect(
      publicationStepAllowed('in_review', 'sendBack', {
        role: 'manager',
        isAuthor: false,
        isLastEditor: true,
      }),
    ).toBe(true));
  it('the refusal names the rule: author or role, then own edit', () => {
    expect(approvalRefusal({ role: 'manager', isAuthor: true })).toBe('NOT_A_SECOND_APPROVER');
    expect(approvalRefusal({ role: 'communications', isAuthor: false })).toBe(
      'NOT_A_SECOND_APPROVER',
    );
    expect(approvalRefusal({ role: 'manager', isAuthor: false, isLastEditor: true })).toBe(
      'PUBLICATION_OWN_EDIT',
    );
    expect(approvalRefusal({ role: 'manager', isAuthor: false, isLastEditor: false })).toBeNull();
  });
  it('the steps an approver who last edited sees in review leave out Approve', () =>
    expect(
      allowedPublicationSteps('in_review', {
        role: 'manager',
        isAuthor: false,
        isLastEditor: true,
      }),
    ).toEqual(['edit', 'sendBack', 'withdraw']));
  it('sending back needs a comment', () => {
    expect(sendBackComment('   ')).toMatchObject({ ok: false, rule: 'required' });
    expect(sendBackComment(' Remove the second item. ')).toEqual({
      ok: true,
      comment: 'Remove the second item.',
    });
  });
  it('a comment has a maximum length', () =>
    expect(sendBackComment('x'.repeat(SEND_BACK_COMMENT_MAX + 1))).toMatchObject({
      ok: false,
      rule: 'maxLength',
    }));
});
