import { describe, expect, it } from 'vitest';
import { averageFigure, countFigure, shareFigure } from '../src';

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
