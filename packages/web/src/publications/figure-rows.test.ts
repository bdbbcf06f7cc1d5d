import { describe, expect, it } from 'vitest';
import { figureRows } from './figure-rows';
import {
  ANNUAL_REPORT_FIGURE_FIELDS,
  PUBLIC_FIGURE_FIELDS,
  headlineFigureFields,
  type PublicFigureField,
} from '@chp/domain';
import type { PeriodFigures } from './types';

/** A period's frozen figures as the API gives them: every figure, 'not recorded' when the snapshot lacks it. */
const period = (
  label: string,
  figures: Partial<Record<PublicFigureField, string>>,
): PeriodFigures => ({
  label,
  from: '',
  to: '',
  // Object.fromEntries loses the keys' type: every field is mapped above.
  ...(Object.fromEntries(
    PUBLIC_FIGURE_FIELDS.map((k) => [k, { value: null, display: figures[k] ?? 'not recorded' }]),
  ) as Record<PublicFigureField, PeriodFigures['received']>),
});

describe('the frozen figures as the dashboard shows them', () => {
  it('shows each figure as it will be published, small numbers included', () => {
    const rows = figureRows(
      period('2026 Q2', { received: '48', upheld: 'fewer than 5' }),
      period('2026 Q1', { received: '41', upheld: '6' }),
    );
    expect(rows[0]).toEqual({
      field: 'received',
      label: 'Complaints received',
      current: '48',
      previous: '41',
    });
    expect(rows.find((r) => r.field === 'upheld')).toMatchObject({
      current: 'fewer than 5',
      previous: '6',
    });
  });

  it("shows the API's 'not recorded' for a figure an older snapshot lacks", () => {
    const rows = figureRows(period('2026 Q2', {}), period('2026 Q1', {}));
    expect(rows.find((r) => r.field === 'stage1Extended')?.current).toBe('not recorded');
  });

  it("an annual report with the SPSO indicator set shows only the set's own figures, as its public page does", () => {
    const fields = headlineFigureFields({ kind: 'annual', hasIndicators: true });
    const rows = figureRows(period('2025/26', {}), period('2024/25', {}), fields);
    expect(rows.map((r) => r.field)).toEqual([...ANNUAL_REPORT_FIGURE_FIELDS]);
  });
});
