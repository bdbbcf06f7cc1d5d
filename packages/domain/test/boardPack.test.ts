import { describe, expect, it } from 'vitest';
import {
  BOARD_PACK_SECTION_KEYS,
  boardPackComparisons,
  boardPackMonths,
  boardPackStep,
  financialQuarterPeriod,
  quarterPeriod,
  readsBoardPacks,
  draftsBoardPacks,
  yearPeriod,
} from '../src';

describe('the quarterly board pack (docs/procedure.md, The quarterly board pack)', () => {
  it('a financial quarter is compared with the quarter before, across the year start', () => {
    const { previous } = boardPackComparisons(financialQuarterPeriod(2026, 1));
    expect(previous).toMatchObject({ from: '2026-01-01', to: '2026-03-31', label: '2025/26 Q4' });
  });

  it('and with the same quarter a year earlier', () => {
    const { lastYear } = boardPackComparisons(financialQuarterPeriod(2026, 2));
    expect(lastYear).toMatchObject({
      kind: 'financialQuarter',
      from: '2025-07-01',
      to: '2025-09-30',
      label: '2025/26 Q2',
    });
  });

  it('a college year starting in August: Q2 is November to January, a year earlier 2025/26 Q2', () => {
    const { current, lastYear } = boardPackComparisons(financialQuarterPeriod(2026, 2, 8));
    expect(current).toMatchObject({ from: '2026-11-01', to: '2027-01-31' });
    expect(lastYear).toMatchObject({ from: '2025-11-01', to: '2026-01-31', label: '2025/26 Q2' });
  });

  it('a quarter ending in February a year after a leap year ends on the 28th', () => {
    const { lastYear } = boardPackComparisons(financialQuarterPeriod(2024, 4, 3)); // Dec 2024 – Feb 2025
    expect(lastYear).toMatchObject({ from: '2023-12-01', to: '2024-02-29' });
  });

  it('a calendar quarter keeps its kind and label', () =>
    expect(boardPackComparisons(quarterPeriod(2026, 1)).lastYear).toMatchObject({
      from: '2025-01-01',
      to: '2025-03-31',
      label: '2025 Q1',
    }));

  it('a board pack covers a quarter, not a year', () =>
    expect(() => boardPackComparisons(yearPeriod(2026))).toThrow(/one quarter/));

  it('the trend shows the 12 months to the end of the quarter, oldest first', () => {
    const months = boardPackMonths('2026-09-30');
    expect(months).toHaveLength(12);
    expect(months[0]).toMatchObject({
      from: '2025-10-01',
      to: '2025-10-31',
      label: 'October 2025',
    });
    expect(months[4]).toMatchObject({ from: '2026-02-01', to: '2026-02-28' });
    expect(months[11]).toMatchObject({
      from: '2026-09-01',
      to: '2026-09-30',
      label: 'September 2026',
    });
  });

  it('moves through the publication workflow: draft, review, approved', () => {
    expect(boardPackStep('draft', 'submit')).toEqual({ ok: true, status: 'in_review' });
    expect(boardPackStep('in_review', 'approve')).toEqual({ ok: true, status: 'approved' });
    expect(boardPackStep('draft', 'approve')).toMatchObject({
      ok: false,
      rule: 'PUBLICATION_STATUS',
    });
  });

  it('an approver sends a pack in review back to draft; a draft or an approved pack cannot be sent back', () => {
    expect(boardPackStep('in_review', 'sendBack')).toEqual({ ok: true, status: 'draft' });
    expect(boardPackStep('draft', 'sendBack')).toMatchObject({
      ok: false,
      rule: 'PUBLICATION_STATUS',
    });
    expect(boardPackStep('approved', 'sendBack')).toMatchObject({
      ok: false,
      rule: 'BOARD_PACK_FROZEN',
    });
  });

  it('an approved pack is frozen: no edit and no withdrawal', () => {
    expect(boardPackStep('approved', 'edit')).toMatchObject({
      ok: false,
      rule: 'BOARD_PACK_FROZEN',
    });
    expect(boardPackStep('approved', 'withdraw')).toMatchObject({
      ok: false,
      rule: 'BOARD_PACK_FROZEN',
    });
  });

  it('managers draft; communications read; action-only staff and handlers do neither', () => {
    expect(draftsBoardPacks('manager')).toBe(true);
    expect(draftsBoardPacks('communications')).toBe(false);
    expect(readsBoardPacks('communications')).toBe(true);
    expect(readsBoardPacks('staff')).toBe(false);
    expect(readsBoardPacks('handler')).toBe(false);
  });

  it('the section list holds the figures the board sees, in order', () =>
    expect(BOARD_PACK_SECTION_KEYS).toEqual([
      'indicators',
      'trends',
      'rootCauses',
      'actions',
      'learning',
      'serious',
      'spsoDecisions',
      'survey',
      'recurrence',
    ]));
});
