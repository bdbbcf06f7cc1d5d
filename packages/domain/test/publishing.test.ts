import { describe, expect, it } from 'vitest';
import {
  allowedPublicationSteps,
  averageFigure,
  countFigure,
  csvCell,
  formatComplaintReference,
  isComplaintReference,
  parseComplaintReference,
  publicationStep,
  publicationStepAllowed,
  shareFigure,
  toCsv,
} from '../src';
import { codeOf } from './helpers';

describe('complaint references', () => {
  it('the 42nd complaint received in 2026 is CMP-2026-00042', () =>
    expect(formatComplaintReference(2026, 42)).toBe('CMP-2026-00042'));
  it('the 123456th keeps all its digits', () =>
    expect(formatComplaintReference(2026, 123456)).toBe('CMP-2026-123456'));
  it('CMP-2026-00042 is year 2026, number 42', () =>
    expect(parseComplaintReference('CMP-2026-00042')).toEqual({ year: 2026, number: 42 }));
  it('CHP-2026-00042 is not a complaint reference', () =>
    expect(isComplaintReference('CHP-2026-00042')).toBe(false));
  it('there is no complaint number 0', () =>
    expect(codeOf(() => formatComplaintReference(2026, 0))).toBe('INVALID_NUMBER'));
});

describe('CSV cells a spreadsheet cannot run', () => {
  it.each(['=SUM(A1)', '+44', '-1+1', '@cmd', '\tx', '\rx'])(
    'text starting %j gets an apostrophe',
    (t) => expect(csvCell(t).replace(/^"/, '').startsWith("'")).toBe(true),
  );
  it('a negative number stays a number', () => expect(csvCell(-3)).toBe('-3'));
  it('a comma or quote is quoted, quotes doubled', () =>
    expect(csvCell('Roads, "paths"')).toBe('"Roads, ""paths"""'));
  it('a formula with a comma is guarded, then quoted', () =>
    expect(csvCell('=A1,B1')).toBe(`"'=A1,B1"`));
  it('empty values are empty', () => expect(toCsv([[null, undefined, NaN]])).toBe(',,\r\n'));
});

describe('the publication workflow (chp-rules §7)', () => {
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

describe('the small-number rule', () => {
  it('3 complaints are published as "fewer than 5"', () =>
    expect(countFigure(3, 5)).toEqual({ value: null, display: 'fewer than 5' }));
  it('0 complaints are published as 0', () =>
    expect(countFigure(0, 5)).toEqual({ value: 0, display: '0' }));
  it('1234 complaints are published as 1,234', () =>
    expect(countFigure(1234, 5).display).toBe('1,234'));
  it('7 of 10 closures in time is 70%', () =>
    expect(shareFigure(7, 10, 5)).toEqual({ value: 0.7, display: '70%' }));
  it('an average over 4 closures is not shown', () =>
    expect(averageFigure(12, 4, 5)).toEqual({
      value: null,
      display: 'not shown (fewer than 5 closed)',
    }));
  it('a share of no closures says so', () =>
    expect(shareFigure(0, 0, 5).display).toBe('no complaints closed'));
});
