import { describe, expect, it } from 'vitest';
import { figureRows } from './figure-rows';
import type { PeriodFigures } from './types';

const period = (label: string, figures: Record<string, string>): PeriodFigures => ({
  label,
  from: '',
  to: '',
  ...Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, { value: null, display: v }])),
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

  it("shows 'not recorded' for a figure an older snapshot lacks", () => {
    const rows = figureRows(period('2026 Q2', {}), period('2026 Q1', {}));
    expect(rows.find((r) => r.field === 'stage1Extended')?.current).toBe('not recorded');
  });
});
