import { describe, expect, it } from 'vitest';
import { formatComplaintReference, isComplaintReference, parseComplaintReference } from '../src';
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
